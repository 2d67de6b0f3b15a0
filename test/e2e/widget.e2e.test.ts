import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPlain } from './browser';
import { startDemo, type DemoServer } from './demo';

let browser: Browser;
let demo: DemoServer;

beforeAll(async () => {
  demo = await startDemo();
  browser = await launchPlain();
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

async function openWidgetPage(): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(new URL('widget.html', demo.url).href);
  await page.waitForFunction(() => Boolean((window as unknown as { demoWidget?: unknown }).demoWidget));
  return { page, errors, requests };
}

const ruleIds = (page: Page, status: string) =>
  page
    .locator(`#zhifa-guard-widget .zg-finding[data-status="${status}"]`)
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-rule-id')));

describe('the embeddable widget on the demo host page', () => {
  it('shows the expected findings for the case the host passes in', async () => {
    const { page, errors } = await openWidgetPage();
    // No head's approval in the host's complete timeline; the notice does not say it named the hearing right.
    expect(await ruleIds(page, 'violation')).toContain('apl-57-head-review');
    expect(await ruleIds(page, 'review')).toContain('apl-63-hearing-right');
    expect(errors).toEqual([]);
    await page.screenshot({ path: 'test/e2e/out/widget-demo.png', fullPage: true });
    await page.close();
  });

  it('re-checks as a field changes and fires zhifa-guard:report', async () => {
    const { page } = await openWidgetPage();
    await page.evaluate(() => {
      const w = window as unknown as { reports: unknown[] };
      w.reports = [];
      document.getElementById('zhifa-guard-widget')!.addEventListener('zhifa-guard:report', (event) => {
        w.reports.push((event as CustomEvent).detail);
      });
    });
    await page.locator('#w-ev-hearing-notice').fill('2025-12-08');
    await page.locator('#w-ev-hearing-notice').dispatchEvent('change');
    await expect.poll(() => ruleIds(page, 'review')).not.toContain('apl-63-hearing-right');
    const reports =
      (await page.evaluate(
        () => (window as unknown as { reports: { caseId: string; findings: unknown[] }[] }).reports,
      )) ?? [];
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.at(-1)!.caseId).toBe('济章市监罚〔2025〕6号');
    await page.close();
  });

  it('ZhifaGuard.check is synchronous, has the CLI shape, and names the JSON path of bad input', async () => {
    const { page } = await openWidgetPage();
    const result = await page.evaluate(() => {
      const api = (window as unknown as { ZhifaGuard: { check: (c: unknown, o?: unknown) => unknown } }).ZhifaGuard;
      const report = api.check(
        {
          schemaVersion: 1,
          id: 'W-1',
          actionType: 'penalty',
          procedure: 'simple',
          party: { kind: 'person' },
          decision: { kinds: ['fine'], fineAmount: 500 },
        },
        { today: '2026-07-01' },
      ) as { caseId: string; findings: { ruleId: string; status: string }[]; passed: number; notApplicable: number };
      let error = '';
      try {
        api.check({
          schemaVersion: 1,
          id: 'W-2',
          actionType: 'penalty',
          events: [{ kind: 'decision', at: '2025/1/1' }],
        });
      } catch (thrown) {
        error = (thrown as Error).message;
      }
      return { report, error };
    });
    expect(result.report.caseId).toBe('W-1');
    expect(result.report.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'apl-51-simplified', status: 'violation' }),
    );
    expect(typeof result.report.passed).toBe('number');
    expect(result.error).toContain('$.events[0].at');
    await page.close();
  });

  it('two widgets on one page do not interfere, and nothing leaks into the host', async () => {
    const { page } = await openWidgetPage();
    const state = await page.evaluate(async () => {
      const make = (id: string, fine: number) => {
        const element = document.createElement('zhifa-guard-panel');
        element.id = id;
        element.setAttribute('today', '2026-07-01');
        element.setAttribute(
          'case',
          JSON.stringify({
            schemaVersion: 1,
            id,
            actionType: 'penalty',
            procedure: 'simple',
            party: { kind: 'person' },
            decision: { kinds: ['fine'], fineAmount: fine },
          }),
        );
        document.body.append(element);
        return element;
      };
      const a = make('A-1', 100);
      const b = make('B-2', 5000);
      a.setAttribute('locale', 'en');
      await new Promise((resolve) => setTimeout(resolve, 100));
      const count = (el: Element, status: string) =>
        el.shadowRoot!.querySelectorAll(`.zg-finding[data-status="${status}"]`).length;
      return {
        aViolations: count(a, 'violation'),
        bViolations: count(b, 'violation'),
        aText: a.shadowRoot!.textContent,
        bText: b.shadowRoot!.textContent,
        hostStyles: document.querySelectorAll('head style').length,
        globals: Object.keys(window).filter((key) => /zhifa|preact|signal/i.test(key)),
      };
    });
    expect(state.aViolations).toBe(0);
    expect(state.bViolations).toBeGreaterThan(0);
    expect(state.aText).toContain('Zhifa Guard');
    expect(state.bText).toContain('执法自查守护');
    expect(state.hostStyles).toBe(0);
    expect(state.globals).toEqual(['ZhifaGuard']);
    await page.close();
  });
});

describe('the built widget files', () => {
  for (const file of ['dist/widget/zhifa-guard.js', 'dist/widget/zhifa-guard.mjs']) {
    it(`${file} has no extension APIs and makes no network requests of its own`, () => {
      const code = readFileSync(file, 'utf8');
      expect(code).not.toMatch(/\bchrome\.\w/);
      expect(code).not.toMatch(/\bbrowser\.(runtime|storage|tabs)/);
      expect(code).not.toMatch(/\bfetch\(|XMLHttpRequest|sendBeacon|new WebSocket|EventSource/);
    });
  }

  it('makes no request beyond the host page and its own script', async () => {
    const { page, requests } = await openWidgetPage();
    const origin = new URL(demo.url).origin;
    expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
    await page.close();
  });
});
