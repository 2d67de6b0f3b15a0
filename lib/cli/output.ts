import type { Writable } from 'node:stream';

/** Buffers small writes and waits for the stream to drain, so long batches run in constant memory. */
export class BufferedWriter {
  private chunks: string[] = [];
  private size = 0;

  constructor(
    private readonly stream: Writable,
    private readonly limit = 64 * 1024,
  ) {}

  async write(text: string): Promise<void> {
    this.chunks.push(text);
    this.size += text.length;
    if (this.size >= this.limit) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const text = this.chunks.join('');
    this.chunks = [];
    this.size = 0;
    if (!this.stream.write(text)) await new Promise<void>((resolve) => this.stream.once('drain', resolve));
  }
}
