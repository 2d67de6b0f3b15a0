import type { Rule } from '../../engine/types';
import priorNotice from './apl-44-prior-notice';

export const penaltyRules: Rule[] = [priorNotice];
