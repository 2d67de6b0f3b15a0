import { mkdirSync } from 'node:fs';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPlain, launchWithExtension, type ExtensionBrowser } from './browser';
import { startDemo, type DemoServer } from './demo';

const SHOTS = 'test/e2e/out';
const RECEIPT = /^ZG-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
let demo: DemoServer;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  demo = await startDemo();
});

afterAll(async () => {
  await demo?.close();
});

/** Fills the fields the seal needs (the rest is optional) inside the form at `root`. */
async function fillRequired(page: Page | FrameLocator, root: string) {
  await page.locator(`${root} select[name="discoveredBy"]`).selectOption('self');
  await page.locator(`${root} textarea[name="description"]`).fill('告知书送达日期晚于处罚决定日期，先决定后告知');
  await page.locator(`${root} input[name="officer.name"]`).fill('张三');
}

async function fillCorrection(page: Page | FrameLocator, root: string) {
  await page.locator(`${root} select[name="correction.method"]`).selectOption('withdraw-remake');
  await page.locator(`${root} textarea[name="correction.description"]`).fill('撤销原决定，重新告知后依法作出决定');
  await page.locator(`${root} input[name="correction.correctedAt"]`).fill(new Date().toISOString().slice(0, 10));
  await page.locator(`${root} select[name="correction.partyNotified"]`).selectOption('true');
  for (const key of [
    'partyLoss',
    'complaintFiled',
    'reviewOrSuitFiled',
    'thirdPartyOrPublicEffect',
    'publishedInfoWithdrawn',
  ])
    await page.locator(`${root} select[name="harm.${key}"]`).selectOption('false');
}

