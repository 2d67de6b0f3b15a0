import type { Rule } from './types';

/** Identity helper that makes `messages` keys the only valid message ids. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}
