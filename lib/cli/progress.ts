import type { Writable } from 'node:stream';

/** A one-line progress indicator on a terminal's stderr; silent when stderr is not a terminal. */
export class Progress {
  private count = 0;
  private lastDraw = 0;
  private readonly started = Date.now();
  private readonly enabled: boolean;

  constructor(private readonly stream: Writable & { isTTY?: boolean }) {
    this.enabled = Boolean(stream.isTTY);
  }

  tick(): void {
    this.count++;
    if (!this.enabled || (this.count & 255) !== 0) return;
    const now = Date.now();
    if (now - this.lastDraw < 200) return;
    this.lastDraw = now;
    const seconds = (now - this.started) / 1000;
    const rate = Math.round(this.count / Math.max(seconds, 0.001));
    const bar = '█'.repeat(Math.min(20, Math.floor(seconds * 2) % 21)).padEnd(20, '░');
    this.stream.write(`\r${bar} 已检查 ${this.count} 件 checked · ${rate}/s`);
  }

  done(): void {
    if (this.enabled && this.lastDraw > 0) this.stream.write('\r\x1b[2K');
  }
}
