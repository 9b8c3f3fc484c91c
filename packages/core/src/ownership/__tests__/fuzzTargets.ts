import fc from 'fast-check';
import type { FuzzTarget } from '../../testing';
import {
  buildHoldingGraph,
  checkOwnershipConstraints,
  exactFraction,
  type FractionInput,
  type HoldingGraph,
  type HoldingInput,
  type LookThroughOptions,
  lookThrough,
  type OwnershipCheckOptions,
  type OwnershipConstraint,
  type OwnershipEntity,
  SHANDONG_OWNERSHIP_CONSTRAINTS,
} from '../index';
import { cyclicGraphArb, fullyHeldAcyclicArb } from './arbitraries';

const fractionArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({ bp: fc.integer({ min: -1, max: 10_001 }) }),
  fc.double({ min: -0.1, max: 1.1, noNaN: true }),
  fc.constantFrom('0.25', '1', '1.0001', '-0', '1e-400', '2.5e-1', '0.3333333333333333333333333'),
  fc.record({ numerator: fc.integer({ min: -1, max: 20 }), denominator: fc.integer({ min: -1, max: 20 }) }),
);

/** Valid lists, sometimes with one holding's holder, stake or held entity changed. */
const listsArb: fc.Arbitrary<{ entities: OwnershipEntity[]; holdings: unknown[] }> = fc
  .tuple(
    fc.oneof(fullyHeldAcyclicArb, cyclicGraphArb()),
    fc.nat(),
    fc.constantFrom('holderId', 'heldId', 'stake', 'none'),
    fractionArb,
  )
  .map(([lists, pick, field, stake]) => {
    if (field === 'none' || lists.holdings.length === 0) return lists;
    const holdings: unknown[] = [...lists.holdings];
    const i = pick % holdings.length;
    const h = lists.holdings[i] as HoldingInput;
    holdings[i] =
      field === 'stake' ? { ...h, stake } : { ...h, [field]: field === 'heldId' ? h.holderId : 'f0' };
    return { entities: lists.entities, holdings };
  });

/** Graphs that build, including closed and slowly leaking cycles. */
const graphArb: fc.Arbitrary<HoldingGraph> = fc.oneof(
  fullyHeldAcyclicArb.map((l) => buildHoldingGraph(l.entities, l.holdings)),
  cyclicGraphArb(10_000).map((l) => buildHoldingGraph(l.entities, l.holdings)),
  fc.constant(
    buildHoldingGraph(
      [
        { id: 'n0', kind: 'cooperative' },
        { id: 'n1', kind: 'cooperative' },
      ],
      [
        { holderId: 'n0', heldId: 'n1', stake: 1 },
        { holderId: 'n1', heldId: 'n0', stake: 1 },
      ],
    ),
  ),
);

const idArb = fc.constantFrom('n0', 'n1', 'n2', 'f0', 'nobody', '');

const optionsArb: fc.Arbitrary<unknown> = fc.record(
  {
    tolerance: fc.oneof(fc.constant(1e-12), fc.double({ min: -1, max: 1 })),
    maxIterations: fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constant(10_000)),
    exactLimit: fc.integer({ min: -1, max: 100 }),
    ultimateOwnerKinds: fc.array(fc.constantFrom('farmer', 'cooperative', 'staff', 'bank')),
    groupOfKind: fc.dictionary(
      fc.constantFrom('farmer', 'cooperative', '__proto__'),
      fc.constantFrom('farmers', 'other', 'x'),
    ),
    comparisonTolerance: fc.double({ min: -1, max: 1e-2 }),
  },
  { requiredKeys: [] },
);

const constraintArb: fc.Arbitrary<unknown> = fc.record(
  {
    id: fc.constantFrom('c1', 'c2', ''),
    label: fc.constantFrom({ 'zh-CN': '约束', en: 'rule' }, { en: 'rule' }),
    subject: fc.oneof(idArb, fc.record({ kind: fc.constantFrom('cooperative', 'serviceCenter', 'bank') })),
    measure: fc.constantFrom('direct', 'lookThrough', 'indirect'),
    holders: fc.oneof(
      fc.record({ kind: fc.constantFrom('farmer', 'cooperative') }),
      fc.record({ group: fc.constantFrom('farmers', 'staff', 'x') }),
    ),
    min: fractionArb,
    max: fractionArb,
  },
  { requiredKeys: ['id', 'label', 'subject', 'measure', 'holders'] },
);

/** Every input-taking export of the ownership area, keyed by its export name. */
export const OWNERSHIP_FUZZ_TARGETS: Record<string, FuzzTarget> = {
  exactFraction: {
    name: 'exactFraction',
    arity: 1,
    call: (f) => exactFraction(f as FractionInput),
    nearlyValid: [fractionArb],
  },
  buildHoldingGraph: {
    name: 'buildHoldingGraph',
    arity: 2,
    call: (entities, holdings) =>
      buildHoldingGraph(entities as OwnershipEntity[], holdings as HoldingInput[]),
    nearlyValid: [listsArb.map((l) => l.entities), listsArb.map((l) => l.holdings)],
  },
  lookThrough: {
    name: 'lookThrough',
    arity: 3,
    call: (graph, id, options) =>
      lookThrough(graph as HoldingGraph, id as string, options as LookThroughOptions),
    nearlyValid: [graphArb, idArb, optionsArb],
  },
  checkOwnershipConstraints: {
    name: 'checkOwnershipConstraints',
    arity: 3,
    call: (graph, constraints, options) =>
      checkOwnershipConstraints(
        graph as HoldingGraph,
        constraints as OwnershipConstraint[],
        options as OwnershipCheckOptions,
      ),
    nearlyValid: [
      graphArb,
      fc.oneof(fc.array(constraintArb, { maxLength: 3 }), fc.constant(SHANDONG_OWNERSHIP_CONSTRAINTS)),
      optionsArb,
    ],
  },
};
