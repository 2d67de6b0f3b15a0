/**
 * The label vocabulary of Chinese case systems (docs: host-field-labels.md), mapped to case-model
 * paths. Labels are normalised (spaces, ：:*、/ and full-width forms removed, enumerators and
 * bracketed notes dropped), matched exactly first, then by containment preferring the longest
 * vocabulary term.
 */
import type { EventKind, Role } from '../case/schema';
import { toHalfWidth } from './parse/text';
import type { ParserName } from './paths';

export interface LabelTarget {
  /** A case path (paths.ts), or 'ignore' for labels known not to carry case data. */
  path: string;
  parser?: ParserName;
  /** 1–9: when several labels fill one path, the highest wins (案号 over 编号). */
  priority: number;
  /** For officers: the duty the label implies (承办人 → handler, 检查人 → investigator). */
  role?: Role;
  /** For party.name: the label names an organisation (企业名称, 单位名称). */
  org?: boolean;
  /**
   * 'delivery': 送达日期 is the delivery of the section's document (告知书 → notice-of-intent,
   * otherwise the decision's delivery). 'date': a bare 日期/时间 that only means something inside
   * a section (决定书 → decision, 立案审批表 → filing-approved).
   */
  contextual?: 'delivery' | 'date';
  /** For licence cases: 受理日期 is application-accepted rather than lead-received. */
  licenseKind?: EventKind;
}

export interface LabelMatch {
  target: LabelTarget;
  /** The vocabulary term that matched. */
  term: string;
  exact: boolean;
  /** The normalised label. */
  label: string;
  /** 执法人员1 / 证号2: the officer's number on the form. */
  index?: number;
  /** 罚款（万元）: multiply bare amounts. */
  scale?: number;
}

export interface LabelContext {
  /** The step of the section the label sits in (告知书 → notice-of-intent). */
  sectionKind?: EventKind;
}

type Extra = Omit<LabelTarget, 'path' | 'priority'>;
const entries: Array<[string, string, number, Extra?]> = [];
/** Registers space-separated labels for a path. */
function add(labels: string, path: string, priority: number, extra?: Extra): void {
  entries.push([labels, path, priority, extra]);
}

// ── case number 案号 ─────────────────────────────────────────────────────────
add('案号 案件号 案件编号 案件文号 立案编号 立案号 立案文号 案件登记编号 登记编号 案卷号', 'id', 9);
add('案卷编号 处罚案号 执法案号 案件编码', 'id', 8);
add(
  '行政处罚决定书文号 处罚决定书文号 决定书文号 决定书编号 处罚决定书编号 处罚决定文书编号 行政处罚决定文书号 行政处罚决定书文书号 处罚文号 决定文号',
  'id',
  7,
);
add('文书编号 文书号 文书文号', 'id', 5);
add('受理编号 受理号 申请编号 办件编号 业务受理号', 'id', 6);
add('文号', 'id', 4);
add('编号 案件登记ID 案件ID 业务编号 流水号', 'id', 2);
// numbers that are not the case number
add(
  '告知书文号 告知书编号 送达回证编号 审批表编号 许可证编号 许可证号 证据编号 执法证编号 统一编号 送达文书名称 送达文书名称及文书编号 送达文书名称文号 抽样编号 样品编号 报告编号 检验报告编号 证书编号 车牌号 车牌号码 批准文号 邮政编码 邮编',
  'ignore',
  9,
);

// ── cause / title ───────────────────────────────────────────────────────────
add('案件名称 案件标题 案卷题名 案件题名', 'title', 9);
add('事项名称 申请事项 许可事项 审批事项 办件名称', 'title', 6);
add('检查事项 检查任务 检查任务名称 检查事项名称', 'title', 5);
add('案由 案件案由 违法案由 案由名称', 'title', 8);
add('违法行为 违法违规行为 违法行为名称 违法行为类型 事由', 'title', 2);

