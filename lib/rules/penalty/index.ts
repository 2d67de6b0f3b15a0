import type { Rule } from '../../engine/types';
import illegalGains from './apl-28-illegal-gains';
import minor from './apl-30-minor';
import limitation from './apl-36-limitation';
import legalBasis from './apl-38-legal-basis';
import factsEvidence from './apl-40-facts-evidence';
import officers from './apl-42-officers';
import priorNotice from './apl-44-prior-notice';
import evidenceRecord from './apl-46-evidence-record';
import simplified from './apl-51-simplified';
import fileFirst from './apl-54-file-first';
import preservation from './apl-56-preservation';
import fineAmount from './apl-59-fine-amount';

export const penaltyRules: Rule[] = [
  illegalGains,
  minor,
  limitation,
  legalBasis,
  factsEvidence,
  officers,
  priorNotice,
  evidenceRecord,
  simplified,
  fileFirst,
  preservation,
  fineAmount,
];
