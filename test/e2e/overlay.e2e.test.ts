import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { startDemo, type DemoServer } from './demo';

let browser: ExtensionBrowser;
/** The notice-date input of the Element-UI page (its label points at no id, as in real Element 2). */
const NOTICE_DATE = '.el-form-item:has(> label:text-is("告知书送达日期")) input';
let demo: DemoServer;
const SHOTS = 'test/e2e/out';

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  demo = await startDemo();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

interface OverlayState {
  caseId: string;
  violations: number;
  reviews: number;
  rules: { id: string; status: string }[];
}

async function openCase(name: string): Promise<{ page: Page; state: OverlayState }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(new URL(`${name}.html`, demo.url).href);
  await page.waitForSelector('zhifa-guard-overlay[data-case-id]', { state: 'attached', timeout: 15_000 });
  await page.waitForTimeout(300);
  const state = await readState(page);
  expect(errors, 'the host page must not get errors').toEqual([]);
  return { page, state };
}

async function readState(page: Page): Promise<OverlayState> {
  const host = page.locator('zhifa-guard-overlay');
  const rules = await page
    .locator('zhifa-guard-overlay .zg-finding')
    .evaluateAll((items) =>
      items.map((item) => ({ id: item.getAttribute('data-rule-id')!, status: item.getAttribute('data-status')! })),
    );
  return {
    caseId: (await host.getAttribute('data-case-id')) ?? '',
    violations: Number(await host.getAttribute('data-violations')),
    reviews: Number(await host.getAttribute('data-reviews')),
    rules,
  };
}

/** Reads a key of the extension's own storage (browser.storage.local) from its service worker. */
async function readExtensionStorage(key: string): Promise<unknown> {
  return browser.worker.evaluate(async (name) => {
    const api = (
      globalThis as unknown as {
        chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome;
    return (await api.storage.local.get(name))[name];
  }, key);
}

async function readAllStorage(): Promise<unknown> {
  return browser.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(key: null): Promise<unknown> } } } })
      .chrome;
    return api.storage.local.get(null);
  });
}

function violationIds(state: OverlayState): string[] {
  return state.rules.filter((rule) => rule.status === 'violation').map((rule) => rule.id);
}

describe('the overlay on every demo page style', () => {
  const pages: { name: string; caseId: string; violations: string[] }[] = [
    {
      name: 'case-element',
      caseId: '济历市监罚〔2025〕37号',
      violations: ['apl-44-prior-notice', 'apl-63-hearing-right'],
    },
    { name: 'case-jsp', caseId: '济市中综执简罚〔2025〕第0612号', violations: [] },
    {
      name: 'case-coercion-dl',
      caseId: '济天市监强扣〔2025〕9号',
      violations: ['acl-18-prior-approval', 'acl-25-seizure-term'],
    },
    {
      name: 'case-license-layui',
      caseId: '济历城审食许〔2025〕1583号',
      violations: ['all-42-decision-deadline', 'all-32-one-time-notice'],
    },
    { name: 'case-inspection-antd', caseId: 'JNHB-SSJ-2025-Q2-017', violations: [] },
    { name: 'case-writ', caseId: '济槐市监处罚〔2025〕15号', violations: [] },
    { name: 'case-tabs', caseId: '济历城综执罚〔2025〕203号', violations: ['apl-61-service'] },
    { name: 'frame-host', caseId: '(济槐)应急罚〔2025〕21号', violations: ['apl-42-officers'] },
    { name: 'case-split', caseId: '济市中市监罚〔2025〕88号', violations: ['apl-60-decision-deadline'] },
  ];
  for (const expected of pages) {
    it(`${expected.name}: reads ${expected.caseId} and shows the expected violations`, async () => {
      const { page, state } = await openCase(expected.name);
      expect(state.caseId).toBe(expected.caseId);
      for (const id of expected.violations) expect(violationIds(state)).toContain(id);
      if (expected.violations.length === 0) expect(state.violations).toBe(0);
      expect(await page.locator('zhifa-guard-overlay').count()).toBe(1);
      await page.screenshot({ path: `${SHOTS}/overlay-${expected.name}.png` });
      await page.close();
    });
  }
});

