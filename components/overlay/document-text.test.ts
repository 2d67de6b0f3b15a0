// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectText, findDocumentRoot, positionAt, sentenceAround } from './document-text';

const WRIT = `<div class="page"><nav>案件列表 文书制作</nav>
<article id="writ"><h1>济南市某局 行政处罚决定书</h1>
<p>当事人：某公司。经查，当事人销售过期食品。</p>
<p>当事人的上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定，依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定，决定罚款人民币伍万元整。当事人如不服本决定，可以在收到本决定书之日起十五日内申请行政复议，也可以在三个月内提起行政诉讼。</p>
<p>以下为补充说明，确保文书长度足够进行判断。以下为补充说明，确保文书长度足够进行判断。以下为补充说明，确保文书长度足够进行判断。以下为补充说明。</p>
</article></div>`;

function page(): Document {
  const doc = document.implementation.createHTMLDocument('writ');
  const parsed = new DOMParser().parseFromString(WRIT, 'text/html');
  doc.body.append(...Array.from(parsed.body.childNodes).map((node) => doc.importNode(node, true)));
  return doc;
}

describe('document text on a page', () => {
  it('finds the document itself, not the page around it', () => {
    expect(findDocumentRoot(page())?.id).toBe('writ');
  });

  it('finds a document laid out in table cells, and skips a sibling panel that only mentions one', () => {
    const doc = document.implementation.createHTMLDocument('preview');
    const parsed = new DOMParser().parseFromString(
      `<div id="side">处罚决定书 模板列表</div><table><tr><td id="cell">${WRIT.replace(/<\/?(div|nav|article)[^>]*>/g, '')}</td></tr></table>`,
      'text/html',
    );
    doc.body.append(...Array.from(parsed.body.childNodes).map((node) => doc.importNode(node, true)));
    expect(findDocumentRoot(doc)?.id).toBe('cell');
  });

  it('finds nothing on a page without a decision document', () => {
    const doc = document.implementation.createHTMLDocument('form');
    doc.body.append(doc.createTextNode('案件基本信息 当事人 立案日期'));
    expect(findDocumentRoot(doc)).toBeUndefined();
  });

  it('maps text offsets back to a DOM range and widens keywords to their sentence', () => {
    const doc = page();
    const text = collectText(findDocumentRoot(doc)!);
    const keyword = text.text.indexOf('申请行政');
    const sentence = sentenceAround(text.text, keyword, keyword + 4);
    expect(text.text.slice(sentence.start, sentence.end)).toBe(
      '当事人如不服本决定，可以在收到本决定书之日起十五日内申请行政复议，也可以在三个月内提起行政诉讼。',
    );
    // (happy-dom's Range mishandles setEnd, so the node positions are checked; e2e checks the live range.)
    const from = positionAt(text, sentence.start)!;
    const to = positionAt(text, sentence.end)!;
    expect(from.node.data.slice(from.offset)).toMatch(/^当事人如不服本决定/);
    expect(to.node.data.slice(0, to.offset)).toMatch(/提起行政诉讼。$/);
  });
});
