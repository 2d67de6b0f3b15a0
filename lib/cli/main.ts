import { runCheck, CHECK_HELP } from './commands/check';
import { runDecisionCommand } from './commands/decision';
import { runExtract } from './commands/extract';
import { runExemption } from './commands/exemption';
import { runVerify } from './commands/verify';
import { runRulesCommand } from './commands/rules';
import { runSchema } from './commands/schema';
import { UsageError, type CliIo } from './io';

type Command = (argv: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, { run: Command; summary: string }> = {
  check: { run: runCheck, summary: '检查案件 JSON / check case JSON files' },
  rules: { run: runRulesCommand, summary: '列出规则目录 / list the rule catalogue [--format json]' },
  decision: {
    run: runDecisionCommand,
    summary:
      '解析并检查处罚决定书（.txt/.docx/.html 或文件夹） / parse and check decisions (.txt/.docx/.html or folders) [--format json]',
  },
  extract: {
    run: runExtract,
    summary: '从保存的办案页面读取案件 / read cases from saved pages [--adapter file.json] [--format json]',
  },
  verify: {
    run: runVerify,
    summary: '核验自查报告备份文件的记录链 / verify self-report bundles (exit 1 if a sealed record changed)',
  },
  exemption: {
    run: runExemption,
    summary: '评估第十二条第（一）项免责要件 / assess the Art. 12(1) exemption [--format json]',
  },
  schema: { run: runSchema, summary: '输出案件 JSON Schema / print the case JSON Schema' },
};

function help(): string {
  const lines = [
    '执法自查守护 zhifa-guard — 行政执法过错风险自查（济南市人民政府令第294号）',
    '',
    '用法 usage: zhifa-guard <command> [...]',
    '',
  ];
  for (const [name, command] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(10)} ${command.summary}`);
  lines.push('', CHECK_HELP);
  return lines.join('\n') + '\n';
}

/** Runs the CLI and returns its exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(help());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`未知命令 "${name}" / unknown command\n\n${help()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string })?.code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`zhifa-guard ${name}: ${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}
