import type { Rule } from '../../engine/types';
import statementDefence from './apl-45-statement-defence';
import headReview from './apl-57-head-review';
import legalReview from './apl-58-legal-review';
import decisionContents from './apl-59-decision-contents';
import decisionDeadline from './apl-60-decision-deadline';
import service from './apl-61-service';
import hearingRight from './apl-63-hearing-right';
import hearingProcedure from './apl-64-hearing-procedure';
import decideAfterHearing from './apl-65-decide-after-hearing';
import paymentPeriod from './apl-67-payment-period';
import surcharge from './apl-72-surcharge';

/** Penalty rules, decision stage (行政处罚法 Arts. 45, 57–61, 63–65, 67, 72). */
export const penaltyDecisionRules: Rule[] = [
  statementDefence,
  headReview,
  legalReview,
  decisionContents,
  decisionDeadline,
  service,
  hearingRight,
  hearingProcedure,
  decideAfterHearing,
  paymentPeriod,
  surcharge,
];
