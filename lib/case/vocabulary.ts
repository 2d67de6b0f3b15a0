/** The case model's closed vocabularies (enum values), without the schema library: the overlay's page script reads them. */
export const ACTION_TYPES = [
  'penalty',
  'license',
  'coercion',
  'inspection',
  'levy',
  'requisition',
  'fee',
  'confirmation',
  'registration',
  'payment',
  'adjudication',
] as const;

export const ROLES = ['handler', 'reviewer', 'approver', 'legal-reviewer', 'investigator', 'recorder'] as const;

export const EVIDENCE_KINDS = [
  'documentary',
  'physical',
  'audiovisual',
  'electronic',
  'witness',
  'party-statement',
  'expert-opinion',
  'inspection-record',
] as const;

export const LEGAL_REF_ROLES = ['violated', 'penalty', 'procedure', 'discretion', 'other'] as const;

export const SANCTION_KINDS = [
  'warning',
  'circulate-criticism',
  'fine',
  'confiscate-gains',
  'confiscate-property',
  'suspend-license',
  'lower-qualification',
  'revoke-license',
  'restrict-activity',
  'order-suspension',
  'order-closure',
  'restrict-employment',
  'detention',
  'other',
] as const;

export const OUTCOMES = ['granted', 'refused', 'no-penalty', 'withdrawn', 'other'] as const;

export const DISCRETION_LEVELS = ['exempt', 'lighter', 'mitigated', 'normal', 'heavier'] as const;

export const FLAG_NAMES = [
  'major',
  'firstViolation',
  'minorViolation',
  'minorHarm',
  'noHarm',
  'correctedInTime',
  'enterpriseRelated',
  'onSite',
  'emergency',
  'recorded',
  'partyPresent',
  'partySigned',
  'criminalSuspected',
] as const;

export const EVENT_KINDS = [
  // opening
  'lead-received',
  'filing-approved',
  'filing-refused',
  // investigation
  'inspection',
  'inquiry',
  'credentials-shown',
  'sampling',
  'expert-opinion',
  'evidence-preserved',
  'preservation-handled',
  'investigation-ended',
  // review
  'legal-review',
  'collective-discussion',
  'approval',
  // rights
  'notice-of-intent',
  'statement-heard',
  'hearing-notice',
  'hearing-requested',
  'hearing-scheduled',
  'hearing-held',
  'hearing-waived',
  // time
  'extension-approved',
  'suspended',
  'resumed',
  // decision
  'decision',
  'delivery',
  'disclosure',
  'payment',
  'urge-notice',
  'enforcement',
  'closed',
  // coercion
  'coercion-approved',
  'coercion-applied',
  'on-site-record',
  'party-notified',
  'emergency-report',
  'coercion-extended',
  'coercion-lifted',
  'items-handled',
  // licence
  'application-received',
  'correction-requested',
  'application-accepted',
  'application-rejected',
  'license-decision',
  // inspection
  'inspection-planned',
  'random-selection',
  'inspection-notified',
  'results-published',
] as const;

export const SOURCES = ['inspection', 'complaint', 'referral', 'transfer', 'self-report', 'other'] as const;