// ── facts ────────────────────────────────────────────────────────────────────
add(
  '违法事实 案件事实 主要违法事实 认定的违法事实 调查认定的事实 认定事实 违法事实认定 基本违法事实 查明的事实',
  'facts',
  9,
);
add('案件基本情况 案情摘要 案情简述 案情简介 简要案情 案情介绍 案情说明 案情 案件情况 案件概况 基本案情', 'facts', 7);
add(
  '违法事实及依据 违法事实及证据 违法事实及处罚依据 案件事实及证据 违法事实相关证据及具体法律规定 事件描述 情况描述 问题描述',
  'facts',
  5,
);

// ── party 当事人 ─────────────────────────────────────────────────────────────
add('当事人 当事人名称 当事人姓名 被处罚人 被处罚人姓名 被处罚人名称 当事人姓名或名称 当事人姓名名称', 'party.name', 9);
add(
  '被处罚单位 被处罚单位名称 企业名称 单位名称 经营者名称 市场主体名称 商户名称 企业单位名称 被检查单位 被查单位 被检查单位名称',
  'party.name',
  8,
  {
    org: true,
  },
);
add(
  '违法主体 违法主体名称 涉案主体 涉案单位 违法单位 违法单位名称 申请人 申请人名称 申请单位 被检查人 被检查对象 检查对象 纳税人名称 行政相对人 相对人 相对人名称 管理相对人 煤矿名称 当事人单位',
  'party.name',
  6,
);
add('当事人基本情况 当事人情况 当事人及基本情况 当事人信息', 'party.info', 7);
add('当事人类型 当事人类别 当事人性质 主体类型 相对人类型 当事人身份', 'party.kind', 9);
add(
  '统一社会信用代码 社会信用代码 信用代码 统一信用代码 身份证号 身份证号码 身份证 身份证件号 身份证件号码 公民身份号码 当事人身份证号 当事人证件号码',
  'party.idNumber',
  9,
);
add(
  '组织机构代码 企业代码 注册号 营业执照号 营业执照注册号 纳税人识别号 证件号码 证件号 组织机构代码身份证号 统一社会信用代码身份证号码',
  'party.idNumber',
  6,
);
add(
  '地址 住所 住址 住所地 当事人地址 当事人住所 企业地址 单位地址 经营地址 注册地址 经营场所 联系地址 家庭住址 住所经营场所',
  'party.address',
  6,
);
add('是否市场主体 是否企业 是否涉企案件', 'party.isEnterprise', 8);
add(
  '法定代表人 法人 法人代表 负责人 法定代表人负责人 法定代表人或负责人 单位负责人 企业法人 经营者 业主 联系人 联系电话 电话 手机 手机号 手机号码 性别 年龄 民族 职务 出生日期 工作单位 法定代表人身份证号 企业法人身份证号 法人身份证号 负责人身份证号 法定代表人身份证号码 被询问人 被调查人 证人',
  'ignore',
  9,
);
add(
  '当事人签名 当事人签字 当事人确认 当事人意见 当事人陈述 当事人申辩意见 当事人权利 当事人电话 当事人联系电话 当事人提交的证据材料',
  'ignore',
  9,
);

// ── agency 执法主体 ───────────────────────────────────────────────────────────
add(
  '执法机关 执法主体 执法单位 执法部门 处罚机关 作出处罚决定的机关 作出决定机关 实施机关 行政机关 执法主体名称 执法机关名称',
  'agency.name',
  8,
);
add('办案单位 办案机构 办案部门 立案机构 承办机构 承办单位 承办部门 执法机构 主办单位 主办部门', 'agency.name', 5);
add('执法主体代码 执法主体编码 执法机关代码', 'agency.code', 8);
add('行政区划 行政区划代码 区划代码 所属区划', 'agency.region', 8);

// ── action type, procedure, status, source ─────────────────────────────────
add(
  '办件类型 业务类型 案件类型 案件类别 执法类别 执法类型 执法行为类别 执法行为类型 行政行为类型 行政行为种类 行为类别 事项类型 执法事项类型 执法行为',
  'actionType',
  8,
);
add('办理程序 适用程序 程序类型 案件程序 处罚程序 程序 办案程序 执法程序 程序类别', 'procedure', 9);
add('案件状态 办理状态 办案状态 当前状态 流程状态 状态 案件进度 办理进度', 'status', 8);
add('当前环节 当前节点 当前步骤', 'status', 4);
add('案件来源 案源 线索来源 来源 案件来源方式 案源类型', 'source', 9);

