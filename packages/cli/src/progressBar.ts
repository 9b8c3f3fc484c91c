/** Characters of the bar between the brackets. */
const BAR_WIDTH = 24;

/**
 * A progress bar on one terminal line, redrawn in place with a carriage return and only when
 * the whole percentage changes, so a million rows cost a hundred redraws.
 *
 * @internal
 */
export class ProgressBar {
  readonly #write: (text: string) => void;
  readonly #total: number;
  readonly #label: (percent: number, rows: number) => string;
  #done = 0;
  #percent = -1;

  /**
   * @param write - writes text to the terminal as is
   * @param total - the bytes to read (0 when unknown: the bar then stays empty)
   * @param label - the text after the bar
   */
  constructor(
    write: (text: string) => void,
    total: number,
    label: (percent: number, rows: number) => string,
  ) {
    this.#write = write;
    this.#total = total;
    this.#label = label;
  }

  /** Counts bytes read. */
  advance(bytes: number): void {
    this.#done += bytes;
  }

  /** Redraws, if the percentage moved, with the rows done so far. */
  update(rows: number): void {
    const percent = this.#total > 0 ? Math.min(100, Math.floor((100 * this.#done) / this.#total)) : 0;
    if (percent === this.#percent) return;
    this.#percent = percent;
    const filled = Math.round((BAR_WIDTH * percent) / 100);
    this.#write(`\r[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${this.#label(percent, rows)}`);
  }

  /** Clears the line, if anything was drawn. */
  finish(): void {
    if (this.#percent >= 0) this.#write('\r\u001b[2K');
  }
}
