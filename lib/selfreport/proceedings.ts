import { deadline, dayNumber, isoFromDay, todayInChina } from '../calendar';
import type { Bilingual, Citation } from '../engine/types';
import { PROCEEDING_TEXT } from './order294';

/**
 * The periods of the liability proceedings in Order 294, from a recorded step.
 *
 *   transfer           Art. 16 ¶2  the unit decides within 30 days after the supervision body transfers the matter
 *   filing             Art. 19     the supervision body concludes and decides within 30 days of 立案
 *   extension          Art. 19     complex matters: extended with the head's approval by at most 30 days
 *   decision-received  Art. 21     the unit or officer may apply for 复核 within 15 days of receiving the decision
 *   review-applied     Art. 21     the supervision body decides the 复核 within 30 days
 *
 * The order writes 日 without 工作日, so the periods are calendar days: the start day is not counted
 * and a last day on a rest day moves to the next working day (lib/calendar deadline()). Art. 21 does
 * not say from when the 30 days for the 复核 decision run; this models them from the day the
 * application was received. An extension is counted on from the end of the original 30 days
 * (立案 + 30 + extension, then the rest-day rule), which never ends later than counting from a
 * rolled-over original end.
 */

export const PROCEEDING_KINDS = ['transfer', 'filing', 'extension', 'decision-received', 'review-applied'] as const;
export type ProceedingKind = (typeof PROCEEDING_KINDS)[number];

export interface ProceedingStep {
  kind: ProceedingKind;
  /** The day of the step (YYYY-MM-DD, or an instant read in China Standard Time). */
  at: string;
  /** For 'extension': the day the matter was filed (立案). */
  filedAt?: string;
  /** For 'extension': days approved, 1–30 (default 30). */
  extensionDays?: number;
}

export interface Reminder {
  daysBefore: number;
  date: string;
}

export interface ProceedingDeadline {
  kind: ProceedingKind;
  citation: Citation;
  /** What must happen by the due day. */
  duty: Bilingual;
  /** The provision, as published. */
  text: string;
  start: string;
  due: string;
  /** False when the holiday calendar does not cover the period. */
  covered: boolean;
  reminders: Reminder[];
  /** With `today`: days left until the due day (negative when overdue). */
  daysLeft?: number;
  notes: Bilingual[];
}

export interface ProceedingOptions {
  /** Days before the due day to remind (default 7, 3, 1). */
  reminderDays?: readonly number[];
  /** Today (YYYY-MM-DD) for daysLeft; omitted → no daysLeft. */
  today?: string;
}

export const DEFAULT_REMINDER_DAYS: readonly number[] = [7, 3, 1];
export const MAX_EXTENSION_DAYS = 30;

const DUTIES: Record<ProceedingKind, { key: keyof typeof PROCEEDING_TEXT; days: number; duty: Bilingual }> = {
  transfer: {
    key: '16',
    days: 30,
    duty: {
      zh: '行政执法单位作出处理决定，并将处理结果告知行政执法监督机构',
      en: 'the unit decides and tells the supervision body the result',
    },
  },
  filing: {
    key: '19',
    days: 30,
    duty: {
      zh: '行政执法监督机构调查终结、作出认定和处理决定',
      en: 'the supervision body concludes the investigation and decides',
    },
  },
  extension: {
    key: '19-ext',
    days: 30,
    duty: {
      zh: '延长后的调查终结和处理决定期限',
      en: 'the extended period to conclude and decide',
    },
  },
  'decision-received': {
    key: '21-apply',
    days: 15,
    duty: { zh: '申请复核的最后一日', en: 'last day to apply for review (复核)' },
  },
  'review-applied': {
    key: '21-decide',
    days: 30,
    duty: { zh: '行政执法监督机构作出复核决定', en: 'the supervision body decides the review' },
  },
};

function dayOf(value: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? dayNumber(value) : dayNumber(todayInChina(new Date(value)));
}

export function proceedingDeadline(step: ProceedingStep, options: ProceedingOptions = {}): ProceedingDeadline {
  const spec = DUTIES[step.kind];
  if (!spec) throw new RangeError(`unknown proceeding step kind: ${String(step.kind)}`);
  const provision = PROCEEDING_TEXT[spec.key];
  const notes: Bilingual[] = [];
  let startDay = dayOf(step.at);
  let length = spec.days;
  if (step.kind === 'extension') {
    if (!step.filedAt) throw new RangeError('an extension step needs filedAt (the filing day)');
    const days = step.extensionDays ?? MAX_EXTENSION_DAYS;
    if (!Number.isInteger(days) || days < 1 || days > MAX_EXTENSION_DAYS) {
      throw new RangeError(`an extension is 1–${MAX_EXTENSION_DAYS} days (Art. 19), got ${days}`);
    }
    const approved = startDay;
    startDay = dayOf(step.filedAt);
    length = 30 + days;
    const original = deadline(startDay, { length: 30, unit: 'calendar-days' });
    if (approved > original.due) {
      notes.push({
        zh: `延长于 ${isoFromDay(approved)} 批准，晚于原期限届满日 ${original.dueIso}，请核实`,
        en: `the extension was approved on ${isoFromDay(approved)}, after the original period ended (${original.dueIso}); please check`,
      });
    }
  }
  if (step.kind === 'review-applied') {
    notes.push({
      zh: '第二十一条未写明复核决定期限的起算日，此处自收到复核申请之日起算',
      en: 'Art. 21 does not say when the 30 days start; counted here from receipt of the application',
    });
  }
  const result = deadline(startDay, { length, unit: 'calendar-days' });
  const reminders: Reminder[] = [...(options.reminderDays ?? DEFAULT_REMINDER_DAYS)]
    .filter((n) => Number.isInteger(n) && n > 0)
    .sort((a, b) => b - a)
    .map((n) => ({ daysBefore: n, day: result.due - n }))
    .filter((r) => r.day > startDay)
    .map((r) => ({ daysBefore: r.daysBefore, date: isoFromDay(r.day) }));
  return {
    kind: step.kind,
    citation: provision.citation,
    duty: spec.duty,
    text: provision.zh,
    start: isoFromDay(startDay),
    due: result.dueIso,
    covered: result.covered,
    reminders,
    ...(options.today ? { daysLeft: result.due - dayNumber(options.today) } : {}),
    notes,
  };
}
