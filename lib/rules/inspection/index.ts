import type { Rule } from '../../engine/types';

export const inspectionRules: Rule[] = [];
