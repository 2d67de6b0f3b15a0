#!/usr/bin/env node
// Runs the TypeScript CLI through tsx (a runtime dependency), so `npx zhifa-guard` works after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../lib/cli/main.ts');
const code = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
process.exitCode = code;
