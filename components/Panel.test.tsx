// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CaseReport, Finding } from '../lib/engine/types';
import { createPanelModel } from './model';
import { renderLive, type LiveRender } from './mount';
import { Panel, groupFindings } from './Panel';

function finding(overrides: Partial<Finding>): Finding {
  return {
    ruleId: 'apl-44-prior-notice',
    messageId: 'missing',
    category: 3,
    severity: 'high',
    status: 'violation',
    message: '未见事先告知，请核实。',
    citations: [{ law: '中华人民共和国行政处罚法', article: 44 }],
    fields: ['events.notice-of-intent'],
    fix: '送达事先告知书。',
    title: '事先告知',
    ...overrides,
  };
}

const report: CaseReport = {
  caseId: '济历市监罚〔2025〕12号',
  findings: [
    finding({}),
    finding({ ruleId: 'x-review', status: 'review', severity: 'medium', category: 1, message: '证据需核实。' }),
  ],
  passed: 20,
  notApplicable: 5,
  errors: [],
};

let container: HTMLElement;
let live: LiveRender;
afterEach(() => {
  live.unmount();
  container.remove();
});

function mount(onLocate = vi.fn()) {
  container = document.createElement('div');
  document.body.append(container);
  const model = createPanelModel();
  model.report.value = report;
  act(() => void (live = renderLive(() => <Panel model={model} onLocate={onLocate} />, container)));
  return { model, onLocate };
}

describe('Panel', () => {
  it('shows counts, Art. 7 groups with the violation group first, citations and fixes', () => {
    mount();
    expect(container.querySelector('.zg-count-violation')!.textContent).toBe('1');
    expect(container.querySelector('.zg-count-review')!.textContent).toBe('1');
    const headings = [...container.querySelectorAll('.zg-group-title')].map((node) => node.textContent);
    expect(headings).toEqual(['第七条第（三）项 违反法定程序', '第七条第（一）项 认定事实不清，证据不足']);
    expect(container.textContent).toContain('《中华人民共和国行政处罚法》第四十四条');
    expect(container.textContent).toContain('送达事先告知书。');
  });

  it('calls onLocate with the finding and marks it active', () => {
    const { onLocate } = mount();
    const button = container.querySelector<HTMLButtonElement>('[data-rule-id="apl-44-prior-notice"] .zg-btn')!;
    act(() => button.click());
    expect(onLocate).toHaveBeenCalledWith(expect.objectContaining({ ruleId: 'apl-44-prior-notice' }));
    expect(container.querySelector('[data-rule-id="apl-44-prior-notice"]')!.classList.contains('zg-active')).toBe(true);
  });

  it('collapses to a pill with the counts and reopens', () => {
    const { model } = mount();
    act(() => container.querySelector<HTMLButtonElement>('button[aria-label="收起"]')!.click());
    expect(model.collapsed.value).toBe(true);
    expect(container.querySelector('.zg-pill')).not.toBeNull();
    act(() => container.querySelector<HTMLButtonElement>('.zg-pill')!.click());
    expect(container.querySelector('.zg-panel')).not.toBeNull();
  });

  it('switches to English', () => {
    mount();
    act(() => container.querySelector<HTMLButtonElement>('button[aria-label="English"]')!.click());
    expect(container.textContent).toContain('Violations');
    expect(container.textContent).toContain('Art. 7(3)');
  });

  it('groups findings by item, violations first', () => {
    const groups = groupFindings([
      finding({ category: 1, status: 'review' }),
      finding({ category: 5, status: 'violation', severity: 'medium' }),
      finding({ category: 3, status: 'violation', severity: 'high' }),
    ]);
    expect(groups.map(([item]) => item)).toEqual([3, 5, 1]);
  });
});
