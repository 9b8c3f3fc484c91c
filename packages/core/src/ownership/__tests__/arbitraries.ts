import fc from 'fast-check';
import type { OwnershipEntity, OwnershipEntityKind } from '../entity';
import type { HoldingInput } from '../holding';

/** A generated graph, as plain lists. */
export interface GraphLists {
  readonly entities: OwnershipEntity[];
  readonly holdings: HoldingInput[];
}

const INNER_KINDS: readonly OwnershipEntityKind[] = [
  'cooperative',
  'cooperativeUnion',
  'serviceCenter',
  'enterprise',
];

/** Splits `total` basis points into `parts` positive whole parts (parts ≤ total). */
export const partitionArb = (total: number, parts: number): fc.Arbitrary<number[]> =>
  fc
    .uniqueArray(fc.integer({ min: 1, max: total - 1 }), { minLength: parts - 1, maxLength: parts - 1 })
    .map((cuts) => {
      const sorted = [...cuts].sort((a, b) => a - b);
      const out: number[] = [];
      let previous = 0;
      for (const cut of [...sorted, total]) {
        out.push(cut - previous);
        previous = cut;
      }
      return out;
    });

/** A stake of `bp` basis points written one of the three ways (all exact). */
function writeStake(bp: number, form: number): HoldingInput['stake'] {
  if (form === 0) return { bp };
  if (form === 1) return String(bp / 10_000);
  return { numerator: bp, denominator: 10_000 };
}

/**
 * Acyclic graphs in which every holder chain ends in a farmer and every other entity is held
 * exactly 100 %: farmers f0…, then entities n0… each held by a non-empty set of farmers and
 * earlier entities. Stakes are written as basis points, decimals and ratios at random.
 */
export const fullyHeldAcyclicArb: fc.Arbitrary<GraphLists> = fc
  .record({
    farmers: fc.integer({ min: 1, max: 6 }),
    inner: fc.array(
      fc.record({
        kind: fc.constantFrom(...INNER_KINDS),
        picks: fc.uniqueArray(fc.nat({ max: 40 }), { minLength: 1, maxLength: 5 }),
        forms: fc.array(fc.nat({ max: 2 }), { minLength: 5, maxLength: 5 }),
      }),
      { minLength: 1, maxLength: 10 },
    ),
  })
  .chain(({ farmers, inner }) => {
    const entities: OwnershipEntity[] = [];
    for (let f = 0; f < farmers; f++) entities.push({ id: `f${f}`, kind: 'farmer' });
    const holderSets = inner.map((row, j) => {
      // Candidates: every farmer and every earlier inner entity.
      const candidates = [
        ...Array.from({ length: farmers }, (_, f) => `f${f}`),
        ...Array.from({ length: j }, (_, k) => `n${k}`),
      ];
      return [...new Set(row.picks.map((p) => candidates[p % candidates.length] as string))];
    });
    inner.forEach((row, j) => {
      entities.push({ id: `n${j}`, kind: row.kind });
    });
    return fc.tuple(...holderSets.map((set) => partitionArb(10_000, set.length))).map((parts) => {
      const holdings: HoldingInput[] = [];
      holderSets.forEach((set, j) => {
        set.forEach((holderId, k) => {
          const bp = (parts[j] as number[])[k] as number;
          holdings.push({ holderId, heldId: `n${j}`, stake: writeStake(bp, inner[j]?.forms[k] ?? 0) });
        });
      });
      return { entities, holdings };
    });
  });

/**
 * Graphs with cycles: farmers and inner entities, each inner entity held by any others (so
 * cross-holdings and longer cycles appear) with stakes adding up to at most `maxTotalBp` (below
 * 100 %, so every cycle leaks and the iteration converges).
 */
export const cyclicGraphArb = (maxTotalBp = 9500): fc.Arbitrary<GraphLists> =>
  fc
    .record({
      farmers: fc.integer({ min: 0, max: 4 }),
      inner: fc.array(
        fc.record({
          kind: fc.constantFrom(...INNER_KINDS),
          picks: fc.uniqueArray(fc.nat({ max: 40 }), { minLength: 0, maxLength: 4 }),
          total: fc.integer({ min: 4, max: maxTotalBp }),
        }),
        { minLength: 2, maxLength: 10 },
      ),
    })
    .chain(({ farmers, inner }) => {
      const entities: OwnershipEntity[] = [];
      for (let f = 0; f < farmers; f++) entities.push({ id: `f${f}`, kind: 'farmer' });
      inner.forEach((row, j) => {
        entities.push({ id: `n${j}`, kind: row.kind });
      });
      const all = entities.map((e) => e.id);
      const holderSets = inner.map((row, j) => [
        ...new Set(row.picks.map((p) => all[p % all.length] as string).filter((id) => id !== `n${j}`)),
      ]);
      return fc
        .tuple(
          ...holderSets.map((set, j) =>
            set.length === 0
              ? fc.constant([])
              : partitionArb(Math.max(inner[j]?.total ?? 4, set.length + 1), set.length),
          ),
        )
        .map((parts) => {
          const holdings: HoldingInput[] = [];
          holderSets.forEach((set, j) => {
            set.forEach((holderId, k) => {
              holdings.push({
                holderId,
                heldId: `n${j}`,
                stake: { bp: (parts[j] as number[])[k] as number },
              });
            });
          });
          return { entities, holdings };
        });
    });