describe('an old frameset page', () => {
  it('reads the case in its frames and shows the panel in the case frame (a frameset shows nothing else)', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(new URL('frameset-host.html', demo.url).href);
    const main = page.frameLocator('frame[name="mainFrame"]');
    const host = main.locator('zhifa-guard-overlay[data-case-id]');
    await host.waitFor({ state: 'attached', timeout: 15_000 });
    expect(await host.getAttribute('data-case-id')).toBe('(济槐)应急罚〔2025〕21号');
    await expect
      .poll(() =>
        main
          .locator('zhifa-guard-overlay .zg-finding[data-status="violation"]')
          .evaluateAll((items) => items.map((item) => item.getAttribute('data-rule-id'))),
      )
      .toContain('apl-42-officers');
    // Visible in the case frame, and only one panel for the whole page.
    expect(await main.locator('zhifa-guard-overlay .zg-panel').isVisible()).toBe(true);
    expect(await page.locator('zhifa-guard-overlay').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/overlay-frameset.png` });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('working with the panel', () => {
  it('clicking a finding scrolls to and highlights the host field', async () => {
    const { page } = await openCase('case-element');
    await page.locator('zhifa-guard-overlay [data-rule-id="apl-44-prior-notice"] .zg-btn').first().click();
    const box = page.locator('.zhifa-guard-highlight');
    await expect.poll(() => box.count()).toBe(1);
    const boxRect = await box.boundingBox();
    const fieldRect = await page.locator(NOTICE_DATE).boundingBox();
    expect(boxRect && fieldRect).toBeTruthy();
    // The outline surrounds the notice-date input and is inside the viewport.
    expect(boxRect!.x).toBeLessThanOrEqual(fieldRect!.x);
    expect(boxRect!.x + boxRect!.width).toBeGreaterThanOrEqual(fieldRect!.x + fieldRect!.width);
    expect(boxRect!.y).toBeGreaterThanOrEqual(0);
    expect(boxRect!.y + boxRect!.height).toBeLessThanOrEqual(860);
    await page.screenshot({ path: `${SHOTS}/overlay-highlight.png` });
    await page.close();
  });

  it('fixing a field clears its finding', async () => {
    const { page, state } = await openCase('case-element');
    expect(violationIds(state)).toContain('apl-44-prior-notice');
    await page.locator(NOTICE_DATE).fill('2025-05-12');
    await page.locator(NOTICE_DATE).dispatchEvent('change');
    await expect
      .poll(async () => violationIds(await readState(page)), { timeout: 5000 })
      .not.toContain('apl-44-prior-notice');
    await page.close();
  });

  it('the gate stops 结案 while violations remain, and lets it through with a stated reason', async () => {
    const { page } = await openCase('case-element');
    const closeButton = page.locator('button[data-demo-action="close"]');
    await closeButton.click();
    const dialog = page.locator('zhifa-guard-overlay .zg-dialog');
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await page.locator('[data-demo-toast-message]').count(), 'the host must not see the click').toBe(0);
    await page.screenshot({ path: `${SHOTS}/overlay-gate.png` });
    const proceed = page.locator('zhifa-guard-overlay .zg-gate-proceed');
    expect(await proceed.isDisabled()).toBe(true);
    await page.locator('zhifa-guard-overlay #zg-gate-reason').fill('已与法制科沟通，决定书另行补正送达');
    await proceed.click();
    await expect.poll(() => page.locator('[data-demo-toast-message]').count()).toBeGreaterThan(0);
    const stored = await readExtensionStorage('gateOverrides');
    expect(stored).toEqual([
      expect.objectContaining({
        caseId: '济历市监罚〔2025〕37号',
        reason: '已与法制科沟通，决定书另行补正送达',
        button: '结案',
      }),
    ]);
    await page.close();
  });

  it('collapses to a pill and the host buttons stay clickable', async () => {
    const { page } = await openCase('case-jsp');
    await page.locator('zhifa-guard-overlay button[aria-label="收起"]').click();
    await expect.poll(() => page.locator('zhifa-guard-overlay .zg-pill').count()).toBe(1);
    await page.close();
  });

  it('moves away from a host button it would cover', async () => {
    const { page } = await openCase('case-jsp');
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.textContent = '打印';
      Object.assign(button.style, { position: 'fixed', right: '40px', top: '200px', zIndex: '1' });
      document.body.append(button);
      window.dispatchEvent(new Event('resize'));
    });
    await expect
      .poll(() => page.locator('zhifa-guard-overlay .zg-panel.zg-dock-left, zhifa-guard-overlay .zg-pill').count())
      .toBe(1);
    await page.close();
  });

  it('re-checks after an SPA navigation', async () => {
    const { page, state } = await openCase('case-split');
    const link = page.locator('[data-spa-case]').nth(1);
    if ((await link.count()) === 0) throw new Error('the demo has no SPA link');
    await link.click();
    await expect.poll(async () => (await readState(page)).caseId, { timeout: 5000 }).not.toBe(state.caseId);
    await page.close();
  });
});

describe('teach mode and site adapters', () => {
  it('teaching a field produces a working adapter, saved in the extension and used after a reload', async () => {
    const { page, state } = await openCase('case-element');
    expect(violationIds(state)).toContain('apl-44-prior-notice');
    await page.locator('zhifa-guard-overlay .zg-teach-open').click();
    await page.locator('zhifa-guard-overlay .zg-teach-field').selectOption('events.notice-of-intent');
    await page.locator('zhifa-guard-overlay .zg-teach-pick').click();
    // The officer points at the element that really shows the notice date on this site.
    await page.locator('.el-form-item:has(> label:text-is("受案时间")) input').click();
    await expect
      .poll(async () => violationIds(await readState(page)), { timeout: 5000 })
      .not.toContain('apl-44-prior-notice');
    const origin = new URL(demo.url).origin;
    const adapter = (await readExtensionStorage(`siteAdapter:${origin}`)) as {
      id: string;
      fields: Record<string, unknown>;
    };
    expect(adapter.fields['events.notice-of-intent']).toMatchObject({ parser: 'date' });
    await page.reload();
    await page.waitForSelector('zhifa-guard-overlay[data-case-id]', { state: 'attached' });
    await page.waitForTimeout(300);
    expect(await page.locator('zhifa-guard-overlay').getAttribute('data-adapter')).toBe(adapter.id);
    expect(violationIds(await readState(page))).not.toContain('apl-44-prior-notice');
    await page.close();
  });

  it('refuses a bad adapter file with a clear message and changes nothing', async () => {
    const before = await readAllStorage();
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('[data-testid=import-adapter]').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ id: 'Bad Id', fields: { 'party.nmae': 'x' } })),
    });
    const message = options.locator('[data-testid=options-message]');
    await expect.poll(() => message.textContent()).toContain('适配器文件无效，未做任何更改');
    expect(await readAllStorage()).toEqual(before);
    await options.close();
  });
});

describe('enabling a new site', () => {
  it('runs the overlay on a site only after the officer enables it', async () => {
    const other = await startDemo('127.0.0.2');
    try {
      const page = await browser.context.newPage();
      await page.goto(new URL('case-jsp.html', other.url).href);
      await page.waitForTimeout(1500);
      expect(await page.locator('zhifa-guard-overlay').count()).toBe(0);
      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await options.locator('input[type=url]').fill(other.url);
      await options.locator('[data-testid=add-site]').click();
      await expect.poll(() => options.locator('[data-testid=options-message]').textContent()).toContain('已启用');
      await page.reload();
      await page.waitForSelector('zhifa-guard-overlay[data-case-id]', { state: 'attached', timeout: 10_000 });
      expect(await page.locator('zhifa-guard-overlay').getAttribute('data-case-id')).toBe(
        '济市中综执简罚〔2025〕第0612号',
      );
      await options.close();
      await page.close();
    } finally {
      await other.close();
    }
  });
});

describe('decision documents on the page', () => {
  it('checks the document text and highlights the sentence a finding is about', async () => {
    const { page } = await openCase('case-writ-defective');
    const documentFinding = page.locator(
      'zhifa-guard-overlay .zg-finding[data-rule-id^="doc-"][data-status="violation"]',
    );
    await expect.poll(() => documentFinding.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const basis = page.locator('zhifa-guard-overlay .zg-finding[data-rule-id^="basis-"][data-status="violation"]');
    await expect.poll(() => basis.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const messages = await documentFinding.locator('.zg-message').allTextContents();
    expect(messages.join('\n')).toMatch(/十五日|三个月/);
    await documentFinding.first().locator('.zg-btn').first().click();
    const boxes = page.locator('.zhifa-guard-highlight');
    await expect.poll(() => boxes.count()).toBeGreaterThan(0);
    // The highlight covers text of the remedy sentence in the document.
    const box = (await boxes.first().boundingBox())!;
    const sentence = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.textContent ?? '', {
      x: box.x + 4,
      y: box.y + box.height / 2,
    });
    expect(sentence).toMatch(/行政复议|行政诉讼|依据/);
    await page.screenshot({ path: `${SHOTS}/overlay-document.png` });
    await page.close();
  });
});
