/** Progress on stderr: a redrawn bar with steps/s and ETA on a terminal, plain lines otherwise. */

export interface ProgressSink {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

export class Progress {
  private readonly start: number;
  private lastDraw = -Infinity;
  private lastTenth = -1;

  constructor(
    private readonly sink: ProgressSink,
    private readonly total: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.start = now();
  }

  /** Draws at most ~10 times a second on a terminal, and every 10 % otherwise. */
  update(step: number): void {
    const elapsed = (this.now() - this.start) / 1000;
    const rate = elapsed > 0 ? step / elapsed : 0;
    const eta = rate > 0 ? (this.total - step) / rate : Infinity;
    const text = `${step.toLocaleString('en-US')}/${this.total.toLocaleString('en-US')} steps  ${rate.toFixed(1)} steps/s  ETA ${duration(eta)}`;
    if (this.sink.isTTY) {
      if (this.now() - this.lastDraw < 100 && step < this.total) return;
      this.lastDraw = this.now();
      const width = 30;
      const filled = Math.round((width * step) / this.total);
      this.sink.write(`\r[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${text}\x1b[K`);
    } else {
      const tenth = Math.floor((10 * step) / this.total);
      if (tenth === this.lastTenth) return;
      this.lastTenth = tenth;
      this.sink.write(`progress: ${text}\n`);
    }
  }

  /** Ends the bar's line on a terminal, also when a run stops early (every net diverged). */
  finish(): void {
    if (this.sink.isTTY) this.sink.write('\n');
  }
}