// ── dates and events ────────────────────────────────────────────────────────
add(
  '违法行为发生时间 违法行为发生日期 违法时间 违法日期 违法行为时间 违法行为日期 违法行为终了时间 违法行为终止时间 违法发生时间',
  'violationDate',
  9,
);
add('案发时间 案发日期 发生时间 发生日期', 'violationDate', 6);
add('发现时间 发现日期 案件发现时间 线索发现时间', 'discoveredAt', 8);
add(
  '线索受理日期 线索受理时间 案源登记日期 案源登记时间 接报时间 接报日期 举报时间 举报日期 投诉时间 投诉日期 案件来源登记日期 线索登记日期 线索登记时间',
  'events.lead-received',
  8,
);
// 受案 registers a lead or complaint; the case is filed (立案) only when the head approves it.
add('受案日期 受案时间 受案登记日期 受案登记时间', 'events.lead-received', 8);
add('受理日期 受理时间', 'events.lead-received', 6, { licenseKind: 'application-accepted' });
add(
  '立案日期 立案时间 立案审批日期 立案批准日期 立案审批时间 案件登记日期 案件登记时间 立案决定日期',
  'events.filing-approved',
  9,
);
add('不予立案日期 不予立案时间', 'events.filing-refused', 9);
add('检查时间 检查日期 现场检查时间 现场检查日期 勘验时间 勘查时间 勘验日期 执法检查时间', 'events.inspection', 7);
add('询问时间 询问日期 调查询问时间', 'events.inquiry', 7);
add('抽样时间 抽样日期 抽检日期 采样日期 采样时间', 'events.sampling', 7);
add('检验日期 检测日期 鉴定日期 检验时间 检测时间 鉴定时间 检验报告日期 检测报告日期', 'events.expert-opinion', 7);
add('先行登记保存日期 先行登记保存时间 登记保存日期 登记保存时间', 'events.evidence-preserved', 7);
add('调查终结日期 调查终结时间 调查结束日期 调查结束时间', 'events.investigation-ended', 8);
add(
  '法制审核日期 法制审核时间 法制审核完成日期 法制审核完成时间 法制审查日期 法制机构审核日期 法制审核通过日期',
  'events.legal-review',
  9,
);
add(
  '集体讨论日期 集体讨论时间 讨论时间 讨论日期 合议时间 合议日期 集体讨论会议时间 案审会日期 案审会时间',
  'events.collective-discussion',
  8,
);
add('审批日期 审批时间 负责人审批日期 批准日期 批准时间 签批日期 负责人批准日期', 'events.approval', 6);
add(
  '告知日期 告知时间 事先告知日期 事先告知时间 事先告知书送达日期 事先告知书送达时间 告知书送达日期 告知书送达时间 行政处罚告知日期 处罚告知日期 事先告知书日期 告知书日期 行政处罚事先告知日期 告知送达日期 拟处罚告知日期',
  'events.notice-of-intent',
  9,
);
add('陈述申辩日期 陈述申辩时间 申辩日期 陈述日期 陈述申辩提出日期', 'events.statement-heard', 8);
add('听证告知日期 听证告知时间 听证告知书送达日期 听证权利告知日期', 'events.hearing-notice', 9);
add('听证申请日期 申请听证日期 听证申请时间 申请听证时间', 'events.hearing-requested', 9);
add('听证通知日期 听证通知书送达日期 听证通知时间', 'events.hearing-scheduled', 9);
add('听证时间 听证日期 举行听证日期 举行听证时间 听证会时间 听证会日期', 'events.hearing-held', 8);
add('放弃听证日期 放弃听证时间', 'events.hearing-waived', 9);
add('延期批准日期 延期日期 延长期限批准日期 延期审批日期 延长办案期限日期', 'events.extension-approved', 8);
// A field for the extension itself (延期审批：无 / 已批准延长30日): blank or 无 means none was approved.
add('延期审批 延期批准 延长审批 延长批准 是否延期 是否延长 延期情况 延长期限审批', 'events.extension-approved', 7);
add('中止日期 中止时间 案件中止日期', 'events.suspended', 8);
add('恢复日期 恢复时间 恢复办理日期', 'events.resumed', 8);
add(
  '处罚决定日期 决定日期 行政处罚决定日期 作出决定日期 决定作出日期 处罚决定时间 决定时间 作出处罚决定日期 作出行政处罚的日期 作出行政处罚决定日期 作出处罚决定的日期 处罚作出日期 决定书日期 处罚决定书日期',
  'events.decision',
  9,
);
add('处罚日期 罚款日期 处罚时间', 'events.decision', 7);
add('行政处罚办结日期', 'events.decision', 4);
add('决定书送达日期 处罚决定书送达日期 决定送达日期 行政处罚决定书送达日期 决定书送达时间', 'events.delivery', 9);
add('送达日期 送达时间 签收日期 签收时间 送达回证日期 实际送达日期', 'events.delivery', 8, { contextual: 'delivery' });
add('公示日期 公示时间 公开日期 信息公示日期 公示公开日期 公开时间', 'events.disclosure', 8);
add('缴款日期 缴纳日期 缴纳时间 罚款缴纳日期 罚没款缴纳日期 履行日期 缴款时间 执行完毕日期', 'events.payment', 8);
add('催告日期 催告时间 催告书送达日期', 'events.urge-notice', 8);
add('申请强制执行日期 强制执行日期 申请法院强制执行日期 强制执行申请日期', 'events.enforcement', 8);
add('结案日期 结案时间 办结日期 办结时间 结案审批日期 结案批准日期', 'events.closed', 9);
add('归档日期 归档时间', 'events.closed', 3);
add('强制措施批准日期 强制措施审批日期', 'events.coercion-approved', 8);
add('现场笔录 现场笔录制作时间 现场笔录时间', 'events.on-site-record', 6);
add(
  '查封日期 扣押日期 查封扣押日期 查封时间 扣押时间 实施日期 实施时间 强制措施实施日期',
  'events.coercion-applied',
  7,
);
add('解除日期 解除时间 解除强制措施日期', 'events.coercion-lifted', 7);
add('申请日期 申请时间 收到申请日期', 'events.application-received', 7);
add('许可决定日期 准予许可日期 许可日期 发证日期', 'events.license-decision', 7);
add('抽取时间 抽取日期 随机抽取时间 随机抽取日期 摇号时间 摇号日期 抽查对象抽取时间', 'events.random-selection', 8);
add('出示时间 出示证件时间 出示执法证件时间 亮证时间', 'events.credentials-shown', 8);
// What the notice told the party (陈述、申辩 / 要求听证): whether it named the hearing right.
add(
  '告知事项 告知内容 告知权利 告知的权利 权利告知 告知情况 告知权利事项 是否告知听证权利 听证权利告知',
  'events.notice-of-intent.hearingRight',
  8,
);
add(
  '出示执法证件 是否出示执法证件 出示证件 是否出示证件 是否亮证 亮证 出示执法证',
  'events.inspection.credentialsShown',
  8,
);
add(
  '日期 时间 文书日期 制作日期 签发日期 落款日期 作出日期 签署日期 签字日期 签名日期 签章日期 成文日期 印发日期 填表日期 开具日期 出具日期',
  'ignore',
  1,
  {
    contextual: 'date',
  },
);

