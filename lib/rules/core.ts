import type { Rule } from '../engine/types';
import { coercionRules } from './coercion';
import { generalRules } from './general';
import { inspectionRules } from './inspection';
import { licenseRules } from './license';
import { penaltyRules } from './penalty';
import { penaltyDecisionRules } from './penalty-decision';

/**
 * Every rule that needs nothing but the case: what the content script and the widget bundle.
 * The legal-basis rules (lib/rules/basis) also need the law registry; see RULES in ./index.
 */
export const CORE_RULES: readonly Rule[] = [
  ...penaltyRules,
  ...penaltyDecisionRules,
  ...coercionRules,
  ...licenseRules,
  ...inspectionRules,
  ...generalRules,
];
