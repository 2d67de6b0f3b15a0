import type { Rule } from '../engine/types';
import { basisRules } from './basis';
import { CORE_RULES } from './core';

export { CORE_RULES } from './core';
export { basisRules } from './basis';

/**
 * The whole catalogue, in a stable order. The legal-basis rules read the law registry: call
 * `ensureLawIndex()` (lib/laws) before checking, or they answer "review".
 */
export const RULES: readonly Rule[] = [...CORE_RULES, ...basisRules];

export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
