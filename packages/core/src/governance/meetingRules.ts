import { z } from 'zod';
import { parseInput } from '../errors/fromZod';
import type { ErrorPath } from '../errors/HezuoError';
import { HezuoError } from '../errors/HezuoError';
import {
  describeThreshold,
  isAtLeastAsStrict,
  stricterOf,
  type Threshold,
  ThresholdSchema,
} from './threshold';

/** Quorum of a member meeting: at least 2/3 of all members present (Art. 30: 三分之二以上). */
export const LEGAL_QUORUM: Threshold = Object.freeze({ numerator: 2, denominator: 3, comparison: 'atLeast' });

/** Ordinary resolutions: more than 1/2 of all votes of all members (Art. 30: 表决权总数过半数). */
export const LEGAL_ORDINARY_THRESHOLD: Threshold = Object.freeze({
  numerator: 1,
  denominator: 2,
  comparison: 'moreThan',
});

/** Elections: more than 1/2 of all votes of all members, as ordinary resolutions (Art. 30). */
export const LEGAL_ELECTION_THRESHOLD: Threshold = LEGAL_ORDINARY_THRESHOLD;

/**
 * Special resolutions (charter amendment, merger, division, dissolution, founding or joining a
 * union): at least 2/3 of all votes of all members (Art. 30: 表决权总数的三分之二以上).
 */
export const LEGAL_SPECIAL_THRESHOLD: Threshold = Object.freeze({
  numerator: 2,
  denominator: 3,
  comparison: 'atLeast',
});

/**
 * A charter's meeting rules (章程). Each part may only be stricter than the law (Art. 30: 章程对
 * 表决权数有较高规定的，从其规定): a threshold below the legal one is refused with `MEETING_RULE`.
 * Parts left out take the law's default.
 */
export const MeetingCharterSchema = z.strictObject({
  /** Share of members who must attend; at least 2/3 (Art. 30). */
  quorum: ThresholdSchema.optional(),
  /** Share of all votes an ordinary resolution needs; more than 1/2 at the least (Art. 30). */
  ordinary: ThresholdSchema.optional(),
  /** Share of all votes an election needs; more than 1/2 at the least (Art. 30). */
  election: ThresholdSchema.optional(),
  /** Share of all votes a special resolution needs; 2/3 at the least (Art. 30). */
  special: ThresholdSchema.optional(),
});

/** A charter's meeting rules as given by a host; see {@link MeetingCharterSchema}. */
export type MeetingCharter = z.input<typeof MeetingCharterSchema>;

/** The rules a member meeting runs by: the law's, raised where the charter raises them. */
export interface MeetingRules {
  /** Share of members who must attend. */
  readonly quorum: Threshold;
  /** Share of all votes an ordinary resolution needs. */
  readonly ordinary: Threshold;
  /** Share of all votes an election needs. */
  readonly election: Threshold;
  /** Share of all votes a special resolution needs (never below {@link MeetingRules.ordinary}). */
  readonly special: Threshold;
}

const LEGAL_FLOORS = {
  quorum: LEGAL_QUORUM,
  ordinary: LEGAL_ORDINARY_THRESHOLD,
  election: LEGAL_ELECTION_THRESHOLD,
  special: LEGAL_SPECIAL_THRESHOLD,
} as const;

/**
 * Reads a charter and checks every part against the law's floor. Used by every function that
 * takes a charter, with that argument's path.
 * @internal
 */
export function readMeetingRules(charter: unknown, path: ErrorPath): MeetingRules {
  const parsed = parseInput(MeetingCharterSchema.optional(), charter, { path }) ?? {};
  for (const part of ['quorum', 'ordinary', 'election', 'special'] as const) {
    const given = parsed[part];
    const floor = LEGAL_FLOORS[part];
    if (given !== undefined && !isAtLeastAsStrict(given, floor)) {
      const wanted = describeThreshold(floor).en;
      throw new HezuoError(
        'MEETING_RULE',
        `the charter's ${part} threshold ${describeThreshold(given).en} is below the law's ${wanted} (Art. 30); a charter may only raise it`,
        { path: [...path, part], details: { part, given, legal: floor } },
      );
    }
  }
  const ordinary = parsed.ordinary ?? LEGAL_ORDINARY_THRESHOLD;
  return {
    quorum: parsed.quorum ?? LEGAL_QUORUM,
    ordinary,
    election: parsed.election ?? LEGAL_ELECTION_THRESHOLD,
    // A special resolution is still a resolution: a charter that raises the ordinary threshold
    // above its special one cannot let the weightier decision pass more easily.
    special: stricterOf(parsed.special ?? LEGAL_SPECIAL_THRESHOLD, ordinary),
  };
}

/**
 * The meeting rules in force under `charter`: the law's quorum and thresholds (Art. 30),
 * raised where the charter raises them. A charter may never lower them.
 *
 * @param charter - the charter's meeting rules; leave out for the law's defaults
 * @throws HezuoError `MEETING_RULE` when a charter threshold is below the law's;
 *   `INVALID_INPUT` for a malformed charter
 *
 * @example
 * ```ts
 * resolveMeetingRules({ special: { numerator: 3, denominator: 4 } }).special;
 * // { numerator: 3, denominator: 4, comparison: 'atLeast' }
 * ```
 */
export function resolveMeetingRules(charter?: MeetingCharter): MeetingRules {
  return readMeetingRules(charter, ['charter']);
}
