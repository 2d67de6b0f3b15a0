import rule from './apl-40-facts-evidence';
import { testRule } from '../../../test/helpers/rule-tester';

const decided = { kind: 'decision', at: '2025-03-05' } as const;
const facts = '当事人于2025年1月8日销售超过保质期的酸奶12盒';
const record = { kind: 'inspection-record', title: '现场检查笔录', collectedAt: '2025-01-08' } as const;

testRule(rule, {
  violation: [
    {
      name: 'a general-procedure penalty with an empty evidence list',
      messageId: 'no-evidence',
      case: { procedure: 'general', facts, evidence: [], events: [decided] },
    },
    {
      name: 'sanctions listed without a decision event, and no evidence',
      messageId: 'no-evidence',
      case: { facts, evidence: [], decision: { kinds: ['fine'], fineAmount: 1000 } },
    },
    {
      name: 'evidence collected the day after the decision',
      messageId: 'evidence-after-decision',
      case: {
        facts,
        evidence: [record, { kind: 'documentary', title: '检验报告', collectedAt: '2025-03-06' }],
        events: [decided],
      },
    },
    {
      name: 'evidence collected later on the decision day (both with times)',
      messageId: 'evidence-after-decision',
      case: {
        facts,
        evidence: [{ kind: 'electronic', title: '交易记录截图', collectedAt: '2025-03-05T15:00' }],
        events: [{ kind: 'decision', at: '2025-03-05T10:00' }],
      },
    },
  ],
  review: [
    {
      name: 'a page shows no evidence list',
      messageId: 'evidence-unknown',
      case: { procedure: 'general', facts, evidence: [], events: [decided], origin: { adapter: 'generic' } },
    },
    { name: 'evidence not given at all', messageId: 'evidence-unknown', case: { facts, events: [decided] } },
    {
      name: 'evidence marked unreadable',
      messageId: 'evidence-unknown',
      case: { facts, evidence: [], events: [decided], origin: { unreadable: ['evidence'] } },
    },
    {
      name: 'on-the-spot penalty with no evidence listed',
      messageId: 'no-evidence-simple',
      case: { procedure: 'simple', facts, evidence: [], decision: { kinds: ['warning'] } },
    },
    { name: 'facts not recorded', messageId: 'facts-missing', case: { evidence: [record], events: [decided] } },
    { name: 'facts blank', messageId: 'facts-missing', case: { facts: '  ', evidence: [record], events: [decided] } },
  ],
  pass: [
    { name: 'facts and evidence before the decision', case: { facts, evidence: [record], events: [decided] } },
    {
      name: 'evidence on the decision day without a time',
      case: {
        facts,
        evidence: [{ ...record, collectedAt: '2025-03-05' }],
        events: [{ kind: 'decision', at: '2025-03-05T10:00' }],
      },
    },
    {
      name: 'evidence between a first decision and the remade one',
      case: {
        facts,
        evidence: [{ ...record, collectedAt: '2025-04-01' }],
        events: [decided, { kind: 'decision', at: '2025-05-06' }],
      },
    },
  ],
  notApplicable: [
    { name: 'no decision yet', case: { evidence: [], events: [{ kind: 'filing-approved', at: '2025-01-10' }] } },
    {
      name: 'decided not to penalise',
      case: { evidence: [], events: [decided], decision: { kinds: [], outcome: 'no-penalty' } },
    },
    { name: 'a licence case', case: { actionType: 'license', evidence: [], events: [decided] } },
  ],
});
