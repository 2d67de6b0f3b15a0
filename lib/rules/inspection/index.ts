import type { Rule } from '../../engine/types';
import credentialsShown from './3s-credentials-shown';
import inspectionOfficers from './apl-42-inspection-officers';
import inspectionResults from './biz-inspection-results';
import randomInspection from './biz-random-inspection';
import repeatInspection from './biz-repeat-inspection';

export const inspectionRules: Rule[] = [
  randomInspection,
  repeatInspection,
  inspectionResults,
  credentialsShown,
  inspectionOfficers,
];
