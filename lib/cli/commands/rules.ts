import { parseArgs } from 'node:util';
import { art7Heading, formatCitation } from '../../engine/citation';
import { RULES } from '../../rules';
import type { CliIo } from '../io';

export async function runRulesCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { format: { type: 'string', default: 'text' } } });
  if (values.format === 'json') {
    const list = RULES.map((rule) => ({
      id: rule.id,
      title: rule.title,
      category: rule.category,
      severity: rule.severity,
      appliesTo: rule.appliesTo,
      citations: rule.citations.map((citation) => ({ paragraph: null, item: null, ...citation })),
      fix: rule.fix,
      messages: rule.messages,
    }));
    io.stdout.write(JSON.stringify({ count: list.length, rules: list }, null, 2) + '\n');
    return 0;
  }
  const byItem = [...RULES].sort((a, b) => a.category - b.category || (a.id < b.id ? -1 : 1));
  let lastItem = 0;
  const lines: string[] = [`规则目录：共 ${RULES.length} 条`];
  for (const rule of byItem) {
    if (rule.category !== lastItem) {
      lines.push('', `【${art7Heading(rule.category)}】`);
      lastItem = rule.category;
    }
    lines.push(`  ${rule.id}  ${rule.title.zh}  [${rule.severity}; ${rule.appliesTo.join(',')}]`);
    lines.push(`    ${rule.citations.map((citation) => formatCitation(citation)).join('、')}`);
  }
  io.stdout.write(lines.join('\n') + '\n');
  return 0;
}
