import type { Rule } from '../engine/types';
import { coercionRules } from './coercion';
import { generalRules } from './general';
import { inspectionRules } from './inspection';
import { licenseRules } from './license';
import { penaltyRules } from './penalty';
import { penaltyDecisionRules } from './penalty-decision';

/** The whole catalogue, in a stable order. */
export const RULES: readonly Rule[] = [
  ...penaltyRules,
  ...penaltyDecisionRules,
  ...coercionRules,
  ...licenseRules,
  ...inspectionRules,
  ...generalRules,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
