import type { CompiledScorecard } from '@hezuo/core';
import { binLabels, POLICY_BIN_LABELS } from './binLabels';
import type { ScoredChunk } from './scoreCsvFile';

/** A typed array that grows by doubling. */
class Growing<T extends Float64Array | Int32Array | Uint8Array | Uint16Array> {
  #data: T;
  length = 0;

  constructor(empty: T) {
    this.#data = empty;
  }

  push(x: number): void {
    if (this.length === this.#data.length) {
      const bigger = new (this.#data.constructor as new (n: number) => T)(Math.max(1024, 2 * this.length));
      bigger.set(this.#data);
      this.#data = bigger;
    }
    this.#data[this.length++] = x;
  }

  /** The values pushed. */
  values(): T {
    return this.#data.subarray(0, this.length) as T;
  }
}

/** The outcome column and its bad value, for the rows that have one. */
export interface OutcomeColumn {
  /** The column. */
  readonly column: string;
  /** The value that means bad; any other non-empty value means good, an empty one unknown. */
  readonly bad: string;
}

/**
 * What `monitor` keeps of a scored file: every score, each characteristic's bin per row, and,
 * with an outcome column, the score, grade and outcome of the rows whose outcome is known.
 *
 * @internal
 */
export class MonitoringSample {
  readonly #compiled: CompiledScorecard;
  readonly #outcome: OutcomeColumn | undefined;
  readonly #scores = new Growing(new Float64Array(0));
  readonly #bins: Growing<Int32Array>[];
  readonly #observedScores = new Growing(new Float64Array(0));
  readonly #observedGrades = new Growing(new Uint16Array(0));
  readonly #bad = new Growing(new Uint8Array(0));

  constructor(compiled: CompiledScorecard, outcome?: OutcomeColumn) {
    this.#compiled = compiled;
    this.#outcome = outcome;
    this.#bins = compiled.model.characteristics.map(() => new Growing(new Int32Array(0)));
  }

  /** Rows taken. */
  get rows(): number {
    return this.#scores.length;
  }

  /** Takes a scored chunk. */
  add(chunk: ScoredChunk): void {
    const { batch } = chunk;
    const width = batch.width;
    const outcomeIndex = this.#outcome ? (chunk.columnIndex.get(this.#outcome.column) as number) : -1;
    for (let i = 0; i < batch.length; i++) {
      const score = batch.scores[i] as number;
      this.#scores.push(score);
      for (let k = 0; k < width; k++)
        (this.#bins[k] as Growing<Int32Array>).push(batch.bins[i * width + k] as number);
      if (outcomeIndex < 0) continue;
      const record = chunk.records[batch.rowIndex[i] as number] as readonly string[];
      const outcome = record[outcomeIndex] as string;
      if (outcome === '') continue;
      this.#observedScores.push(score);
      this.#observedGrades.push(batch.gradeIndex[i] as number);
      this.#bad.push(outcome === this.#outcome?.bad ? 1 : 0);
    }
  }

  /** The scores. */
  scores(): Float64Array {
    return this.#scores.values();
  }

  /** Characteristic `k`'s bin label per row. */
  binSample(k: number): string[] {
    const c = this.#compiled.model.characteristics[k];
    const labels = c ? binLabels(c) : [];
    return Array.from(
      this.#bins[k]?.values() ?? [],
      (code) => labels[code] ?? POLICY_BIN_LABELS[code] ?? '?',
    );
  }

  /** The rows with a known outcome: score, grade and bad flag; null without an outcome column or such rows. */
  outcomes(): { scores: Float64Array; grades: string[]; bad: Uint8Array } | null {
    if (!this.#outcome || this.#bad.length === 0) return null;
    const bands = this.#compiled.model.gradeBands;
    return {
      scores: this.#observedScores.values(),
      grades: Array.from(this.#observedGrades.values(), (g) => bands[g]?.grade ?? '?'),
      bad: this.#bad.values(),
    };
  }
}