describe('self-report in the extension overlay', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  // The form opens in a frame of the extension's own origin, laid over the page by the overlay.
  const FRAME = 'zhifa-guard-overlay iframe.zg-sr-frame';
  const FORM = '.zg-sr';
  const openForm = async (page: Page) => {
    await page.waitForSelector('zhifa-guard-overlay[data-case-id]', { state: 'attached', timeout: 15_000 });
    await page
      .locator('zhifa-guard-overlay .zg-finding[data-rule-id="apl-44-prior-notice"]')
      .getByRole('button', { name: '自查发现' })
      .click();
    const form = page.frameLocator(FRAME);
    await form.locator(`${FORM}[data-state="editing"]`).waitFor();
    return form;
  };

  it('opens from a finding, restores the draft after a reload, seals, shows a receipt and lists it in the dashboard', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(new URL('case-element.html', demo.url).href);
    let form = await openForm(page);
    expect(await page.locator(FRAME).getAttribute('src')).toMatch(
      new RegExp(`^chrome-extension://${browser.extensionId}/selfreport\\.html#`),
    );

    // Prefilled from the finding.
    await expect
      .poll(() => form.locator(`${FORM} [data-field="ruleId"] code`).textContent())
      .toBe('apl-44-prior-notice');
    const caseId = await page.locator('zhifa-guard-overlay').getAttribute('data-case-id');
    expect(await form.locator(`${FORM} [data-field="caseId"]`).textContent()).toBe(caseId);
    const discoveredAt = await form.locator(`${FORM} [data-field="discoveredAt"]`).textContent();
    expect(discoveredAt).toMatch(/\d{4}/);

    await fillRequired(form, FORM);
    await form.locator(`${FORM}[data-save-state="saved"]`).waitFor();
    await page.screenshot({ path: `${SHOTS}/selfreport-form.png` });

    // Reload mid-way: reopening the same finding restores the draft.
    await page.reload();
    form = await openForm(page);
    await expect
      .poll(() => form.locator(`${FORM} textarea[name="description"]`).inputValue())
      .toBe('告知书送达日期晚于处罚决定日期，先决定后告知');
    expect(await form.locator(`${FORM} input[name="officer.name"]`).inputValue()).toBe('张三');
    expect(await form.locator(`${FORM} [data-field="discoveredAt"]`).textContent()).toBe(discoveredAt);
    await expect.poll(() => form.locator(`${FORM} .zg-sr-restored`).count()).toBe(1);

    // Sealing needs the correction: first try without it and get told what is missing.
    await form.locator(`${FORM} .zg-sr-seal`).click();
    await expect.poll(() => form.locator(`${FORM} .zg-sr-issues li`).count()).toBeGreaterThan(0);
    await fillCorrection(form, FORM);
    await expect
      .poll(() => form.locator(`${FORM} .zg-sr-assessment li[data-element="no-harm"]`).getAttribute('data-status'))
      .toBe('met');
    await page.screenshot({ path: `${SHOTS}/selfreport-form-filled.png` });
    await form.locator(`${FORM} .zg-sr-seal`).click();
    await form.locator(`${FORM}[data-state="sealed"]`).waitFor();
    const code = (await form.locator(`${FORM} .zg-sr-code`).textContent())?.trim() ?? '';
    expect(code).toMatch(RECEIPT);
    expect(await form.locator(`${FORM} .zg-sr-hash`).textContent()).toMatch(/^[0-9a-f]{64}$/);
    await page.screenshot({ path: `${SHOTS}/selfreport-receipt.png` });
    // The host page never holds the form: its own DOM has no form field of ours.
    expect(await page.locator('zhifa-guard-overlay textarea, zhifa-guard-overlay select').count()).toBe(0);
    // Closing the receipt removes the frame.
    await form.locator(`${FORM}`).getByRole('button', { name: '关闭' }).first().click();
    await expect.poll(() => page.locator(FRAME).count()).toBe(0);
    expect(errors).toEqual([]);

    // The record is in the extension's IndexedDB: the dashboard (extension origin) lists it.
    const dashboard = await browser.context.newPage();
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    const row = dashboard.locator(`tr[data-receipt="${code}"]`);
    await row.waitFor({ timeout: 10_000 });
    expect(await row.locator('td').nth(1).textContent()).toBe(caseId);
    expect(await row.locator('td').nth(2).textContent()).toBe('apl-44-prior-notice');
    // The sealed draft is gone from the drafts list.
    expect(await dashboard.locator('table[data-testid="drafts"] tr').count()).toBe(0);
    await dashboard.screenshot({ path: `${SHOTS}/selfreport-dashboard.png`, fullPage: true });

    // A bad bundle is refused with a message and nothing changes.
    await dashboard.locator('input[data-testid="import"]').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"something-else","records":[]}'),
    });
    await expect.poll(() => dashboard.locator('[data-testid="message"]').textContent()).toContain('导入被拒绝');
    expect(await dashboard.locator('[data-testid="total"]').textContent()).toBe('1');

    // A correction never rewrites the sealed record: it is sealed as version 2, linked to version 1.
    const reportId = await row.getAttribute('data-report-id');
    await row.locator('[data-testid="revise"]').click();
    const REVISION = '#sr-host .zg-sr';
    await dashboard.waitForSelector(`${REVISION}[data-state="editing"]`);
    await dashboard
      .locator(`${REVISION} textarea[name="correction.description"]`)
      .fill('撤销原决定，重新告知后依法作出决定；补充送达回证');
    await dashboard.locator(`${REVISION} .zg-sr-seal`).click();
    await dashboard.waitForSelector(`${REVISION}[data-state="sealed"]`);
    const second = (await dashboard.locator(`${REVISION} .zg-sr-code`).textContent())?.trim() ?? '';
    expect(second).toMatch(RECEIPT);
    expect(second).not.toBe(code);
    await dashboard.keyboard.press('Escape');
    await dashboard.reload();
    // The list shows the report once, at its latest version; both sealed versions remain.
    const latest = dashboard.locator(`tr[data-receipt="${second}"]`);
    await latest.waitFor({ timeout: 10_000 });
    expect(await latest.getAttribute('data-report-id')).toBe(reportId);
    expect(await dashboard.locator('[data-testid="total"]').textContent()).toBe('1');
    await latest.getByRole('button', { name: '版本' }).click();
    await expect
      .poll(() => dashboard.locator('tr.versions td:nth-child(3)').allTextContents())
      .toEqual(['第 1 版', '第 2 版']);
    expect(await dashboard.locator('tr.versions td.code').first().textContent()).toBe(code);
    await dashboard.close();
    await page.close();
  });
});

