import { dayNumber, isoFromDay, todayInChina } from '../calendar/days';
import type { Bilingual } from '../engine/types';
import { type ReportLike } from './schema';
import type { ElementId } from './assess-types';

/** Element titles, China Standard Time days and other helpers of the assessment. */

export const ELEMENT_TITLES: Record<ElementId, Bilingual> = {
  minor: { zh: '情节显著轻微', en: 'Plainly minor' },
  'self-discovered-in-time': {
    zh: '由本单位及其工作人员及时发现',
    en: 'Found in time by the unit or its staff',
  },
  'corrected-in-time': { zh: '及时纠正', en: 'Corrected in time' },
  'no-harm': { zh: '未造成危害后果', en: 'No harmful consequence' },
};

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** The China Standard Time day of a date or an instant. */
export function dayOf(value: string): number {
  return DATE_ONLY.test(value) ? dayNumber(value) : dayNumber(todayInChina(new Date(value)));
}

export function isoDayOf(value: string): string {
  return isoFromDay(dayOf(value));
}

/** a before b, after b, or on the same day with no times to tell which came first. */
export function order(a: string, b: string): 'before' | 'after' | 'same-day' {
  if (!DATE_ONLY.test(a) && !DATE_ONLY.test(b)) {
    const ta = Date.parse(a);
    const tb = Date.parse(b);
    return ta < tb ? 'before' : ta > tb ? 'after' : 'same-day';
  }
  const da = dayOf(a);
  const db = dayOf(b);
  return da < db ? 'before' : da > db ? 'after' : 'same-day';
}

export const bi = (zh: string, en: string): Bilingual => ({ zh, en });

export function externalRaisedQuestion(report: ReportLike): boolean {
  return (
    report.externalRaisedAt === undefined &&
    (report.harm?.complaintFiled === true || report.harm?.reviewOrSuitFiled === true)
  );
}
