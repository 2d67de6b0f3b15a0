import type { Prepared } from './prepare';
import { TITLE, lines, sentenceSpan, span } from './parse-shared';
import type { DocParty } from './types';

/** The party (当事人): its name, kind, identity number, address and representative. */

const PARTY_LABEL =
  /(?:^|\n)[#*\s]*(?:当事人|被处罚人|被处罚单位|违法行为人|违法单位|行政相对人|相对人|被检查人)(?:[一二三四五六七八九十\d]|[（(][一二三四五六七八九十\d][)）])?(?:名称|姓名)?(?:[（(][^）)\n]{1,12}[)）])?(?:\*\*)?[：:]([^\n，,。；;（(：:]{2,60})/;
/**
 * A table row copied from Word or a PDF: 当事人 | 某某有限公司 | 统一社会信用代码 | …, with no colon.
 * The name runs to the next field label or the line's end; the original must show a gap after the label.
 */
const TABLE_PARTY =
  /(?:^|\n)(?:当事人|被处罚人|被处罚单位|违法行为人|违法单位)(?:名称|姓名)?([^\n，,。；;（(：:]{2,60}?)(?=统一社会信用代码|社会信用代码|纳税人识别号|公民身份号码|身份证|性别|住所|住址|地址|法定代表人|负责人|经营者|联系电话|\n|$)/;
/** 某某有限公司（统一社会信用代码：…）： or 某某：（纳税人识别号：…） on its own line. */
const ADDRESSEE = /^([^\n：:，,。；（(]{2,60})(?:[（(][^）)\n]{0,60}[)）])?[：:]/;
/** Labels of a form's fields, never a party's name. */
const FIELD_LABEL =
  /(?:代码|号码|识别号|注册号|地址|住所|住址|代表人|负责人|经营者|电话|日期|文号|编号|类别|内容|依据|事由)$/;
const ORG_NAME =
  /(公司|集团|厂|合作社|中心|协会|学会|医院|学校|银行|研究院|研究所|事务所|基金会|商会|联合社)$|有限|股份/;
const SHOP_NAME = /(超市|商店|商行|经营部|门市部|门市|店|部|馆|站|社|场|行|坊|室|中心|诊所|药房|个体工商户)$/;
const PERSON_NAME = /^[\u4e00-\u9fa5]{1,3}(?:[\u4e00-\u9fa5*＊某]{1,3})$/;
const ID_LABEL =
  /(统一社会信用代码|社会信用代码|信用代码|纳税人识别号|注册号|公民身份号码|身份证(?:件)?号码?|身份证明号码|身份证)[：:]?([0-9A-Za-z*＊]{6,20})/;
/** The address runs to the end of its clause: brackets are kept whole, a comma before the next 'label：' ends it. */
const ADDRESS =
  /(?<!缴款|付款|汇款|收款|送达|网络|网站|邮寄)(?:地址|住所地|住所|住址|经营场所|经营地址|注册地址|联系地址)(?:[：:]|(?<=[，,]现?(?:住址|住所|地址))(?=[\u4e00-\u9fa5]{1,10}?(?:省|自治区|市|县|区)))((?:[（(][^（()）\n]{0,30}[)）]|[，,](?![\u4e00-\u9fa5（）()]{2,12}[：:]|(?:工作单位|单位|联系电话|电话|职业|户籍|现住址|身份证|公民身份|性别|民族|出生|法定代表人|负责人|经营者))|[^\n。；;（()）,，])+)/;
/** Labels of the fields that follow a name when a PDF's column gaps are lost: 陈某某性别：男. */
const TRAILING_FIELD =
  /(?:性别|民族|出生日期|出生年月|出生|年龄|身份证(?:件)?号码?|公民身份号码|证件号码|统一社会信用代码|社会信用代码|住所|住址|地址|法定代表人|负责人|经营者|联系电话|电话|职业|工作单位)$/;
/** 当事人张某某，男，… — a party named in a sentence, recognised by the identity fields after the name. */
const SENTENCE_PARTY =
  /(?:^|\n)(?:当事人|被处罚人|违法行为人)([\u4e00-\u9fa5A-Za-z0-9·*＊]{2,40}?)(?:[（(][^）)\n]{0,30}[)）])?[，,](?=[^\n。]{0,12}(?:男|女|性别|出生|民族|身份证|公民身份|统一社会信用代码|社会信用代码|注册号|法定代表人|负责人|经营者|住所|住址|地址))/;
const REPRESENTATIVE =
  /(?:法定代表人|负责人|经营者|法人代表)(?:（[^）]{0,12}）)?(?:\*\*)?[：:]([\u4e00-\u9fa5*＊某]{2,8})/;

function partyKind(name: string, idNumber: string | undefined): DocParty['kind'] {
  if (ORG_NAME.test(name)) return 'legal-person';
  if (idNumber && /^[0-9]{6}[0-9*＊]{8,11}[0-9Xx*＊]$/.test(idNumber) && idNumber.length === 18) return 'person';
  if (idNumber && /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}/.test(idNumber) && !/^\d{17}[\dXx]$/.test(idNumber)) {
    return SHOP_NAME.test(name) ? 'other-org' : 'legal-person';
  }
  if (SHOP_NAME.test(name)) return 'other-org';
  if (PERSON_NAME.test(name)) return 'person';
  return 'other-org';
}

