import type { Rule } from '../../engine/types';
import publication from './3s-publication';
import crimeTransfer from './apl-27-crime-transfer';
import education from './apl-33-education';
import noPenalty from './apl-33-no-penalty';
import heavierDiscretion from './apl-34-heavier-discretion';
import remedyPeriod from './rem-remedy-period';
import officerCertificate from './sds-10-officer-certificate';

export const generalRules: Rule[] = [
  noPenalty,
  education,
  heavierDiscretion,
  publication,
  crimeTransfer,
  remedyPeriod,
  officerCertificate,
];
