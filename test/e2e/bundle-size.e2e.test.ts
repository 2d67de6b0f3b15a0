import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/** The page script every enabled case page loads: its budget (issue: ≤ 60 KB gzip -9), checked on the build. */
const CONTENT_SCRIPT = '.output/chrome-mv3/content-scripts/overlay.js';
const BUDGET_KB = 60;

describe('the built content script', () => {
  const code = readFileSync(CONTENT_SCRIPT);

  it(`stays within ${BUDGET_KB} KB gzip`, () => {
    expect(gzipSync(code, { level: 9 }).length / 1024).toBeLessThanOrEqual(BUDGET_KB);
  });

  it('carries neither the schema library nor the rule catalogue (the background checks)', () => {
    const text = code.toString('utf8');
    expect(text).not.toMatch(/ZodError|\$ZodType/);
    expect(text).not.toContain('apl-44-prior-notice');
  });
});
