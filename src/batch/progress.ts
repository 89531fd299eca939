/**
 * Progress on stderr: a live line when stderr is a terminal (pages done of total when known, pages/s,
 * failures, ETA), otherwise nothing until the one-line summary at the end.
 */
const REDRAW_MS = 150;

export interface ProgressStream {
  isTTY?: boolean;
  write(chunk: string): boolean;
}

const seconds = (ms: number) => {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
};

export class Progress {
  private done = 0;
  private failed = 0;
  private readonly started = performance.now();
  private lastDraw = 0;

  constructor(
    private readonly stream: ProgressStream | null,
    private readonly total: number | null,
  ) {}

  get failures(): number {
    return this.failed;
  }

  tick(ok: boolean): void {
    this.done++;
    if (!ok) this.failed++;
    if (!this.stream?.isTTY) return;
    const now = performance.now();
    if (now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    this.stream.write(`\r\x1b[K${this.line(now)}`);
  }

  private line(now: number): string {
    const elapsed = now - this.started;
    const rate = this.done / Math.max(elapsed / 1000, 1e-3);
    const parts = [this.total === null ? `${this.done} pages` : `${this.done}/${this.total} pages`, `${rate.toFixed(1)} pages/s`, `${this.failed} failed`];
    if (this.total !== null && this.done > 0 && this.done < this.total) {
      const bar = 20;
      const filled = Math.round((bar * this.done) / this.total);
      parts.unshift(`[${'#'.repeat(filled)}${'.'.repeat(bar - filled)}]`);
      parts.push(`ETA ${seconds((this.total - this.done) / rate * 1000)}`);
    }
    return `copydesk ${parts.join('  ')}`;
  }

  /** The summary: always one line, also when stderr is a file or a pipe. */
  finish(): void {
    if (!this.stream) return;
    const elapsed = performance.now() - this.started;
    const rss = Math.round(process.resourceUsage().maxRSS / 1024);
    const rate = this.done / Math.max(elapsed / 1000, 1e-3);
    const clear = this.stream.isTTY ? '\r\x1b[K' : '';
    this.stream.write(`${clear}copydesk: ${this.done} ${this.done === 1 ? 'page' : 'pages'} in ${(elapsed / 1000).toFixed(1)} s (${rate.toFixed(1)} pages/s), ${this.done - this.failed} ok, ${this.failed} failed, peak RSS ${rss} MB\n`);
  }
}
