import { describe, expect, it } from 'vitest';
import type { Officer } from '../../case/schema';
import rule from './apl-42-officers';
import { runExample, testRule } from '../../../test/helpers/rule-tester';

const zhang: Officer = { name: '张三', certificateNo: '37010012345', roles: ['handler'] };
const li: Officer = { name: '李四', certificateNo: '37010012346', roles: ['investigator'] };

testRule(rule, {
  violation: [
    {
      name: 'a page reading that names one officer beside an empty second officer slot',
      messageId: 'too-few-officers',
      case: { officers: [zhang], origin: { adapter: 'generic', emptyFields: ['officers'] } },
    },
    {
      name: 'only one handling officer on the case',
      messageId: 'too-few-officers',
      case: { procedure: 'general', officers: [zhang, { name: '王五', roles: ['approver'] }] },
    },
    {
      name: 'an inquiry taken by one officer',
      messageId: 'step-one-officer',
      case: { officers: [zhang, li], events: [{ kind: 'inquiry', at: '2025-01-12', officers: ['张三'] }] },
    },
    {
      name: 'registration-preservation with one officer, no officer list',
      messageId: 'step-one-officer',
      case: { events: [{ kind: 'evidence-preserved', at: '2025-01-12', officers: ['李四', '李四'] }] },
    },
  ],
  review: [
    {
      name: 'a page reading that names one officer and shows no empty second slot',
      messageId: 'officer-list-incomplete',
      case: { officers: [zhang], origin: { adapter: 'generic' } },
    },
    {
      name: 'an investigating officer without a certificate number',
      messageId: 'no-certificate',
      case: { officers: [zhang, { name: '李四', roles: ['investigator'] }] },
    },
    {
      name: 'an officer with no roles and a blank certificate number',
      messageId: 'no-certificate',
      case: { officers: [zhang, li, { name: '赵六', certificateNo: ' ', roles: [] }] },
    },
    {
      name: 'on-the-spot penalty by one officer (a law may allow it)',
      messageId: 'too-few-officers-simple',
      case: { procedure: 'simple', officers: [zhang] },
    },
    {
      name: 'on-the-spot inspection by one officer',
      messageId: 'step-one-officer',
      case: { procedure: 'simple', events: [{ kind: 'inspection', at: '2025-01-08', officers: ['张三'] }] },
    },
    {
      name: 'one officer listed, but the inspection names two (list incomplete)',
      messageId: 'officer-list-incomplete',
      case: { officers: [zhang], events: [{ kind: 'inspection', at: '2025-01-08', officers: ['张三', '李四'] }] },
    },
    {
      name: 'one officer listed, but a record was taken by two',
      messageId: 'officer-list-incomplete',
      case: {
        officers: [zhang],
        evidence: [{ kind: 'inspection-record', title: '现场检查笔录', collectors: ['张三', '李四'] }],
      },
    },
    {
      name: 'officer list names only approvers',
      messageId: 'no-field-officers',
      case: { officers: [{ name: '王五', roles: ['approver'] }] },
    },
    { name: 'officers unreadable', messageId: 'officers-unknown', case: { origin: { unreadable: ['officers'] } } },
  ],
  pass: [
    { name: 'two certified officers', case: { officers: [zhang, li] } },
    {
      name: 'an approver without a certificate number is not an enforcement officer here',
      case: { officers: [zhang, li, { name: '王五', roles: ['approver', 'legal-reviewer'] }] },
    },
    {
      name: 'two officers on every investigative step',
      case: {
        officers: [zhang, li],
        events: [
          { kind: 'inspection', at: '2025-01-08', officers: ['张三', '李四'] },
          { kind: 'inquiry', at: '2025-01-12', officers: ['张三', '李四'] },
        ],
      },
    },
  ],
  notApplicable: [
    { name: 'no officers and no step officers', case: { events: [{ kind: 'inspection', at: '2025-01-08' }] } },
    {
      name: 'empty officer lists',
      case: { officers: [], events: [{ kind: 'inquiry', at: '2025-01-12', officers: [] }] },
    },
    { name: 'a licence case', case: { actionType: 'license', officers: [zhang] } },
  ],
});

describe('apl-42-officers details', () => {
  it('reports each one-officer step with its date', () => {
    const report = runExample(rule, {
      name: 'two bad steps',
      case: {
        officers: [zhang, li],
        events: [
          { kind: 'inspection', at: '2025-01-08', officers: ['张三'] },
          { kind: 'sampling', at: '2025-01-09', officers: ['李四'] },
        ],
      },
    });
    const messages = report.findings.map((finding) => finding.message);
    expect(messages).toHaveLength(2);
    expect(messages.join()).toContain('现场检查（2025-01-08）');
    expect(messages.join()).toContain('抽样（2025-01-09）');
  });
});
