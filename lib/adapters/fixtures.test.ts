// @vitest-environment happy-dom
/**
 * Golden tests: every saved page in test/fixtures/pages/<name>.html is read with extractCase and
 * must give exactly <name>.expected.json. To regenerate after a deliberate change, run
 * `UPDATE_GOLDENS=1 npx vitest run lib/adapters/fixtures.test.ts` and review the diff.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseSchema } from '../case/schema';
import { FIXTURE_DIR, fixtureJson, loadPage } from '../../test/fixtures/pages/load-page';
import { extractCase } from './generic';

const URL = 'http://10.20.1.5:8080/zfba/case/detail.do?id=1';
const PAGES = [
  'elementui-case-form',
  'jsp-table-form',
  'readonly-descriptions',
  'layui-form',
  'decision-document',
  'tabbed-hidden-tabs',
  'list-beside-form',
  'portal-frame',
  'unseen-bootstrap3-horizontal',
  'unseen-iview-simple',
  'unseen-antdv1-coercion',
  'unseen-legacy-font',
  'unseen-fieldset-grid',
  'unseen-stacked-license',
  'unseen-arco-inspection',
  'unseen-extjs4-tax',
  'unseen-vxe-health',
  'unseen-list-timeline',
  'unseen2-aspnet-webforms',
  'unseen2-easyui-health',
  'unseen2-angular-material',
  'unseen2-elplus-bordered',
  'unseen2-struts-rowspan',
  'unseen2-title-bar',
  'unseen2-oplog-beside-form',
];

describe('extractCase on saved pages', () => {
  for (const name of PAGES) {
    it(`${name} matches its golden case`, () => {
      const result = extractCase(loadPage(name), { url: URL });
      const actual = JSON.parse(JSON.stringify(result.case));
      if (process.env.UPDATE_GOLDENS) {
        writeFileSync(join(FIXTURE_DIR, `${name}.expected.json`), `${JSON.stringify(actual, null, 2)}\n`);
      }
      expect(actual).toEqual(fixtureJson(name));
      expect(caseSchema.safeParse(actual).success).toBe(true);
      expect(result.unreadable).toEqual(result.case.origin?.unreadable);
    });

    it(`${name}: every filled top-level field points at an element of the page`, () => {
      const result = extractCase(loadPage(name), { url: URL });
      const shown = Object.keys(result.case).filter((key) => !['schemaVersion', 'origin', 'actionType'].includes(key));
      const missing = shown.filter(
        (key) => !(key === 'id' && result.unreadable.includes('id')) && !result.fields.has(key),
      );
      expect(missing).toEqual([]);
      for (const element of result.fields.values()) expect(element.nodeType).toBe(1);
    });
  }
});
