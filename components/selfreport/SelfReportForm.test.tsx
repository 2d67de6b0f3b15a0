// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../lib/engine/types';
import { RECEIPT_CODE } from '../../lib/selfreport';
import { ZhifaStore } from '../../lib/store';
import { draftIdFor, snapshotFor } from './port';
import { SelfReportForm } from './SelfReportForm';
import { storePort } from './store-port';

const finding: Finding = {
  ruleId: 'apl-44-prior-notice',
  messageId: 'order',
  category: 3,
  severity: 'high',
  status: 'violation',
  message: '告知晚于决定',
  citations: [{ law: '中华人民共和国行政处罚法', article: 44 }],
  fields: ['events', 'decision.fineAmount'],
  fix: '撤销重作',
  title: '作出处罚决定前事先告知',
};
const enforcementCase = {
  schemaVersion: 1,
  id: '历市监罚〔2025〕37号',
  actionType: 'penalty',
  decision: { fineAmount: 50000 },
  events: [{ kind: 'decision', at: '2025-05-20' }],
} as never;

const settle = async (ms = 0) =>
  act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });

async function until(check: () => boolean) {
  for (let i = 0; i < 100 && !check(); i++) await settle(10);
  expect(check()).toBe(true);
}

function set(root: Element, selector: string, value: string) {
  const input = root.querySelector(selector) as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  input.value = value;
  input.dispatchEvent(new Event(input.localName === 'select' ? 'change' : 'input', { bubbles: true }));
  if (input.type === 'date') input.dispatchEvent(new Event('change', { bubbles: true }));
}

let container: HTMLElement | undefined;
afterEach(() => {
  if (!container) return;
  render(null, container);
  container.remove();
  container = undefined;
});

describe('SelfReportForm', () => {
  it('derives a stable UUID draft id from caseId + ruleId and snapshots the fields involved', async () => {
    const a = await draftIdFor('case-1', 'rule-1');
    expect(a).toBe(await draftIdFor('case-1', 'rule-1'));
    expect(a).not.toBe(await draftIdFor('case-1', 'rule-2'));
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(snapshotFor(finding, enforcementCase)).toEqual({
      events: [{ kind: 'decision', at: '2025-05-20' }],
      'decision.fineAmount': 50000,
    });
  });

  it('saves the draft on change, restores it on reopen, and seals it into a receipt', async () => {
    const store = await ZhifaStore.open('sr-form-test', new IDBFactory());
    const port = storePort(store);
    const onSealed = vi.fn();
    const root = document.createElement('div');
    container = root;
    document.body.append(root);
    const view = () => (
      <SelfReportForm
        port={port}
        finding={finding}
        enforcementCase={enforcementCase}
        locale="zh-CN"
        saveDelayMs={5}
        onSealed={onSealed}
      />
    );
    render(view(), root);
    await until(() => root.querySelector('form.zg-sr') !== null);
    const form = () => root.querySelector('form.zg-sr')!;
    expect(form().getAttribute('data-draft-id')).toBe(await draftIdFor('历市监罚〔2025〕37号', finding.ruleId));
    set(form(), 'select[name="discoveredBy"]', 'self');
    set(form(), 'textarea[name="description"]', '先决定后告知');
    set(form(), 'input[name="officer.name"]', '张三');
    await until(() => form().getAttribute('data-save-state') === 'saved');

    // Reopen: the draft comes back.
    render(null, root);
    render(view(), root);
    await until(() => root.querySelector('.zg-sr-restored') !== null);
    expect((form().querySelector('textarea[name="description"]') as HTMLTextAreaElement).value).toBe('先决定后告知');

    // Not yet sealable: the correction is missing.
    await act(() => (form().querySelector('.zg-sr-seal') as HTMLButtonElement).click());
    await until(() => form().querySelector('.zg-sr-issues') !== null);

    set(form(), 'select[name="correction.method"]', 'withdraw-remake');
    set(form(), 'textarea[name="correction.description"]', '撤销重作');
    await settle(20);
    await act(() => (form().querySelector('.zg-sr-seal') as HTMLButtonElement).click());
    await until(() => root.querySelector('[data-state="sealed"]') !== null);
    const code = root.querySelector('.zg-sr-code')!.textContent!.trim();
    expect(code).toMatch(RECEIPT_CODE);
    expect(onSealed).toHaveBeenCalledOnce();
    const { items } = await store.listReports();
    expect(items[0]!.receipt.code).toBe(code);
    // The discoverer defaults to the officer for a self-found fault; the draft is gone once sealed.
    expect(items[0]!.report.discoverer.name).toBe('张三');
    expect((await store.listDrafts()).drafts).toEqual([]);
    store.close();
  });
});
