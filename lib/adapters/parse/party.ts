/** Party (当事人) kind, identity numbers and market-entity status. Pure, no DOM. */
import { toHalfWidth } from './text';

export type PartyKind = 'person' | 'legal-person' | 'other-org';

// Units that are not legal persons themselves: branches, partnerships, sole traders' shops.
const OTHER_ORG =
  /(分公司|分店|分厂|分部|分行|分支机构|办事处|合伙|个体|工作室|事务所|经营部|门市部|门市|商行|商店|超市|便利店|小卖部|饭店|餐馆|餐厅|酒店|宾馆|旅馆|诊所|药店|药房|门诊部|会所|会馆|网吧|网咖|俱乐部|影院|影城|歌厅|酒吧|KTV|ktv|工作坊|旅行社|报社|出版社|杂志社|博物馆|展览馆|体育馆|美术馆|银行支行|支行|店|厂|坊|铺|中心|摊|档口|部)$/;
const LEGAL_PERSON =
  /(有限责任公司|股份有限公司|有限公司|公司|集团|合作社|联合社|医院|学校|大学|学院|幼儿园|研究院|研究所|协会|学会|商会|基金会|委员会|银行|信用社)$/;
const ORG_WORDS =
  /(公司|有限|集团|股份|合作社|厂|店|中心|商行|超市|经营部|门市|工作室|事务所|医院|诊所|学校|协会|委员会|银行|酒店|宾馆|餐厅|饭店|药房|会所|网吧|网咖|俱乐部|影院|个体工商户)/;
const MARKET_ENTITY =
  /(公司|有限|集团|股份|合作社|厂|店|商行|超市|经营部|门市|工作室|酒店|宾馆|餐厅|饭店|餐馆|药房|个体|诊所|坊|铺|会所|网吧|网咖|俱乐部|影院|影城|歌厅|酒吧)/;

/** Unified social credit code (统一社会信用代码, GB 32100). */
const USCC = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
const ID_CARD = /^\d{6}(\d{8})\d{3}[\dX]$/;
const MASKED_ID_CARD = /^\d{6}[*＊]{6,8}\d{0,4}[\dX*]{0,4}$/;

/** Normalised identity number: half-width, upper case, no spaces. */
export function normaliseIdNumber(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, '').toUpperCase();
}

/** 'id-card' for a resident ID card number (also masked), 'uscc' for a credit code, else undefined. */
export function idNumberType(text: string): 'id-card' | 'uscc' | undefined {
  const value = normaliseIdNumber(text);
  const card = ID_CARD.exec(value);
  if (card) {
    const birth = card[1]!;
    const year = Number(birth.slice(0, 4));
    const month = Number(birth.slice(4, 6));
    const day = Number(birth.slice(6, 8));
    if (year >= 1900 && year <= 2030 && month >= 1 && month <= 12 && day >= 1 && day <= 31) return 'id-card';
  }
  if (MASKED_ID_CARD.test(value)) return 'id-card';
  if (USCC.test(value)) return 'uscc';
  return undefined;
}

/**
 * Picks an identity number out of a value such as 91370102MA3C1234X5（统一社会信用代码）, or an
 * organisation code such as 12345678-9.
 */
export function parseIdNumber(text: string): string | undefined {
  const value = toHalfWidth(text).toUpperCase().replace(/\s+/g, '');
  const match = /[0-9A-Z*＊]{15,18}/.exec(value) ?? ORG_CODE.exec(value);
  return match ? match[0] : undefined;
}

/** The older organisation code (组织机构代码, GB 11714): eight characters, a hyphen, a check character. */
const ORG_CODE = /(?<![0-9A-Z])[0-9A-Z]{8}-[0-9X](?![0-9A-Z])/;

/** Whether a name reads as an organisation (公司, 厂, 店, 合作社, 中心 …). */
export function looksLikeOrganisation(name: string): boolean {
  return ORG_WORDS.test(name) || LEGAL_PERSON.test(name) || OTHER_ORG.test(name);
}

/**
 * The kind of party a name (and identity number) shows: legal-person for companies, cooperatives
 * and institutions, other-org for branches, sole traders' shops, partnerships and centres, person
 * otherwise. A resident ID card number means a person; a credit code beginning 92 is a sole trader
 * (个体工商户), a person in law.
 */
export function inferPartyKind(name: string | undefined, idNumber?: string): PartyKind {
  const type = idNumber ? idNumberType(idNumber) : undefined;
  const code = idNumber ? normaliseIdNumber(idNumber) : '';
  const text = (name ?? '').replace(/[（(][^）)]*[）)]$/, '').trim();
  if (text !== '') {
    if (/分公司|分店|分厂|分支机构|办事处|合伙/.test(text)) return 'other-org';
    if (LEGAL_PERSON.test(text)) return 'legal-person';
    if (OTHER_ORG.test(text) || ORG_WORDS.test(text)) return 'other-org';
  }
  if (type === 'id-card') return 'person';
  if (type === 'uscc') return code.startsWith('92') ? 'person' : code.startsWith('91') ? 'legal-person' : 'other-org';
  return 'person';
}

/** For an organisation label (企业名称, 单位名称): legal-person or other-org, never person. */
export function inferOrganisationKind(name: string): PartyKind {
  const kind = inferPartyKind(name);
  return kind === 'person' ? 'other-org' : kind;
}

/**
 * Whether the party is a market entity (市场主体). True for companies, shops, sole traders and
 * credit codes of enterprises (91/92/93); undefined when the page does not show it.
 */
export function inferEnterprise(name: string | undefined, idNumber?: string): boolean | undefined {
  if (name && MARKET_ENTITY.test(name)) return true;
  if (idNumber && idNumberType(idNumber) === 'uscc' && /^9[123]/.test(normaliseIdNumber(idNumber))) return true;
  return undefined;
}

/** 当事人类型 values: 个人/自然人 → person, 法人/企业/单位 → legal-person, 其他组织 → other-org. */
export function parsePartyType(text: string): PartyKind | undefined {
  const value = text.replace(/\s+/g, '');
  if (/其他组织|非法人组织|个体工商户以外的组织/.test(value)) return 'other-org';
  if (/个人|自然人|公民|个体工商户|个体户|个体/.test(value)) return 'person';
  if (/法人|企业|单位|公司|机关|事业/.test(value)) return 'legal-person';
  return undefined;
}
