// A one-line progress display on stderr, only when stderr is a terminal
// (logs and pipes stay clean): sources done out of the total and DNS queries
// in flight. Redrawn at most every `refreshMs`, and on a timer while a run
// is tracked, so thousands of sources do not mean thousands of writes and a
// slow stretch (everything waiting on DNS) still shows the queries moving.

export interface RunProgress {
  /** Sources the run resolves (senders, hosts and static entries). */
  readonly total: number;
  /** DNS queries running now. */
  inFlight(): number;
}

export interface ProgressStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

const DEFAULT_REFRESH_MS = 200;

export class ProgressLine {
  private done = 0;
  private last: string | undefined;
  private shown = false;
  private drawnAt = -Infinity;
  private run: RunProgress | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly stream: ProgressStream,
    private readonly refreshMs = DEFAULT_REFRESH_MS,
  ) {}

  /** Shows the total and the queries in flight from now on, redrawing until clear(). */
  track(run: RunProgress): void {
    this.run = run;
    if (!this.stream.isTTY) return;
    this.draw();
    clearInterval(this.timer);
    // unref: the display never keeps a finished process alive.
    this.timer = setInterval(() => {
      this.draw();
    }, this.refreshMs).unref();
  }

  sourceDone(name: string): void {
    this.done += 1;
    this.last = name;
    if (performance.now() - this.drawnAt >= this.refreshMs) this.draw();
  }

  clear(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    if (this.shown) this.stream.write('\r\x1b[2K');
    this.shown = false;
  }

  private draw(): void {
    if (!this.stream.isTTY) return;
    const sources = this.run ? `${this.done}/${this.run.total}` : `${this.done}`;
    const inFlight = this.run ? `, ${this.run.inFlight()} DNS queries in flight` : '';
    const last = this.last === undefined ? '' : ` (last: ${this.last})`;
    this.stream.write(`\r\x1b[2Kresolved ${sources} sources${inFlight}${last}`);
    this.shown = true;
    this.drawnAt = performance.now();
  }
}
