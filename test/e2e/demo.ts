import { startDemoServer } from '../../scripts/serve-demo.mjs';

export interface DemoServer {
  url: string;
  close(): Promise<void>;
}

export async function startDemo(host = '127.0.0.1'): Promise<DemoServer> {
  return (await startDemoServer({ port: 0, host })) as DemoServer;
}
