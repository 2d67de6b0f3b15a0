import type { Bilingual, Locale, MessageData } from './types';

/** Fills `{name}` placeholders; an unknown placeholder is left visible rather than dropped. */
export function fillTemplate(template: string, data?: MessageData): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

export function pick(text: Bilingual, locale: Locale): string {
  return locale === 'en' ? text.en : text.zh;
}
