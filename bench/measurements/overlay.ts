import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { launchWithExtension } from '../../test/e2e/browser';
import { startDemoServer } from '../../scripts/serve-demo.mjs';
import { once, type MeasurementDef } from '../lib/types';

const PADDED_ROOT = 'bench/out/padded-demo';
const PAGE = 'case-element.html';
const RUNS = 7;

/** A copy of the demo with the Element-UI case page padded by an operations log of ~5,000 elements. */
function paddedDemo(): string {
  mkdirSync(PADDED_ROOT, { recursive: true });
  cpSync('demo', PADDED_ROOT, { recursive: true });
  const rows: string[] = [];
  for (let i = 0; i < 1000; i++) {
    rows.push(
      `<tr><td>${i + 1}</td><td>2025-0${(i % 9) + 1}-1${i % 10}</td><td>操作员${i % 37}</td><td>查看案卷第${i}页</td></tr>`,
    );
  }
  const log = `<section class="ops-log"><h3>操作日志</h3><table><thead><tr><th>序号</th><th>时间</th><th>操作人</th><th>操作内容</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
  const html = readFileSync(`demo/${PAGE}`, 'utf8').replace('</body>', `${log}</body>`);
  writeFileSync(`${PADDED_ROOT}/${PAGE}`, html);
  return PADDED_ROOT;
}

const measure = once(async () => {
  execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
  const demo = await startDemoServer({ port: 0, root: paddedDemo(), quiet: true });
  const browser = await launchWithExtension();
  const first: number[] = [];
  const recheck: number[] = [];
  let elements = 0;
  try {
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.context.newPage();
      await page.goto(new URL(PAGE, demo.url).href);
      const host = page.locator('zhifa-guard-overlay[data-check-count]');
      await host.waitFor({ state: 'attached' });
      elements = await page.evaluate(() => document.getElementsByTagName('*').length);
      first.push(Number(await host.getAttribute('data-check-ms')));
      const input = page.locator('.el-form-item:has(> label:text-is("告知书送达日期")) input');
      await input.fill(run % 2 ? '2025-05-12' : '2025-05-13');
      await input.dispatchEvent('change');
      await page.waitForFunction(
        () => Number(document.querySelector('zhifa-guard-overlay')?.getAttribute('data-check-count')) >= 2,
      );
      recheck.push(Number(await host.getAttribute('data-check-ms')));
      await page.close();
    }
  } finally {
    await browser.close();
    await demo.close();
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { first: median(first), recheck: median(recheck), elements };
});

/** The overlay in headless Chromium on a demo page padded to ~5,000 elements (median of 7 loads). */
export const overlayMeasurements: MeasurementDef[] = [
  {
    name: 'overlay.first_check_ms',
    description: 'extract + check + render on the padded Element-UI demo page (median of 7 loads)',
    async run() {
      const { first, elements } = await measure();
      console.log(`  (page has ${elements} elements)`);
      return { name: this.name, value: first, unit: 'ms', target: '<= 50' };
    },
  },
  {
    name: 'overlay.recheck_ms',
    description: 'extract + check + render after one edit on the same page (median of 7)',
    async run() {
      const { recheck } = await measure();
      return { name: this.name, value: recheck, unit: 'ms', target: '<= 16' };
    },
  },
];
