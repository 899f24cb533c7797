// A one-line progress display on stderr, only when stderr is a terminal
// (logs and pipes stay clean).

export class ProgressLine {
  private done = 0;
  private shown = false;

  constructor(
    private readonly stream: { write(text: string): unknown; readonly isTTY?: boolean },
  ) {}

  sourceDone(name: string): void {
    this.done += 1;
    if (!this.stream.isTTY) return;
    this.stream.write(`\r\x1b[2Kresolved ${this.done} sources (last: ${name})`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) this.stream.write('\r\x1b[2K');
    this.shown = false;
  }
}
