/** Small enumerations read from host values: procedure, action type, status, source, discretion, yes/no. */
import type { ActionType, EventKind } from '../../case/schema';
import { toHalfWidth } from './text';

function squash(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, '');
}

/** 简易程序 → simple, 普通程序/一般程序 → general, 快速办理/快办 → fast. */
export function parseProcedure(text: string): 'simple' | 'general' | 'fast' | undefined {
  const value = squash(text);
  if (/快速办理|快办|速办|快速处理|轻微违法快速/.test(value)) return 'fast';
  if (/简易/.test(value)) return 'simple';
  if (/普通|一般程序|一般案件|普通案件|听证程序/.test(value)) return 'general';
  return undefined;
}

const ACTION_TYPES: Array<[RegExp, ActionType]> = [
  [/行政处罚|处罚案件|^处罚$|处罚决定|罚款/, 'penalty'],
  [/行政强制|强制措施|强制执行|查封|扣押|冻结/, 'coercion'],
  [/行政许可|许可/, 'license'],
  [/行政检查|监督检查|执法检查|日常检查|专项检查|双随机|检查/, 'inspection'],
  [/行政征收|征收/, 'levy'],
  [/行政征用|征用/, 'requisition'],
  [/行政收费|收费/, 'fee'],
  [/行政确认|确认/, 'confirmation'],
  [/行政登记|登记/, 'registration'],
  [/行政给付|给付/, 'payment'],
  [/行政裁决|裁决/, 'adjudication'],
];

/** The act type a 案件类型 / 执法类别 value names (行政处罚 → penalty, 行政强制 → coercion …). */
export function parseActionType(text: string): ActionType | undefined {
  const value = squash(text);
  for (const [pattern, type] of ACTION_TYPES) if (pattern.test(value)) return type;
  return undefined;
}

/** 已结案/办结/归档 → closed; 办理中/调查/审批/待… → open. */
export function parseStatus(text: string): 'open' | 'closed' | undefined {
  const value = squash(text);
  if (/(结案|办结|归档)(审批|审核|申请|报告|中)|待(结案|办结|归档)|未(结案|办结)/.test(value)) return 'open';
  if (/已结案|已办结|已归档|^结案$|^办结$|^归档$|已完成|已终结|案件终结|^已结$|^完结$|结案归档/.test(value))
    return 'closed';
  if (/结案|办结|归档/.test(value)) return 'closed';
  if (/办理中|在办|进行中|调查|审核|审批|待|立案|受理|告知|听证|执行|处理中|未结|草稿|暂存|退回|新建/.test(value))
    return 'open';
  // A state still going on: 扣押中, 查封中, 整改中.
  if (/[\u4e00-\u9fa5]中$/.test(value)) return 'open';
  return undefined;
}

/** 案件来源 values. */
export function parseSource(
  text: string,
): 'inspection' | 'complaint' | 'referral' | 'transfer' | 'self-report' | 'other' | undefined {
  const value = squash(text);
  if (/投诉|举报|信访|12345|12315|热线/.test(value)) return 'complaint';
  if (/移送|移交|转办|抄告|通报/.test(value)) return 'referral';
  if (/交办|报请|指定管辖|督办/.test(value)) return 'transfer';
  if (/自查|主动报告|主动报送|自行报告|自首|主动说明/.test(value)) return 'self-report';
  if (/检查|巡查|调查发现|监测|抽检|抽查|发现|执法中|日常监管|监管中|双随机/.test(value)) return 'inspection';
  if (/其他|其它/.test(value)) return 'other';
  return undefined;
}

/** 裁量等级: 不予处罚 → exempt, 从轻 → lighter, 减轻 → mitigated, 一般 → normal, 从重 → heavier. */
export function parseDiscretionLevel(
  text: string,
): 'exempt' | 'lighter' | 'mitigated' | 'normal' | 'heavier' | undefined {
  const value = squash(text);
  if (/不予(行政)?处罚|免予(行政)?处罚|免于处罚|免罚/.test(value)) return 'exempt';
  if (/减轻/.test(value)) return 'mitigated';
  if (/从重|较重|严重|加重/.test(value)) return 'heavier';
  if (/从轻|较轻|轻微/.test(value)) return 'lighter';
  if (/一般|中等|适中|基准|普通|常规/.test(value)) return 'normal';
  return undefined;
}

/**
 * 是/否, 有/无, √/×, true/false; also with a note in brackets (是（执法记录仪 TQ-SJ-017）) and short
 * statements of a done or undone act (已出示, 已签字 / 未出示). Undefined for anything else.
 */
