import type { Rule } from '../../engine/types';

export const licenseRules: Rule[] = [];
