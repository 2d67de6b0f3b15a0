import type { Rule } from '../../engine/types';
import articleRange from './basis-article-range';
import inForce from './basis-in-force';
import otherProvince from './basis-other-province';
import unknownLaw from './basis-unknown-law';

/** Legal-basis rules (Jinan Order 294 Art. 7 item 2): they read the law registry loaded by `ensureLawIndex()`. */
export const basisRules: Rule[] = [unknownLaw, articleRange, inForce, otherProvince];
