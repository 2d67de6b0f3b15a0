import type { Rule } from '../../engine/types';

export const coercionRules: Rule[] = [];
