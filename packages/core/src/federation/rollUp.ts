import { z } from 'zod';
import { EntityIdSchema } from '../cooperative/ids';
import { parseInput } from '../errors/fromZod';
import { HezuoError } from '../errors/HezuoError';
import { type Fen, FenSchema } from '../money/fen';
import type { Federation, FederationLevel, FederationType } from './federation';
import { buildValidTree, type FederationTree, FederationTreeSchema } from './tree';

/** One member cooperative's figures, as reported to the federation it belongs to. */
export const MemberCooperativeStatSchema = z.strictObject({
  /** The member cooperative (or union, supply-and-marketing co-op, service body). */
  cooperativeId: EntityIdSchema,
  /** The federation it is a member of. A co-op may be in several (its township's and an industry's). */
  federationId: EntityIdSchema,
  /** Its own members. */
  memberCount: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  /** Its share capital in fen. */
  capitalFen: FenSchema,
  /** Its transactions with members in the period, in fen. */
  transactionAmountFen: FenSchema,
});

/** A member cooperative's figures; see {@link MemberCooperativeStatSchema}. */
export type MemberCooperativeStat = z.infer<typeof MemberCooperativeStatSchema>;

/** The list {@link rollUpFederation} takes. */
export const MemberCooperativeStatsSchema = z.array(MemberCooperativeStatSchema).max(10_000_000);

/** Figures of a set of member cooperatives. */
export interface FederationFigures {
  /** Distinct member cooperatives. */
  readonly cooperatives: number;
  /** Their members. */
  readonly memberCount: number;
  /** Their share capital in fen. */
  readonly capitalFen: Fen;
  /** Their transaction amount in fen. */
  readonly transactionAmountFen: Fen;
}

/** One federation's roll-up. */
export interface FederationRollUp {
  /** The federation. */
  readonly federationId: string;
  /** Its parent, if any. */
  readonly parentId?: string;
  /** Its level. */
  readonly level: FederationLevel;
  /** Its type. */
  readonly type: FederationType;
  /** Its depth in the tree (0 for a root). */
  readonly depth: number;
  /** Its direct member cooperatives. */
  readonly own: FederationFigures;
  /** Its direct members and those of every federation below it, each co-op counted once. */
  readonly total: FederationFigures;
}

interface Accumulator {
  cooperatives: number;
  memberCount: number;
  capitalFen: number;
  transactionAmountFen: number;
}

const FIGURES = ['memberCount', 'capitalFen', 'transactionAmountFen'] as const;

function emptyAccumulator(): Accumulator {
  return { cooperatives: 0, memberCount: 0, capitalFen: 0, transactionAmountFen: 0 };
}

function add(into: Accumulator, stat: MemberCooperativeStat, federationId: string): void {
  into.cooperatives += 1;
  for (const field of FIGURES) {
    // Both terms are safe and non-negative, so an overflow shows as an unsafe sum.
    const sum = into[field] + stat[field];
    if (!Number.isSafeInteger(sum)) {
      throw new HezuoError('AMOUNT_OVERFLOW', `the ${field} of federation "${federationId}" passes 2^53`, {
        details: { federationId, field },
      });
    }
    into[field] = sum;
  }
}

/**
 * Rolls member cooperatives' figures up a federation tree: for every federation, its own
 * member cooperatives and the total over it and every federation below it (member co-ops,
 * their members, capital and transactions, exact in fen). A co-op that belongs to several
 * federations of one subtree (its township's and an industry federation) counts once in the
 * total; its figures must then agree in every report.
 *
 * @param tree - a {@link FederationTree} (its `federations` are checked and the tree rebuilt)
 * @param memberStats - one {@link MemberCooperativeStat} per co-op and federation it belongs to
 * @returns one roll-up per federation, in tree order
 * @throws HezuoError `INVALID_INPUT` for a malformed tree or list (path `tree.…`,
 *   `memberStats.…`), an unknown federation, a co-op listed twice for one federation or with
 *   figures that disagree; `AMOUNT_OVERFLOW` when a sum passes 2^53
 */
export function rollUpFederation(
  tree: FederationTree,
  memberStats: readonly MemberCooperativeStat[],
): FederationRollUp[] {
  const validTree = parseInput(FederationTreeSchema, tree, { path: ['tree'] });
  const stats = parseInput(MemberCooperativeStatsSchema, memberStats, { path: ['memberStats'] });
  const { federations } = buildValidTree(validTree.federations, ['tree', 'federations']);
  const byId = new Map<string, Federation>(federations.map((f) => [f.id, f]));

  // Each co-op once, with every federation it reports to.
  const coops = new Map<string, { stat: MemberCooperativeStat; index: number; federations: Set<string> }>();
  for (let i = 0; i < stats.length; i++) {
    const stat = stats[i] as MemberCooperativeStat;
    if (!byId.has(stat.federationId)) {
      throw new HezuoError('INVALID_INPUT', `no federation "${stat.federationId}" in the tree`, {
        path: ['memberStats', i, 'federationId'],
        details: { federationId: stat.federationId },
      });
    }
    const seen = coops.get(stat.cooperativeId);
    if (!seen) {
      coops.set(stat.cooperativeId, { stat, index: i, federations: new Set([stat.federationId]) });
      continue;
    }
    if (seen.federations.has(stat.federationId)) {
      throw new HezuoError(
        'INVALID_INPUT',
        `co-op "${stat.cooperativeId}" is listed twice for federation "${stat.federationId}"`,
        { path: ['memberStats', i, 'cooperativeId'], details: { firstIndex: seen.index } },
      );
    }
    const differs = FIGURES.find((field) => stat[field] !== seen.stat[field]);
    if (differs) {
      throw new HezuoError(
        'INVALID_INPUT',
        `co-op "${stat.cooperativeId}" reports a ${differs} here that differs from index ${seen.index}`,
        { path: ['memberStats', i, differs], details: { firstIndex: seen.index } },
      );
    }
    seen.federations.add(stat.federationId);
  }

  const own = new Map<string, Accumulator>(federations.map((f) => [f.id, emptyAccumulator()]));
  const total = new Map<string, Accumulator>(federations.map((f) => [f.id, emptyAccumulator()]));
  for (const { stat, federations: memberOf } of coops.values()) {
    const reached = new Set<string>();
    for (const federationId of memberOf) {
      add(own.get(federationId) as Accumulator, stat, federationId);
      // The tree is checked, so each walk up ends at a root within five steps.
      for (let at: string | undefined = federationId; at !== undefined; at = byId.get(at)?.parentId) {
        if (reached.has(at)) break;
        reached.add(at);
      }
    }
    for (const federationId of reached) add(total.get(federationId) as Accumulator, stat, federationId);
  }

  const depthOf = new Map<string, number>();
  return federations.map((federation) => {
    const depth = federation.parentId === undefined ? 0 : (depthOf.get(federation.parentId) as number) + 1;
    depthOf.set(federation.id, depth);
    return {
      federationId: federation.id,
      ...(federation.parentId === undefined ? {} : { parentId: federation.parentId }),
      level: federation.level,
      type: federation.type,
      depth,
      own: { ...(own.get(federation.id) as Accumulator) },
      total: { ...(total.get(federation.id) as Accumulator) },
    };
  });
}