// ── officers ────────────────────────────────────────────────────────────────
add(
  '承办人 案件承办人 主办人 主办人员 承办人员 案件主办人 执法人员 办案人员 办案人 经办人 协办人 承办执法人员 执法人员姓名 执法人员签名 执法人员签字 现场执法人员 选择承办人 办理人',
  'officers',
  8,
  {
    role: 'handler',
  },
);
add(
  '检查人 检查人员 调查人 调查人员 案件调查人员 询问人 调查取证人员 取证人 勘验人 核查人 核查人员 现场核查人员',
  'officers',
  6,
  {
    role: 'investigator',
  },
);
add('记录人 记录员', 'officers', 6, { role: 'recorder' });
add('审核人 审核人员 审核人签名', 'officers', 6, { role: 'reviewer' });
add('审批人 批准人 审批人签名 负责人审批', 'officers', 6, { role: 'approver' });
add('法制审核人 法制审核人员 法制审核员', 'officers', 8, { role: 'legal-reviewer' });
add(
  '执法证号 执法证件号 执法证件号码 执法证编号 执法证号码 执法人员证号 执法人员证件号 执法证 证号 执法证件编号 执法人员执法证号',
  'officers.certificateNo',
  9,
);
add('送达人 受送达人 收件人 听证主持人 主持人 听证员 书记员 陪同人员 见证人 翻译人员', 'ignore', 9);
// The handler's own date on an approval form: when the proposal was made, not a step of the case.
add('承办日期 承办时间 经办日期 经办时间 拟稿日期 呈报日期', 'ignore', 9);

