import { describe, expect, it } from 'vitest';
import { caseSchema } from '../case/schema';
import { settleReadCase } from './validate';

describe('settleReadCase (a case read by the page script, checked in the background)', () => {
  it('keeps a valid case as it is', () => {
    const read = { schemaVersion: 1, id: 'A-1', actionType: 'penalty', origin: { adapter: 'generic', unreadable: [] } };
    expect(settleReadCase(read)).toEqual(read);
  });

  it('drops a value that breaks the schema and reports its path as unreadable', () => {
    const read = {
      schemaVersion: 1,
      id: 'A-2',
      actionType: 'penalty',
      party: { kind: 'person', name: '张某' },
      decision: { kinds: ['fine'], fineAmount: '五万' },
      origin: { adapter: 'generic', unreadable: ['id'] },
    };
    const settled = settleReadCase(read)!;
    expect(caseSchema.safeParse(settled).success).toBe(true);
    expect(settled.decision?.fineAmount).toBeUndefined();
    expect(settled.party?.name).toBe('张某');
    expect(settled.origin?.unreadable).toEqual(['decision.fineAmount', 'id']);
    // The input the page sent is not changed.
    expect(read.decision.fineAmount).toBe('五万');
  });

  it('drops an object that lacks a required value', () => {
    const read = { schemaVersion: 1, id: 'A-3', actionType: 'penalty', decision: { fineAmount: 500 } };
    const settled = settleReadCase(read)!;
    expect(settled.decision).toBeUndefined();
    expect(settled.origin?.unreadable).toEqual(['decision']);
  });

  it('answers null for something that is not a case record', () => {
    expect(settleReadCase(null)).toBeNull();
    expect(settleReadCase([1, 2])).toBeNull();
    expect(settleReadCase('case')).toBeNull();
  });
});
