import type { Citation, MessageData, Outcome } from './types';

export const PASS: Outcome = Object.freeze({ status: 'pass' });
export const NOT_APPLICABLE: Outcome = Object.freeze({ status: 'not-applicable' });

export function violation(
  messageId: string,
  fields: string[] = [],
  data?: MessageData,
  due?: string,
  citations?: Citation[],
): Outcome {
  return { status: 'violation', messageId, fields, data, due, citations };
}

/** The data needed is missing, or a legal exception cannot be ruled out: a person must look. */
export function review(
  messageId: string,
  fields: string[] = [],
  data?: MessageData,
  due?: string,
  citations?: Citation[],
): Outcome {
  return { status: 'review', messageId, fields, data, due, citations };
}