// ── decision ────────────────────────────────────────────────────────────────
add('罚款金额 罚款数额 罚款额 处罚金额 罚款金额元 罚款数额元 罚款合计 罚款总额', 'decision.fineAmount', 9);
// 罚没款 adds up the fine and confiscated money: the fine when no field of its own gives it.
add('罚没款金额 罚没金额 罚没款数额', 'decision.fineAmount', 6);
add('罚款 拟罚款金额 拟处罚金额 建议罚款金额', 'decision.fineAmount', 5);
add('没收金额 没收财物价值 没收非法财物价值 没收款 没收财物金额', 'decision.confiscatedAmount', 8);
add('违法所得 违法所得金额 违法所得数额 没收违法所得 没收违法所得金额', 'decision.illegalGains', 8);
add('处罚种类 处罚类型 行政处罚种类 处罚类别 处罚方式', 'decision.kinds', 9);
add(
  '处罚内容 处罚决定 行政处罚决定 处罚决定内容 处罚结果 行政处罚内容 处罚决定情况 做出了什么行政处罚 作出什么行政处罚 给出处罚',
  'decision.kinds',
  8,
);
add('处理结果 处理决定 行政处罚 拟处罚决定 处罚建议 处理意见 拟处罚意见 处罚意见', 'decision.kinds', 4);
add('决定结果 审批结果 许可结果 办理结果 许可决定 审批决定', 'decision.outcome', 5);

// ── legal basis ─────────────────────────────────────────────────────────────
add(
  '违法依据 违反条款 违法条款 违反法律法规条款 违法认定法条 违反的法律条款 违反的法律规定 违法规定 违反规定 违反法条 违反了 涉嫌违反的法律法规 以上事实违反了什么规定 以上行为违反了什么规定 违法认定依据 定性依据 违法行为依据',
  'legalBasis.violated',
  9,
);
add(
  '处罚依据 处罚法律依据 行政处罚依据 处罚条款 处罚法条 处罚依据条款 依据什么规定进行处罚 处罚依据及建议 行政处罚依据和种类 应受行政处罚的依据和种类',
  'legalBasis.penalty',
  9,
);
add('法律依据 依据 依据规定 依据什么规定 法律法规依据 执法依据', 'legalBasis.penalty', 4);
add('程序依据', 'legalBasis.procedure', 8);
add('裁量依据 裁量基准依据', 'legalBasis.discretion', 8);
add('现场处理依据 强制措施依据', 'legalBasis.other', 6);

// ── discretion ──────────────────────────────────────────────────────────────
add('裁量基准 适用裁量基准 裁量标准 自由裁量基准 裁量基准名称 适用的裁量基准', 'discretion.standard', 9);
add(
  '裁量等级 裁量档次 裁量幅度 裁量情形 违法行为等次 处罚裁量等次 裁量阶次 裁量结果 裁量种类 自由裁量权 自由裁量 裁量',
  'discretion.level',
  8,
);
add(
  '裁量理由 裁量说明 自由裁量理由 裁量依据及理由 从轻处罚理由 从重处罚理由 减轻处罚理由 裁量情节 裁量事由 裁量意见',
  'discretion.reason',
  9,
);

