import type { Rule } from '../../engine/types';
import avRecord from './3s-coercion-av-record';
import necessity from './acl-16-necessity';
import credentials from './acl-18-credentials';
import onsiteProcedure from './acl-18-onsite-procedure';
import priorApproval from './acl-18-prior-approval';
import decisionDelivery from './acl-24-decision-delivery';
import seizureTerm from './acl-25-seizure-term';
import reminder from './acl-35-reminder';
import nightHoliday from './acl-43-night-holiday';

export const coercionRules: Rule[] = [
  priorApproval,
  onsiteProcedure,
  credentials,
  decisionDelivery,
  seizureTerm,
  reminder,
  nightHoliday,
  necessity,
  avRecord,
];
