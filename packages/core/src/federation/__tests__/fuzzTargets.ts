import fc from 'fast-check';
import type { FuzzTarget } from '../../testing';
import {
  buildFederationTree,
  evaluateFederation,
  type Federation,
  type FederationEvaluationInput,
  type FederationTree,
  type MemberCooperativeStat,
  rollUpFederation,
} from '../index';
import { validFederationsArb } from './arbitraries';

/** Valid lists, sometimes with one federation's parent or level changed. */
const federationsArb: fc.Arbitrary<unknown> = fc
  .tuple(
    validFederationsArb,
    fc.nat(),
    fc.constantFrom('parentId', 'level', 'type', 'id', 'none'),
    fc.string(),
  )
  .map(([list, pick, field, value]) => {
    if (field === 'none' || list.length === 0) return list;
    const copy: unknown[] = [...list];
    const i = pick % list.length;
    copy[i] = { ...(list[i] as Federation), [field]: field === 'id' ? (list[0] as Federation).id : value };
    return copy;
  });

const statsArb = (ids: readonly string[]): fc.Arbitrary<unknown> =>
  fc.array(
    fc.record({
      cooperativeId: fc.constantFrom('a', 'b', 'c'),
      federationId: fc.constantFrom(...ids, 'nope'),
      memberCount: fc.oneof(fc.nat({ max: 500 }), fc.constant(-1)),
      capitalFen: fc.oneof(fc.nat(), fc.maxSafeNat()),
      transactionAmountFen: fc.oneof(fc.nat(), fc.constant(0.5)),
    }),
    { maxLength: 8 },
  );

// Generated federations are named f00, f01, …, so these ids usually exist in the generated tree.
const treeArb = validFederationsArb.map((list) => buildFederationTree(list));

const evaluationArb: fc.Arbitrary<unknown> = fc.record({
  federationId: fc.constantFrom('f', ''),
  year: fc.constantFrom(2026, 1800),
  questions: fc.array(
    fc.record({
      id: fc.constantFrom('q1', 'q2', 'q3'),
      label: fc.constant({ 'zh-CN': '问', en: 'q' }),
      weight: fc.integer({ min: -1, max: 10 }),
    }),
    { maxLength: 4 },
  ),
  responses: fc.array(
    fc.record({
      cooperativeId: fc.constantFrom('a', 'b', 'c'),
      scores: fc.dictionary(
        fc.constantFrom('q1', 'q2', 'q3', '__proto__', 'x'),
        fc.integer({ min: -5, max: 105 }),
      ),
    }),
    { maxLength: 5 },
  ),
});

/** Every input-taking export of the federation area, keyed by its export name. */
export const FEDERATION_FUZZ_TARGETS: Record<string, FuzzTarget> = {
  buildFederationTree: {
    name: 'buildFederationTree',
    arity: 1,
    call: (list) => buildFederationTree(list as Federation[]),
    nearlyValid: [federationsArb],
  },
  rollUpFederation: {
    name: 'rollUpFederation',
    arity: 2,
    call: (tree, stats) => rollUpFederation(tree as FederationTree, stats as MemberCooperativeStat[]),
    nearlyValid: [treeArb, statsArb(['f00', 'f01', 'f02', 'f03'])],
  },
  evaluateFederation: {
    name: 'evaluateFederation',
    arity: 1,
    call: (input) => evaluateFederation(input as FederationEvaluationInput),
    nearlyValid: [evaluationArb],
  },
};
