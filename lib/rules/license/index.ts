import type { Rule } from '../../engine/types';
import oneTimeNotice from './all-32-one-time-notice';
import verificationStaff from './all-34-verification-staff';
import refusalReasons from './all-38-refusal-reasons';
import decisionDeadline from './all-42-decision-deadline';
import certificate from './all-44-certificate';
import hearing from './all-47-hearing';

export const licenseRules: Rule[] = [
  oneTimeNotice,
  verificationStaff,
  decisionDeadline,
  certificate,
  hearing,
  refusalReasons,
];
