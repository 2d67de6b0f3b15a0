import { fillTemplate, pick } from '../engine/format';
import type { Art7Item, Bilingual, Citation, Locale, MessageData, Severity } from '../engine/types';
import { LAW } from '../rules/helpers/laws';
import type { Span } from './prepare';
import type { DocFinding } from './types';

/** What every document check is made of: its definition, the collector of its findings, shared formatting. */

export interface DocCheck<M extends string = string> {
  id: string;
  title: Bilingual;
  category: Art7Item;
  severity: Severity;
  citations: readonly Citation[];
  fix: Bilingual;
  messages: Record<M, Bilingual>;
}

export function defineCheck<M extends string>(check: DocCheck<M>): DocCheck<M> {
  return check;
}

export const ART59 = (item: number): Citation => ({ law: LAW.penalty, article: 59, paragraph: 1, item });

export class Collector {
  readonly findings: DocFinding[] = [];
  constructor(private readonly locale: Locale) {}

  add(
    check: DocCheck,
    status: 'violation' | 'review',
    messageId: string,
    spans: readonly (Span | undefined)[],
    fields: string[],
    data?: MessageData,
    citations?: Citation[],
  ): void {
    const template = check.messages[messageId];
    if (!template) throw new Error(`check ${check.id} has no message "${messageId}"`);
    this.findings.push({
      ruleId: check.id,
      messageId,
      category: check.category,
      severity: check.severity,
      status,
      message: fillTemplate(pick(template, this.locale), data),
      citations: (citations ?? check.citations).slice(),
      fields,
      fix: pick(check.fix, this.locale),
      title: pick(check.title, this.locale),
      spans: spans.filter((span): span is Span => span !== undefined),
    });
  }
}

export function money(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}
