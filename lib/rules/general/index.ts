import type { Rule } from '../../engine/types';

export const generalRules: Rule[] = [];
