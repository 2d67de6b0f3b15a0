#!/usr/bin/env node
/**
 * `npm start`: builds the extension (Chromium and Firefox) and the widget, then serves the demo
 * host system on 127.0.0.1 and says where to load the unpacked extension.
 *   npm start -- --port 5180 --host 127.0.0.1
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemoServer, DEFAULT_PORT, DEFAULT_HOST } from './serve-demo.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};

function run(label, command, commandArgs) {
  process.stdout.write(`▶ ${label}\n`);
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) {
    process.stderr.write(`✖ ${label} 失败 / failed (exit ${result.status})\n`);
    process.exit(result.status ?? 1);
  }
}

run('构建浏览器扩展 Building the extension (Chromium)', 'npx', ['wxt', 'build']);
run('构建浏览器扩展 Building the extension (Firefox)', 'npx', ['wxt', 'build', '-b', 'firefox']);
run('构建嵌入组件 Building the widget', 'npx', ['vite', 'build', '-c', 'vite.widget.config.ts', '--logLevel', 'warn']);

const demo = await startDemoServer({ port: Number(option('port', DEFAULT_PORT)), host: option('host', DEFAULT_HOST) });
const chrome = path.join(root, '.output', 'chrome-mv3');
const firefox = path.join(root, '.output', 'firefox-mv2');
process.stdout.write(`
执法自查守护 演示系统已启动 / Demo host system running: ${demo.url}

加载扩展 Load the extension:
  Chromium: 打开 chrome://extensions → 开启“开发者模式” → “加载已解压的扩展程序” → ${chrome}
  Firefox:  打开 about:debugging#/runtime/this-firefox → “临时载入附加组件” → ${firefox}/manifest.json
然后访问 Then open: ${demo.url}
嵌入组件演示 Widget demo: ${new URL('widget.html', demo.url).href}
按 Ctrl+C 停止 / Ctrl+C stops.
`);
