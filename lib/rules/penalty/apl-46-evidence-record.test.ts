import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../case/schema';
import rule from './apl-46-evidence-record';
import { runExample, testRule } from '../../../test/helpers/rule-tester';

const complete: Evidence = {
  kind: 'inspection-record',
  title: '现场检查笔录',
  collectedAt: '2025-01-08',
  collectors: ['张三', '李四'],
};

testRule(rule, {
  violation: [
    {
      name: 'an inquiry record taken by one officer',
      messageId: 'single-collector',
      case: {
        evidence: [{ kind: 'party-statement', title: '询问笔录', collectedAt: '2025-01-12', collectors: ['张三'] }],
      },
    },
    {
      name: 'the same officer named twice is still one officer',
      messageId: 'single-collector',
      case: { evidence: [{ ...complete, collectors: ['张三', ' 张三 '] }] },
    },
  ],
  review: [
    {
      name: 'a page reading whose evidence list names one officer for a record (it may list only the recorder)',
      messageId: 'single-collector',
      case: {
        origin: { adapter: 'generic' },
        evidence: [{ kind: 'party-statement', title: '询问笔录', collectedAt: '2025-01-12', collectors: ['张三'] }],
      },
    },
    {
      name: 'no collectors recorded',
      messageId: 'no-collectors',
      case: { evidence: [complete, { kind: 'physical', title: '涉案酸奶照片及实物', collectedAt: '2025-01-08' }] },
    },
    {
      name: 'no collection date recorded',
      messageId: 'no-date',
      case: { evidence: [{ kind: 'documentary', title: '营业执照复印件', collectors: ['张三', '李四'] }] },
    },
    {
      name: 'only blank collector names',
      messageId: 'no-collectors',
      case: { evidence: [{ ...complete, collectors: [' '] }] },
    },
  ],
  pass: [
    { name: 'dated and collected by two officers', case: { evidence: [complete] } },
    {
      name: 'a photo taken by one officer is not a record made in person',
      case: {
        evidence: [complete, { kind: 'physical', title: '现场照片', collectedAt: '2025-01-08', collectors: ['张三'] }],
      },
    },
  ],
  notApplicable: [
    { name: 'no evidence list', case: {} },
    { name: 'an empty evidence list (apl-40 reports it)', case: { evidence: [] } },
    { name: 'a licence case', case: { actionType: 'license', evidence: [{ ...complete, collectors: ['张三'] }] } },
  ],
});

describe('apl-46-evidence-record details', () => {
  it('gathers the items without collectors into one finding and cites Art. 42 for a one-officer record', () => {
    const report = runExample(rule, {
      name: 'mixed',
      case: {
        evidence: [
          { kind: 'physical', title: '照片一', collectedAt: '2025-01-08' },
          { kind: 'physical', title: '照片二', collectedAt: '2025-01-08' },
          { kind: 'physical', title: '照片三', collectedAt: '2025-01-08' },
          { kind: 'physical', title: '照片四', collectedAt: '2025-01-08' },
          { kind: 'witness', title: '证人证言', collectedAt: '2025-01-09', collectors: ['李四'] },
        ],
      },
    });
    const noCollectors = report.findings.filter((finding) => finding.messageId === 'no-collectors');
    expect(noCollectors).toHaveLength(1);
    expect(noCollectors[0]!.message).toContain('等4项');
    const single = report.findings.find((finding) => finding.messageId === 'single-collector');
    expect(single?.citations.map((citation) => citation.article)).toEqual([42, 55]);
  });
});
