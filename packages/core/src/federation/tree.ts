import { z } from 'zod';
import { parseInput } from '../errors/fromZod';
import { type ErrorPath, HezuoError } from '../errors/HezuoError';
import { type Federation, FederationSchema, levelRank } from './federation';

const MAX_FEDERATIONS = 100_000;

/** A list of federations, as {@link buildFederationTree} takes it. */
export const FederationListSchema = z
  .array(FederationSchema)
  .max(MAX_FEDERATIONS, { error: 'at most 100,000 federations' });

/**
 * A tree as other functions take it: only `federations` is read (and the tree rebuilt and
 * checked from it); `roots` and anything else are ignored.
 */
export const FederationTreeSchema = z.object({ federations: FederationListSchema });

/** A federation in a tree, with the federations that belong to it. */
export interface FederationNode {
  /** The federation. */
  readonly federation: Federation;
  /** 0 for a root, 1 for its children, … */
  readonly depth: number;
  /** Regional children first, then industry ones; higher level first; then by id. */
  readonly children: readonly FederationNode[];
}

/** What {@link buildFederationTree} returns. */
export interface FederationTree {
  /** Every federation, in tree order (each before its children). */
  readonly federations: readonly Federation[];
  /** The federations without a parent, in the same order as children. */
  readonly roots: readonly FederationNode[];
}

function reject(message: string, path: ErrorPath, details: Record<string, unknown>): never {
  throw new HezuoError('INVALID_INPUT', message, { path, details });
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Siblings: regional before industry, higher level first, then id (code-unit order). */
function compareSiblings(a: Federation, b: Federation): number {
  if (a.type !== b.type) return a.type === 'regional' ? -1 : 1;
  return levelRank(b.level) - levelRank(a.level) || compareIds(a.id, b.id);
}

/** Rejects a parent link that closes a loop, naming the federations on it. */
function checkNoCycles(
  federations: readonly Federation[],
  byId: ReadonlyMap<string, number>,
  path: ErrorPath,
) {
  const state = new Uint8Array(federations.length); // 0 unseen, 1 on the current walk, 2 done
  for (let start = 0; start < federations.length; start++) {
    const walk: number[] = [];
    let at: number | undefined = start;
    while (at !== undefined && state[at] === 0) {
      state[at] = 1;
      walk.push(at);
      const parentId: string | undefined = (federations[at] as Federation).parentId;
      const next: number | undefined = parentId === undefined ? undefined : byId.get(parentId);
      if (next !== undefined && state[next] === 1) {
        const loop = walk.slice(walk.indexOf(next)).map((i) => (federations[i] as Federation).id);
        reject(
          `federation "${(federations[at] as Federation).id}" closes a cycle: ${loop.join(' → ')}`,
          [...path, at, 'parentId'],
          {
            cycle: loop,
          },
        );
      }
      at = next;
    }
    for (const i of walk) state[i] = 2;
  }
}

/** Checks a federation's parent against the level and type rules. */
function checkParent(child: Federation, parent: Federation, at: ErrorPath): void {
  if (parent.type !== 'regional') {
    reject(`federation "${child.id}" may not belong to the industry federation "${parent.id}"`, at, {
      parentId: parent.id,
    });
  }
  const gap = levelRank(parent.level) - levelRank(child.level);
  // Regional federations form one chain of levels: township → county → city → province (seed).
  if (child.type === 'regional' && gap !== 1) {
    reject(
      `regional ${child.level} federation "${child.id}" must belong to a regional federation one level up, not the ${parent.level} one "${parent.id}"`,
      at,
      { level: child.level, parentLevel: parent.level },
    );
  }
  // An industry federation joins a regional one of its own level or above (seed).
  if (child.type === 'industry' && gap < 0) {
    reject(
      `industry ${child.level} federation "${child.id}" may not belong to the lower-level ${parent.level} federation "${parent.id}"`,
      at,
      { level: child.level, parentLevel: parent.level },
    );
  }
}

/**
 * Checks validated federations and builds their tree. `path` locates the list in the caller's input.
 * @internal
 */
export function buildValidTree(federations: readonly Federation[], path: ErrorPath): FederationTree {
  const byId = new Map<string, number>();
  for (let i = 0; i < federations.length; i++) {
    const { id } = federations[i] as Federation;
    const first = byId.get(id);
    if (first !== undefined)
      reject(`federation id "${id}" appears twice (first at index ${first})`, [...path, i, 'id'], {
        id,
        firstIndex: first,
      });
    byId.set(id, i);
  }
  for (let i = 0; i < federations.length; i++) {
    const { parentId } = federations[i] as Federation;
    if (parentId !== undefined && !byId.has(parentId))
      reject(`no federation "${parentId}"`, [...path, i, 'parentId'], { parentId });
  }
  checkNoCycles(federations, byId, path);
  const children = new Map<string, Federation[]>();
  const roots: Federation[] = [];
  for (let i = 0; i < federations.length; i++) {
    const federation = federations[i] as Federation;
    if (federation.parentId === undefined) {
      roots.push(federation);
      continue;
    }
    const parent = federations[byId.get(federation.parentId) as number] as Federation;
    checkParent(federation, parent, [...path, i, 'parentId']);
    const siblings = children.get(parent.id);
    if (siblings) siblings.push(federation);
    else children.set(parent.id, [federation]);
  }

  const ordered: Federation[] = [];
  // Depth is at most 4 (township under county under city under province, plus industry leaves).
  const build = (federation: Federation, depth: number): FederationNode => {
    ordered.push(federation);
    const kids = (children.get(federation.id) ?? []).sort(compareSiblings);
    return { federation, depth, children: kids.map((kid) => build(kid, depth + 1)) };
  };
  const rootNodes = roots.sort(compareSiblings).map((root) => build(root, 0));
  return { federations: ordered, roots: rootNodes };
}

/**
 * Builds the tree of federations (农合联) and checks it (DESIGN §3.1, seed): a regional
 * federation belongs to a regional one exactly one level up (township → county → city →
 * province); an industry federation belongs to a regional one of the same or a higher level;
 * no parent may be unknown, no id repeated, no chain loop back on itself. Federations without
 * a parent are roots (a tree may have several).
 *
 * @param federations - {@link Federation}s, in any order
 * @throws HezuoError `INVALID_INPUT` with the path of the bad field (`federations.3.parentId`)
 *
 * @example
 * ```ts
 * const tree = buildFederationTree([
 *   { kind: 'federation', id: 'county', name: '县农合联', level: 'county', type: 'regional', regionCode: '370781' },
 *   { kind: 'federation', id: 'town', name: '镇农合联', level: 'township', type: 'regional', regionCode: '370781100', parentId: 'county' },
 * ]);
 * tree.roots[0]?.children[0]?.federation.id; // 'town'
 * ```
 */
export function buildFederationTree(federations: readonly Federation[]): FederationTree {
  const valid = parseInput(FederationListSchema, federations, { path: ['federations'] });
  return buildValidTree(valid, ['federations']);
}
