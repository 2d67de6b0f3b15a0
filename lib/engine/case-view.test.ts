import { describe, expect, it } from 'vitest';
import { makeCase } from '../../test/helpers/make-case';
import { CaseView } from './case-view';

const timeline = [{ kind: 'decision', at: '2025-03-05' }] as const;

describe('CaseView.knownAbsent', () => {
  it('takes a step missing from a case file timeline as not done', () => {
    expect(new CaseView(makeCase({ events: [...timeline] })).knownAbsent('notice-of-intent')).toBe(true);
  });

  it('says nothing about a step when there is no timeline at all', () => {
    expect(new CaseView(makeCase({})).knownAbsent('notice-of-intent')).toBe(false);
  });

  it('treats a page reading as partial unless the page shows the field empty', () => {
    const fromPage = makeCase({ events: [...timeline], origin: { adapter: 'generic' } });
    expect(new CaseView(fromPage).knownAbsent('notice-of-intent')).toBe(false);
    const shownEmpty = makeCase({
      events: [...timeline],
      origin: { adapter: 'generic', emptyFields: ['events.notice-of-intent'] },
    });
    expect(new CaseView(shownEmpty).knownAbsent('notice-of-intent')).toBe(true);
    const complete = makeCase({ events: [...timeline], origin: { adapter: 'x', timelineComplete: true } });
    expect(new CaseView(complete).knownAbsent('notice-of-intent')).toBe(true);
  });

  it('never takes an unreadable step as not done', () => {
    const unreadable = makeCase({ events: [...timeline], origin: { unreadable: ['events.notice-of-intent'] } });
    expect(new CaseView(unreadable).knownAbsent('notice-of-intent')).toBe(false);
  });
});
