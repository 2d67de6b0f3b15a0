/** Evidence kinds (行政处罚法 Art. 46) from evidence titles or type columns. Pure, no DOM. */
import type { Evidence } from '../../case/schema';
import { toHalfWidth } from './text';

export type EvidenceKind = Evidence['kind'];

/** The statutory type names, as a 证据类型 column shows them. */
const TYPE_NAMES: Array<[RegExp, EvidenceKind]> = [
  [/^(书证|书面证据|文书)$/, 'documentary'],
  [/^(物证|实物证据)$/, 'physical'],
  [/^(视听资料|音像资料|影像资料|音视频)$/, 'audiovisual'],
  [/^(电子数据|电子证据)$/, 'electronic'],
  [/^(证人证言|证言)$/, 'witness'],
  [/^(当事人的?陈述|当事人陈述申辩|陈述)$/, 'party-statement'],
  [/^(鉴定意见|鉴定结论|检验检测报告|检测报告|检验报告)$/, 'expert-opinion'],
  [/^(勘验笔录|现场笔录|勘验笔录、现场笔录|勘验笔录现场笔录|检查笔录)$/, 'inspection-record'],
];

/** Title patterns, most specific first. */
const TITLE_PATTERNS: Array<[RegExp, EvidenceKind]> = [
  [/证人|证言|证明人/, 'witness'],
  [
    /现场检查笔录|现场笔录|勘验笔录|勘查笔录|勘察笔录|勘测笔录|核查笔录|检查笔录|勘验|检查记录|现场检查记录|查验记录|执法记录单/,
    'inspection-record',
  ],
  [/询问笔录|询问调查笔录|调查笔录|谈话笔录|陈述|申辩|自述|情况说明|承诺书|检讨/, 'party-statement'],
  [/检测报告|检验报告|检验检测|检测结果|检验结果|鉴定|评估报告|认定意见|认定书|化验|检测意见/, 'expert-opinion'],
  [/电子数据|截图|截屏|聊天记录|网页|电子证据|电子文件|后台数据|交易记录|光盘数据|数据导出/, 'electronic'],
  [/实物|样品|样本|物品|涉案产品|涉案商品|涉案物品|扣押物|查封物|物证/, 'physical'],
  [/照片|相片|图片|视频|录像|录音|音像|影像|视听|执法记录仪/, 'audiovisual'],
  [
    /营业执照|执照|许可证|发票|合同|协议|票据|收据|凭证|账簿|账册|台账|单据|清单|记录表|登记表|证明|身份证|复印件|说明书|标签|说明|报告|文件|通知|函|证书|资料|记录|告知书|决定书|审批表|送达回证|委托书|授权书|书证|证照|明细|报表|流水|图纸|定界图|平面图|示意图|测绘图/,
    'documentary',
  ],
];

/**
 * The evidence kind a title or type text shows (现场检查笔录 → inspection-record, 询问笔录 →
 * party-statement, 证人询问笔录 → witness, 照片/视频/录像 → audiovisual, 检测报告/鉴定 →
 * expert-opinion, 营业执照/发票/合同 → documentary, 电子数据/截图 → electronic, 实物/样品 →
 * physical). A type column (`typeText`, e.g. 书证) wins over the title. Undefined when unknown.
 */
export function inferEvidenceKind(title: string, typeText?: string): EvidenceKind | undefined {
  if (typeText) {
    const type = toHalfWidth(typeText).replace(/\s+/g, '');
    for (const [pattern, kind] of TYPE_NAMES) if (pattern.test(type)) return kind;
    const fromType = fromTitle(type);
    if (fromType) return fromType;
  }
  return fromTitle(toHalfWidth(title).replace(/\s+/g, ''));
}

function fromTitle(raw: string): EvidenceKind | undefined {
  if (raw === '') return undefined;
  // 现场检查（勘察）笔录 reads as 现场检查笔录 once the bracketed note is dropped.
  const text = raw.replace(/\([^()]*\)/g, '');
  if (text === '') return undefined;
  for (const [pattern, kind] of TYPE_NAMES) if (pattern.test(text)) return kind;
  for (const [pattern, kind] of TITLE_PATTERNS) if (pattern.test(text)) return kind;
  return undefined;
}

/**
 * Splits an evidence list written as text (1.现场检查笔录；2.询问笔录 / ①… ② … / one per line)
 * into titles, dropping enumerators and file extensions.
 */
export function splitEvidenceTitles(input: string): string[] {
  // Enumerators are matched on a half-width copy (same offsets) and cut from the text as written.
  const text = input.replace(/\r/g, '');
  const half = toHalfWidth(text);
  const cuts = new Set<number>();
  const marks: Array<[number, number]> = [];
  for (const pattern of [
    /(^|[\s；;。，,、])((?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.、．:)）]\s*)/g,
    /(^|[\s；;。，,、])([(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]\s*)/g,
    /()([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]\s*)/g,
  ]) {
    for (const match of half.matchAll(pattern)) {
      const start = match.index + match[1]!.length;
      // 1.5万 or 3.2米 are numbers, not enumerators.
      if (/^\d+\.$/.test(match[2]!.trim()) && /^\d/.test(half.slice(start + match[2]!.length))) continue;
      marks.push([start, start + match[2]!.length]);
      cuts.add(start);
    }
  }
  let cleaned = '';
  let last = 0;
  for (const [start, end] of marks.sort((a, b) => a[0] - b[0])) {
    if (start < last) continue;
    cleaned += text.slice(last, start) + '\n';
    last = end;
  }
  cleaned += text.slice(last);
  return cleaned
    .split(/[\n；;。]+/)
    .map((part) =>
      part
        .trim()
        .replace(/^[，,、]+|[，,、]+$/g, '')
        .replace(/\.(pdf|jpe?g|png|gif|bmp|docx?|xlsx?|mp4|avi|mov|mp3|wav|zip|rar|ofd)$/i, '')
        .trim(),
    )
    .filter((part) => part.length >= 2 && !/^(证据|证据材料|附件|无)$/.test(part));
}
