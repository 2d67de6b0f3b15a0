import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from './index';
import { LAW } from './helpers/laws';
import { ACTION_TYPES } from '../case/schema';

const RULES_DIR = new URL('.', import.meta.url).pathname;
const KNOWN_LAWS = new Set<string>(Object.values(LAW));

function ruleFiles(): string[] {
  const files: string[] = [];
  for (const group of readdirSync(RULES_DIR, { withFileTypes: true })) {
    if (!group.isDirectory() || group.name === 'helpers') continue;
    for (const file of readdirSync(join(RULES_DIR, group.name))) {
      if (file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== 'index.ts') files.push(join(group.name, file));
    }
  }
  return files;
}

describe('rule catalogue conventions', () => {
  it('has unique ids', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('registers every rule file, and each file is named after its rule id and has a test beside it', () => {
    const files = ruleFiles();
    const registered = new Set(RULES.map((rule) => rule.id));
    for (const file of files) {
      const id = file.split('/')[1]!.replace(/\.ts$/, '');
      expect(registered.has(id), `${file} is not registered in lib/rules`).toBe(true);
      expect(existsSync(join(RULES_DIR, file.replace(/\.ts$/, '.test.ts'))), `${file} has no test beside it`).toBe(
        true,
      );
    }
    expect(files.length).toBe(RULES.length);
  });

  it('has at least 45 rules covering Art. 7 items (一)–(七) and the four main acts', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(45);
    const items = new Set(RULES.map((rule) => rule.category));
    for (const item of [1, 2, 3, 4, 5, 6, 7]) expect(items.has(item as never), `Art. 7 item ${item}`).toBe(true);
    for (const act of ['penalty', 'coercion', 'license', 'inspection'] as const) {
      expect(RULES.filter((rule) => rule.appliesTo.includes(act)).length, act).toBeGreaterThanOrEqual(4);
    }
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      it('follows the id pattern', () => expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/));
      it('names an Art. 7 item and a severity', () => {
        expect([1, 2, 3, 4, 5, 6, 7, 8]).toContain(rule.category);
        expect(['high', 'medium', 'low']).toContain(rule.severity);
      });
      it('applies to known action types', () => {
        expect(rule.appliesTo.length).toBeGreaterThan(0);
        for (const type of rule.appliesTo) expect(ACTION_TYPES).toContain(type);
      });
      it('cites articles of known statutes', () => {
        expect(rule.citations.length).toBeGreaterThan(0);
        for (const citation of rule.citations) {
          expect(KNOWN_LAWS.has(citation.law), citation.law).toBe(true);
          expect(Number.isInteger(citation.article) && citation.article > 0).toBe(true);
        }
      });
      it('has a bilingual title, fix hint and messages worded as risk hints', () => {
        for (const text of [rule.title, rule.fix, ...Object.values(rule.messages)]) {
          expect(text.zh.trim().length).toBeGreaterThan(3);
          expect(text.en.trim().length).toBeGreaterThan(3);
          expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
        }
        for (const message of Object.values(rule.messages)) {
          expect(message.zh, 'zh message should be a hint: 可能/请核实/请').toMatch(/可能|请/);
        }
      });
      it('uses only message ids it defines', () => {
        const source = readFileSync(join(RULES_DIR, findFile(rule.id)), 'utf8');
        const used = [...source.matchAll(/\b(?:violation|review)\(\s*'([^']+)'/g)].map((match) => match[1]!);
        for (const id of used) expect(Object.keys(rule.messages), `${rule.id} uses ${id}`).toContain(id);
      });
    });
  }
});

function findFile(id: string): string {
  const file = ruleFiles().find((candidate) => candidate.endsWith(`/${id}.ts`));
  if (!file) throw new Error(`no file for ${id} under ${relative(process.cwd(), RULES_DIR)}`);
  return file;
}
