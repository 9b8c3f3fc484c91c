/**
 * A set of string ids tuned for one job: recording millions of transaction ids to refuse a
 * second posting. Open addressing over a typed array of FNV-1a hashes is about twice as fast
 * as a `Set<string>` for this, and deletions (only on a failed batch) leave tombstones.
 * @internal
 */
export class IdSet {
  #mask = 1023;
  #used = 0;
  #hashes = new Int32Array(1024);
  #keys: (string | undefined)[] = new Array(1024);
  /** How many ids the set holds. */
  size = 0;

  /** Empty slots are 0; tombstones are 2; real hashes are odd. */
  static #hash(id: string): number {
    let h = 0x811c9dc5 | 0;
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
    return h | 1;
  }

  /** Adds an id; returns false if it was already there. */
  add(id: string): boolean {
    if ((this.#used + 1) * 2 > this.#hashes.length) this.#grow();
    const h = IdSet.#hash(id);
    const hashes = this.#hashes;
    const keys = this.#keys;
    let i = h & this.#mask;
    for (;;) {
      const slot = hashes[i] as number;
      if (slot === 0) {
        hashes[i] = h;
        keys[i] = id;
        this.#used++;
        this.size++;
        return true;
      }
      if (slot === h && keys[i] === id) return false;
      i = (i + 1) & this.#mask;
    }
  }

  /** True when the id is in the set. */
  has(id: string): boolean {
    const h = IdSet.#hash(id);
    let i = h & this.#mask;
    for (;;) {
      const slot = this.#hashes[i] as number;
      if (slot === 0) return false;
      if (slot === h && this.#keys[i] === id) return true;
      i = (i + 1) & this.#mask;
    }
  }

  /** Removes an id; returns whether it was there. */
  delete(id: string): boolean {
    const h = IdSet.#hash(id);
    let i = h & this.#mask;
    for (;;) {
      const slot = this.#hashes[i] as number;
      if (slot === 0) return false;
      if (slot === h && this.#keys[i] === id) {
        this.#hashes[i] = 2;
        this.#keys[i] = undefined;
        this.size--;
        return true;
      }
      i = (i + 1) & this.#mask;
    }
  }

  /** Every id, in no particular order. */
  *values(): IterableIterator<string> {
    for (const key of this.#keys) if (key !== undefined) yield key;
  }

  #grow(): void {
    const oldHashes = this.#hashes;
    const oldKeys = this.#keys;
    const capacity = oldHashes.length * 2;
    this.#hashes = new Int32Array(capacity);
    this.#keys = new Array(capacity);
    this.#mask = capacity - 1;
    this.#used = 0;
    for (let j = 0; j < oldHashes.length; j++) {
      const h = oldHashes[j] as number;
      if ((h & 1) === 0) continue; // empty or tombstone
      let i = h & this.#mask;
      while ((this.#hashes[i] as number) !== 0) i = (i + 1) & this.#mask;
      this.#hashes[i] = h;
      this.#keys[i] = oldKeys[j];
      this.#used++;
    }
  }
}