// ── flags ───────────────────────────────────────────────────────────────────
add(
  '是否重大案件 是否重大 是否属于重大行政执法决定 重大执法决定 是否重大执法决定 是否重大行政执法决定 重大案件',
  'flags.major',
  9,
);
add('是否初次违法 是否首违 初次违法 是否首次违法', 'flags.firstViolation', 9);
add('是否轻微违法 违法行为是否轻微 是否违法行为轻微', 'flags.minorViolation', 9);
add('是否及时改正 是否已改正 是否改正 当事人是否改正', 'flags.correctedInTime', 8);
add('是否涉企 是否涉企案件 涉企', 'flags.enterpriseRelated', 9);
add('是否现场执法 现场执法', 'flags.onSite', 8);
add('是否情况紧急 情况紧急', 'flags.emergency', 8);
add(
  '是否全程音像记录 是否全过程记录 是否全程录像 全过程音像记录 是否音像记录 是否执法记录仪记录 全程音像记录 全程录音录像 音像记录',
  'flags.recorded',
  9,
);
add('当事人是否到场 当事人到场', 'flags.partyPresent', 9);
add('当事人是否签字 当事人是否签名', 'flags.partySigned', 9);
add('是否涉嫌犯罪 涉嫌犯罪 是否移送司法', 'flags.criminalSuspected', 9);

// ── evidence ────────────────────────────────────────────────────────────────
add(
  '证据 证据材料 证据清单 证据目录 相关证据 主要证据 证据名称 证据及材料 证据名称及数量 上传证据 证据列表 证据情况 收集的证据',
  'evidence',
  8,
);

// ── not case data ───────────────────────────────────────────────────────────
add(
  '送达方式 送达地点 询问地点 检查地点 检查地址 检查场所 案发地点 案发地址 违法地点 违法行为发生地 违法行为发生地点 违法发生地 违法发生地点 违法行为地点 违法场所 听证地点 听证方式 备注 附件 操作 序号 页码 审批意见 审核意见 承办人意见 承办机构意见 承办部门意见 分管负责人意见 负责人意见 审批 承办部门负责人 分管负责人 主要负责人 执行情况 执行方式 履行方式 缴款方式 救济途径 复议机关 诉讼法院 行政复议 行政诉讼 签名 签字 盖章',
  'ignore',
  9,
);
add(
  '数据来源 信息来源 资料来源 来源网站 抓取时间 发布时间 发布日期 更新时间 更新日期 创建时间 创建日期 录入时间 录入日期 修改时间 操作时间 生成日期 打印日期 打印时间 登录时间 索引号 分类 名称 当前用户 用户名',
  'ignore',
  9,
);

const VOCABULARY = new Map<string, LabelTarget>();
for (const [labels, path, priority, extra] of entries) {
  for (const label of labels.split(/\s+/)) {
    if (label === '' || VOCABULARY.has(label)) continue;
    VOCABULARY.set(label, { path, priority, ...extra });
  }
}
const TERMS = [...VOCABULARY.keys()].sort((a, b) => b.length - a.length);

/** All vocabulary labels with their targets (for documentation and tests). */
export function labelVocabulary(): ReadonlyMap<string, LabelTarget> {
  return VOCABULARY;
}

export interface NormalisedLabel {
  /** Without spaces, markers and punctuation, brackets kept. */
  full: string;
  /** Also without bracketed notes and officer numbers. */
  stripped: string;
  index?: number;
  scale?: number;
}

const OFFICER_NUMBERED =
  /^(.*?(?:执法人员|承办人|经办人|主办人|协办人|办案人员|办案人|检查人|调查人|案件承办人|执法证号|执法证件号|证号|证件号))([1-9一二三四])(.*)$/;

/** Normalises a label: half-width, no spaces, no ：:*、/ markers, no leading enumerator. */
export function normaliseLabel(raw: string): NormalisedLabel {
  let text = toHalfWidth(raw)
    .replace(/\s+/g, '')
    .replace(/[*＊※:：、/|·•]/g, '')
    .replace(/^(?:\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}[、.．]|\(\d{1,2}\)|\([一二三四五六七八九十]{1,3}\))/, '')
    .replace(/[?？。,，;；]+$/, '');
  const scale = /万元/.test(text) ? 1e4 : undefined;
  const full = text;
  text = text
    .replace(/\([^()]*\)/g, '')
    .replace(/\([^()]*$/, '')
    .replace(/[()]/g, '');
  text = text.replace(/^(请输入|请选择|请填写)/, '');
  let index: number | undefined;
  const numbered = OFFICER_NUMBERED.exec(text);
  if (numbered) {
    index = '1一'.includes(numbered[2]!) ? 1 : '2二'.includes(numbered[2]!) ? 2 : '3三'.includes(numbered[2]!) ? 3 : 4;
    text = numbered[1]! + numbered[3]!;
  }
  const out: NormalisedLabel = { full, stripped: text };
  if (index !== undefined) out.index = index;
  if (scale !== undefined) out.scale = scale;
  return out;
}

