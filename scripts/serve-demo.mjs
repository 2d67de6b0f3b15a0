#!/usr/bin/env node
/**
 * Static server for the demo host system (demo/): a stand-in for a 执法办案系统 that the
 * extension, the widget and the e2e tests run against. Plain node:http, no dependencies.
 *
 *   node scripts/serve-demo.mjs [--port N] [--host 127.0.0.1]     (default 127.0.0.1:5180; --port 0 = random)
 *
 * In-process use (e2e tests):
 *   import { startDemoServer } from '../scripts/serve-demo.mjs';
 *   const demo = await startDemoServer({ port: 0 });   // demo.url === 'http://127.0.0.1:PORT/'
 *   ...
 *   await demo.close();
 *
 * Routes: everything under demo/ (a directory serves its index.html); /widget/* is served from
 * dist/widget/ when that build exists (404 otherwise). Only GET and HEAD. Paths that leave the
 * served directory (.., encoded .., symlinks pointing outside) are refused.
 */
import { createServer } from 'node:http';
import { realpath, stat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEMO_ROOT = path.join(REPO_ROOT, 'demo');
export const WIDGET_ROOT = path.join(REPO_ROOT, 'dist', 'widget');
export const DEFAULT_PORT = 5180;
export const DEFAULT_HOST = '127.0.0.1';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
};

/** The content type for a file name (utf-8 charset on every text type). */
export function contentType(fileName) {
  return TYPES[path.extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/**
 * Map a URL path onto a file inside `root`, or throw HttpError. Decodes percent escapes once,
 * refuses NUL bytes, backslashes, and any `..` segment, then checks the resolved real path is
 * still inside the real root (so symlinks cannot escape either).
 */
async function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    throw new HttpError(400, 'Bad Request: malformed URL');
  }
  if (decoded.includes('\0') || decoded.includes('\\')) throw new HttpError(400, 'Bad Request');
  const segments = decoded.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => s === '..' || s === '.')) throw new HttpError(403, 'Forbidden: path traversal');

  const realRoot = await realpath(root).catch(() => {
    throw new HttpError(404, 'Not Found');
  });
  let target = path.join(realRoot, ...segments);
  let info = await stat(target).catch(() => null);
  if (info?.isDirectory()) {
    target = path.join(target, 'index.html');
    info = await stat(target).catch(() => null);
  }
  if (!info?.isFile()) throw new HttpError(404, 'Not Found');
  const real = await realpath(target);
  if (real !== realRoot && !real.startsWith(realRoot + path.sep)) throw new HttpError(403, 'Forbidden');
  return real;
}

async function handle(req, res, roots) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Method Not Allowed\n');
    return;
  }
  const rawPath = (req.url ?? '/').split(/[?#]/, 1)[0] || '/';
  if (!rawPath.startsWith('/')) throw new HttpError(400, 'Bad Request');

  let root = roots.demo;
  let rest = rawPath;
  if (rawPath === '/widget' || rawPath.startsWith('/widget/')) {
    root = roots.widget;
    rest = rawPath.slice('/widget'.length) || '/';
  }
  const file = await resolveInside(root, rest);
  const body = await readFile(file);
  res.writeHead(200, {
    'Content-Type': contentType(file),
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Start the demo server. Resolves once it listens.
 * @param {{ port?: number, host?: string, root?: string, widgetRoot?: string, quiet?: boolean }} [options]
 *   port: default 5180, 0 picks a free port; host: default 127.0.0.1.
 * @returns {Promise<{ url: string, port: number, host: string, server: import('node:http').Server, close: () => Promise<void> }>}
 */
export async function startDemoServer(options = {}) {
  const port = options.port ?? DEFAULT_PORT;
  const host = options.host ?? DEFAULT_HOST;
  const roots = { demo: options.root ?? DEMO_ROOT, widget: options.widgetRoot ?? WIDGET_ROOT };

  const server = createServer((req, res) => {
    handle(req, res, roots).catch((error) => {
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof HttpError ? error.message : 'Internal Server Error';
      if (!(error instanceof HttpError) && !options.quiet) console.error('[serve-demo]', error);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(`${status} ${message}\n`);
    });
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  const url = `http://${urlHost}:${actualPort}/`;

  let closing;
  const close = () => {
    closing ??= new Promise((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections?.();
    });
    return closing;
  };
  return { url, port: actualPort, host, server, close };
}

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg];
    const value = () => inline ?? argv[++i];
    if (flag === '--port' || flag === '-p') {
      const raw = value();
      const port = Number(raw);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid --port: ${raw}`);
      options.port = port;
    } else if (flag === '--host') {
      const host = value();
      if (!host) throw new Error('--host needs a value');
      options.host = host;
    } else if (flag === '--help' || flag === '-h') {
      options.help = true;
    } else {
      throw new Error(`unknown argument: ${arg}`);
    }
  }
  return options;
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;

if (invokedDirectly) {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`serve-demo: ${error.message}`);
    process.exit(2);
  }
  if (options.help) {
    console.log('usage: node scripts/serve-demo.mjs [--port N] [--host 127.0.0.1]   (port 0 = random free port)');
    process.exit(0);
  }
  startDemoServer(options).then(
    (demo) => {
      const stop = () => demo.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      console.log(`济南市行政执法办案平台（演示） demo host system: ${demo.url}`);
      console.log(`serving ${DEMO_ROOT} (and /widget/* from ${WIDGET_ROOT} when built); Ctrl+C to stop`);
    },
    (error) => {
      console.error(`serve-demo: cannot listen: ${error.message}`);
      process.exit(1);
    },
  );
}
