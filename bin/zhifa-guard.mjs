#!/usr/bin/env node
// Runs the TypeScript CLI through tsx (a runtime dependency), so `npx zhifa-guard` works after `npm ci`.
import { register } from 'tsx/esm/api';

register();
// A closed pipe (`zhifa-guard rules | head`) is a normal way to stop reading, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { main } = await import('../lib/cli/main.ts');
const code = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
process.exitCode = code;
