// The CLI's only view of the process: where text goes, and whether stderr is a terminal.
export interface Terminal {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
}