const CACHE = new Map<string, LabelMatch | null>();

/**
 * The case path a label stands for, or undefined when it is not a known label. A match whose
 * target path is 'ignore' is a known label that carries no case data (送达方式, 审批意见 …).
 */
export function matchLabel(raw: string, context: LabelContext = {}): LabelMatch | undefined {
  const key = `${raw}\u0000${context.sectionKind ?? ''}`;
  const cached = CACHE.get(key);
  if (cached !== undefined) return cached ?? undefined;
  const result = resolve(raw, context);
  if (CACHE.size > 5000) CACHE.clear();
  CACHE.set(key, result ?? null);
  return result;
}

function resolve(raw: string, context: LabelContext): LabelMatch | undefined {
  const norm = normaliseLabel(raw);
  if (norm.stripped.length < 1 || norm.full.length > 40) return undefined;
  const base = {
    label: norm.stripped,
    ...(norm.index ? { index: norm.index } : {}),
    ...(norm.scale ? { scale: norm.scale } : {}),
  };
  let found: LabelMatch | undefined;
  const exact = VOCABULARY.get(norm.full) ?? VOCABULARY.get(norm.stripped);
  if (exact) {
    found = { ...base, target: exact, term: VOCABULARY.has(norm.full) ? norm.full : norm.stripped, exact: true };
  } else {
    const special = specialRule(norm.stripped);
    if (special) found = { ...base, target: special, term: norm.stripped, exact: false };
    else if (norm.stripped.length <= 20) {
      for (const term of TERMS) {
        if (term.length < 2 || term.length / norm.stripped.length < 0.4) continue;
        if (norm.stripped.includes(term)) {
          found = { ...base, target: VOCABULARY.get(term)!, term, exact: false };
          break;
        }
      }
    }
  }
  if (!found) return undefined;
  // 被处罚单位（被处罚人）: the bracket admits a person, so the label is not an organisation's.
  if (found.target.org && /人/.test(norm.full.replace(norm.stripped, '')))
    found = { ...found, target: { ...found.target, org: false } };
  return contextualise(found, context);
}

function contextualise(match: LabelMatch, context: LabelContext): LabelMatch {
  const { target } = match;
  if (target.contextual === 'delivery') {
    const kind = context.sectionKind;
    if (
      kind === 'notice-of-intent' ||
      kind === 'hearing-notice' ||
      kind === 'hearing-scheduled' ||
      kind === 'urge-notice'
    )
      return { ...match, target: { ...target, path: `events.${kind}` } };
    return match;
  }
  if (target.contextual === 'date') {
    const kind = context.sectionKind;
    if (kind && kind !== 'lead-received')
      return { ...match, target: { ...target, path: `events.${kind}`, priority: 3 } };
    return match;
  }
  return match;
}

/** Patterns the documentation asks for where wording varies too much for a list. */
function specialRule(label: string): LabelTarget | undefined {
  if (/意见(书)?$|签名$|签字$|签章$|盖章$/.test(label) && !/^(执法人员|承办人|审核人|审批人)/.test(label))
    return { path: 'ignore', priority: 9 };
  if (/法制/.test(label) && /审核|审查/.test(label)) {
    if (/(日期|时间)$/.test(label)) return { path: 'events.legal-review', priority: 8 };
    if (/(人|员)$/.test(label)) return { path: 'officers', priority: 7, role: 'legal-reviewer' };
    return { path: 'ignore', priority: 9 };
  }
  if (/违反/.test(label) && /(规定|条款|法条|依据|法律|法规|了)$/.test(label))
    return { path: 'legalBasis.violated', priority: 7 };
  if (/^是否.*(重大)/.test(label)) return { path: 'flags.major', priority: 7 };
  return undefined;
}
