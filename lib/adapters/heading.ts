/**
 * The case header some pages show only in a title bar (<h2>行政处罚案件办理 — 济某市监罚〔2026〕12号
 * 某某有限公司</h2>): the case number, and the party named beside it. Only a text that looks like a
 * case number is taken (〔2026〕…号, …字第…号, a code such as JNHB-2026-0012), never a heading as such.
 */
const NUMBER =
  /[\u4e00-\u9fa5A-Za-z()（）]{1,24}[〔[［【]\d{4}[〕\]］】](?:第)?[0-9A-Za-z-]{1,10}号|[\u4e00-\u9fa5]{1,24}字第[0-9A-Za-z-]{1,12}号|\b[A-Z]{2,10}(?:-[A-Z0-9]{1,10})*-\d{4,}(?:-\d{1,8})?\b/;
/** A party's name beside the number: an organisation's (a person's name alone is not read from a title). */
const ORGANISATION =
  /^[\u4e00-\u9fa5()（）A-Za-z0-9]{4,40}(公司|厂|店|中心|合作社|商行|经营部|门市部|工作室|医院|诊所|药房|超市|酒店|宾馆|学校|幼儿园|事务所|协会)$/;
/** Separators of a title bar: dashes, bars, colons, runs of spaces. */
const SEPARATOR = /\s*[—–\-|｜·:：]+\s*|\s{2,}|\s+/;

export interface HeadingCase {
  id: string;
  party?: string;
}

/** The case number (and party) a heading shows, if it shows one. */
export function headingCase(text: string): HeadingCase | undefined {
  const line = text.replace(/[\u00a0\u3000]/g, ' ').trim();
  if (line.length > 80) return undefined;
  const found = NUMBER.exec(line);
  if (!found) return undefined;
  const id = found[0];
  const rest = `${line.slice(0, found.index)} ${line.slice(found.index + id.length)}`;
  const party = rest.split(SEPARATOR).find((part) => ORGANISATION.test(part));
  return party ? { id, party } : { id };
}