describe('liability-proceedings deadlines', () => {
  it('records a step on the dashboard, shows its deadline and reminds through a notification', async () => {
    const browser = await launchWithExtension();
    try {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
      const section = page.locator('[data-testid=proceedings]');
      await section.locator('select').selectOption('decision-received');
      // Received on Monday 2026-11-16: 15 days end on Tuesday 2026-12-01 (Art. 21).
      await section.locator('input[type=date]').first().fill('2026-11-16');
      await section.locator('input[type=text]').fill('济历市监罚〔2025〕37号');
      await section.locator('[data-testid=add-proceeding]').click();
      await expect.poll(() => section.locator('[data-testid=due]').first().textContent()).toContain('2026-12-01');
      await page.screenshot({ path: `${SHOTS}/proceedings.png`, fullPage: true });
      // The background's reminder pass (normally on an alarm) notifies once for a reminder day or an overdue step.
      const shown = await browser.worker.evaluate(async () => {
        const api = (globalThis as unknown as { zhifaRemindDue?: (now: Date) => Promise<number> }).zhifaRemindDue;
        if (!api) return -1;
        const first = await api(new Date('2026-11-24T02:00:00Z')); // 2026-11-24 is 7 days before the deadline
        const again = await api(new Date('2026-11-24T03:00:00Z'));
        return first * 10 + again;
      });
      expect(shown).toBe(10);
      await page.close();
    } finally {
      await browser.close();
    }
  });
});

describe('self-report in the widget', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchPlain();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('seals a self-report in the host IndexedDB and fires zhifa-guard:self-report with the receipt', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(new URL('widget.html', demo.url).href);
    await page.waitForFunction(() => Boolean((window as unknown as { demoWidget?: unknown }).demoWidget));
    await page.evaluate(() => {
      const w = window as unknown as { selfReports: unknown[] };
      w.selfReports = [];
      document.getElementById('zhifa-guard-widget')!.addEventListener('zhifa-guard:self-report', (event) => {
        w.selfReports.push((event as CustomEvent).detail);
      });
    });
    const FORM = '#zhifa-guard-widget .zg-sr';
    await page
      .locator('#zhifa-guard-widget .zg-finding[data-rule-id="apl-57-head-review"]')
      .getByRole('button', { name: '自查发现' })
      .click();
    await page.waitForSelector(`${FORM}[data-state="editing"]`);
    await fillRequired(page, FORM);
    await fillCorrection(page, FORM);
    await page.screenshot({ path: `${SHOTS}/selfreport-widget-form.png` });
    await page.locator(`${FORM} .zg-sr-seal`).click();
    await page.waitForSelector(`${FORM}[data-state="sealed"]`);
    const code = (await page.locator(`${FORM} .zg-sr-code`).textContent())?.trim() ?? '';
    expect(code).toMatch(RECEIPT);
    const events = (await page.evaluate(() => (window as unknown as { selfReports: unknown[] }).selfReports)) as {
      receipt: { code: string };
      record: { report: { ruleId: string; status: string } };
    }[];
    expect(events).toHaveLength(1);
    expect(events[0]!.receipt.code).toBe(code);
    expect(events[0]!.record.report.ruleId).toBe('apl-57-head-review');
    expect(events[0]!.record.report.status).toBe('sealed');
    // Kept in the host origin's IndexedDB, database zhifa-guard-widget.
    const names = await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
    expect(names).toContain('zhifa-guard-widget');
    await page.screenshot({ path: `${SHOTS}/selfreport-widget-receipt.png` });
    expect(errors).toEqual([]);
    await page.close();
  });
});