export function readParty(
  prepared: Prepared,
  text: string,
  headerEnd: number,
  bodyStart: number,
): DocParty | undefined {
  const window = text.slice(0, Math.min(text.length, Math.max(bodyStart, headerEnd) + 1200));
  let name: string | undefined;
  let at = -1;
  let end = -1;
  const labelled = PARTY_LABEL.exec(window) ?? tableParty(prepared, window);
  const sentence = labelled ? undefined : SENTENCE_PARTY.exec(window);
  if (labelled) {
    name = labelled[1]!.replace(/\*+$/, '').trim();
    const field = TRAILING_FIELD.exec(name);
    if (field && field.index >= 2) name = name.slice(0, field.index);
    at = labelled.index;
    end = labelled.index + labelled[0].length;
  } else if (sentence) {
    name = sentence[1]!;
    at = sentence.index + sentence[0].indexOf(name);
    end = at + name.length;
  } else {
    // Tax style: the addressee on its own line after the number, ending with a colon.
    for (const line of lines(window)) {
      if (line.start < headerEnd) continue;
      if (line.start > bodyStart + 1) break;
      const match = ADDRESSEE.exec(line.text);
      if (
        match &&
        !/^(?:经|我|本|根据|依据|你|当事人)/.test(match[1]!) &&
        !TITLE.test(match[1]!) &&
        !FIELD_LABEL.test(match[1]!)
      ) {
        name = match[1];
        at = line.start;
        end = line.start + match[0].length;
      }
      break;
    }
  }
  if (!name) return undefined;
  const around = window.slice(at, Math.min(window.length, at + 400, Math.max(bodyStart, at + 120)));
  const party: DocParty = { name, kind: 'other-org', span: sentenceSpan(prepared, at) };
  const id = ID_LABEL.exec(around);
  if (id) {
    party.idNumber = id[2]!;
    party.idLabel = id[1]!;
    end = Math.max(end, at + id.index + id[0].length);
  }
  const address = ADDRESS.exec(around);
  if (address) party.address = address[1]!.replace(/\*+$/, '');
  const representative = REPRESENTATIVE.exec(window);
  if (representative) party.representative = representative[1]!;
  party.kind = partyKind(name, party.idNumber);
  party.span = span(prepared, at, Math.max(end, at + name.length));
  return party;
}

/** TABLE_PARTY, taken only where the original text has white space between the label and the name. */
function tableParty(prepared: Prepared, window: string): RegExpExecArray | null {
  const match = TABLE_PARTY.exec(window);
  if (!match) return null;
  const nameAt = match.index + match[0].length - match[1]!.length;
  const gap = prepared.original.slice(prepared.map[nameAt - 1]! + 1, prepared.map[nameAt]!);
  return /^[ \t\u3000\u00a0]+$/.test(gap) ? match : null;
}