export function parseBoolean(text: string): boolean | undefined {
  const full = squash(text).toLowerCase();
  // 是（法定代表人到场）: the note explains the answer.
  const value = /^[^()]{1,4}\(.*\)$/.test(full) ? full.replace(/\(.*\)$/, '') : full;
  if (/^已(经)?[\u4e00-\u9fa5、，,]{1,20}$/.test(value) && !/^已(否|无)/.test(value)) return true;
  if (/^(未|没有|尚未)[\u4e00-\u9fa5、，,]{1,20}$/.test(value)) return false;
  if (/^(是|有|√|✓|✔|y|yes|true|1|已|属于|涉及|重大|☑是|■是)$/.test(value)) return true;
  if (/^(否|无|没有|×|✗|✘|n|no|false|0|未|不属于|不涉及|非|☑否|■否)$/.test(value)) return false;
  if (/^☑是|^■是|☐否$/.test(value)) return true;
  if (/^☐是|☑否$|■否$/.test(value)) return false;
  return undefined;
}

/** Decision outcome words for non-penalty acts. */
export function parseOutcome(text: string): 'granted' | 'refused' | 'no-penalty' | 'withdrawn' | 'other' | undefined {
  const value = squash(text);
  if (/不予(行政)?处罚|免予处罚/.test(value)) return 'no-penalty';
  if (/不予(许可|批准|受理|登记)|驳回|拒绝/.test(value)) return 'refused';
  if (/准予|同意|批准|予以(许可|登记)|通过/.test(value)) return 'granted';
  if (/撤回|撤销|终止|撤案/.test(value)) return 'withdrawn';
  return undefined;
}

/**
 * The procedural step a document or step name stands for (立案审批表 → filing-approved,
 * 行政处罚事先告知书 → notice-of-intent, 送达回证 → delivery …). Used for timeline rows and
 * for the section a date field sits in. Undefined when none.
 */
export function parseEventKind(text: string): EventKind | undefined {
  const value = squash(text);
  if (value === '') return undefined;
  for (const [pattern, kind] of EVENT_NAMES) if (pattern.test(value)) return kind;
  return undefined;
}

const EVENT_NAMES: Array<[RegExp, EventKind]> = [
  [/不予立案/, 'filing-refused'],
  [/听证(权利)?告知/, 'hearing-notice'],
  [/(申请|要求)听证|听证申请/, 'hearing-requested'],
  [/听证通知/, 'hearing-scheduled'],
  [/放弃听证/, 'hearing-waived'],
  [/听证(笔录|会|记录|报告)|举行听证|召开听证/, 'hearing-held'],
  [/陈述申辩|陈述、申辩笔录|申辩(笔录|意见|记录)|复核意见/, 'statement-heard'],
  [/补正/, 'correction-requested'],
  [/事先告知|处罚告知|告知书|权利告知|拟处罚告知|^告知|告知$/, 'notice-of-intent'],
  [/法制审核|法制审查|法制机构审核/, 'legal-review'],
  [/集体讨论|合议|案审会|案件审理委员会/, 'collective-discussion'],
  [/延期|延长(办案)?期限|延长/, 'extension-approved'],
  [/恢复(办理|审理)?/, 'resumed'],
  [/中止/, 'suspended'],
  [/催告/, 'urge-notice'],
  [/强制执行申请|申请(人民法院|法院)?强制执行|强制执行/, 'enforcement'],
  [/送达回证|送达回执|送达收执|送达/, 'delivery'],
  [/结案|办结|归档/, 'closed'],
  [/立案/, 'filing-approved'],
  [/线索|案源|案件来源登记|举报登记|投诉登记|受理|受案/, 'lead-received'],
  [/先行登记保存.*处理决定|登记保存处理/, 'preservation-handled'],
  [/先行登记保存|登记保存/, 'evidence-preserved'],
  [/查封|扣押|强制措施决定|强制措施/, 'coercion-applied'],
  [/解除/, 'coercion-lifted'],
  [/抽样|抽检|采样/, 'sampling'],
  [/检验|检测|鉴定|化验/, 'expert-opinion'],
  [/调查终结|调查报告|调查终结报告/, 'investigation-ended'],
  [/询问笔录|询问|调查笔录/, 'inquiry'],
  [/出示.*证件|亮证/, 'credentials-shown'],
  [/现场检查|勘验|检查笔录|现场笔录|检查/, 'inspection'],
  [/处罚决定|决定书|作出决定|行政处罚决定|不予(行政)?处罚决定/, 'decision'],
  [/公示|公开/, 'disclosure'],
  [/缴款|缴纳|罚没款|履行/, 'payment'],
  [/负责人审批|审批|批准/, 'approval'],
];
