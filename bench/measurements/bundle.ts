import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { MeasurementDef } from '../lib/types';

const CONTENT_SCRIPT = '.output/chrome-mv3/content-scripts/overlay.js';
const WIDGET = 'dist/widget/zhifa-guard.js';

function ensureBuilt(file: string, command: string[]): void {
  if (existsSync(file)) return;
  execFileSync('npx', command, { stdio: 'ignore' });
}

export function gzipKb(file: string): number {
  return Math.round((gzipSync(readFileSync(file), { level: 9 }).length / 1024) * 10) / 10;
}

/** Sizes of what a browser downloads, gzip -9, in KiB (built first when missing). */
export const bundleMeasurements: MeasurementDef[] = [
  {
    name: 'bundle.content_script_gzip_kb',
    description: 'extension content script (.output/chrome-mv3/content-scripts/overlay.js), gzip -9',
    async run() {
      ensureBuilt(CONTENT_SCRIPT, ['wxt', 'build']);
      return { name: this.name, value: gzipKb(CONTENT_SCRIPT), unit: 'KB', target: '<= 60' };
    },
  },
  {
    name: 'bundle.widget_gzip_kb',
    description: 'embeddable widget (dist/widget/zhifa-guard.js, IIFE), gzip -9',
    async run() {
      ensureBuilt(WIDGET, ['vite', 'build', '-c', 'vite.widget.config.ts']);
      return { name: this.name, value: gzipKb(WIDGET), unit: 'KB', target: '<= 40' };
    },
  },
];

/** Every chunk of the extension build, for the README's size table. */
export function extensionChunks(): { file: string; gzipKb: number }[] {
  const root = '.output/chrome-mv3';
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith('.js')) files.push(path);
    }
  };
  walk(root);
  return files.map((file) => ({ file, gzipKb: gzipKb(file) }));
}
