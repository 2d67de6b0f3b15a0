import type { Server } from 'node:http';

export interface DemoServerOptions {
  /** Default 5180; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Directory to serve instead of demo/. */
  root?: string;
  /** Directory served at /widget/* instead of dist/widget/. */
  widgetRoot?: string;
  /** Do not log unexpected errors. */
  quiet?: boolean;
}

export interface DemoServer {
  /** e.g. http://127.0.0.1:5180/ (always ends with a slash). */
  url: string;
  port: number;
  host: string;
  server: Server;
  close(): Promise<void>;
}

export declare const DEMO_ROOT: string;
export declare const WIDGET_ROOT: string;
export declare const DEFAULT_PORT: number;
export declare const DEFAULT_HOST: string;
export declare function contentType(fileName: string): string;
export declare function startDemoServer(options?: DemoServerOptions): Promise<DemoServer>;
