import { z } from 'zod';
import { parseInput } from '../errors/fromZod';
import { HezuoError } from '../errors/HezuoError';
import { IsoDateSchema } from '../identity/residentId';
import { allocate } from '../money/allocate';
import { type Fen, FenSchema } from '../money/fen';
import { EntityIdSchema } from './ids';
import { type CooperativeRegister, CooperativeRegisterSchema } from './register';

/** A member's balances as the member account (成员账户, Art. 43) holds them. */
export const MemberBalanceSchema = z.strictObject({
  memberId: EntityIdSchema,
  /** Capital contributed (出资额), in fen. */
  capital: FenSchema,
  /** Reserve fund quantified to the member (公积金份额), in fen. */
  reserveShare: FenSchema,
  /** Transaction amount with the cooperative that the loss key may use, in fen. */
  transactionAmount: z._default(FenSchema, 0),
});

/** See {@link MemberBalanceSchema}. */
export type MemberBalance = z.input<typeof MemberBalanceSchema>;

/** The input of {@link completeExits}. */
export const ExitCompletionSchema = z.strictObject({
  /** The accounting-year end being closed. */
  on: IsoDateSchema,
  /** Balances of every current member (leaving or staying): losses are shared among all of them. */
  balances: z.array(MemberBalanceSchema).max(1_000_000),
  /** Losses from before the exits not yet covered (未弥补亏损), in fen; 0 when there are none. */
  uncoveredLosses: z._default(FenSchema, 0),
});

/** The input of {@link completeExits}. */
export type ExitCompletion = z.input<typeof ExitCompletionSchema>;

/** What a leaving member is paid back (Art. 28), line by line. */
export interface ExitSettlement {
  readonly memberId: string;
  /** Capital to refund. */
  readonly capital: Fen;
  /** Quantified reserve share to refund. */
  readonly reserveShare: Fen;
  /** The member's share of earlier losses, by the charter's key, exact to the fen. */
  readonly lossShare: Fen;
  /** `capital + reserveShare − lossShare`, not below zero. */
  readonly refund: Fen;
  /** What the member still owes when its loss share exceeds capital and reserve share. */
  readonly owed: Fen;
}

/** What {@link completeExits} returns. */
export interface ExitCompletionResult {
  /** The register with the leavers marked `exited`. */
  readonly register: CooperativeRegister;
  /** One settlement per leaving member, in register order. */
  readonly settlements: readonly ExitSettlement[];
  /** How the uncovered losses were keyed, for the statement. */
  readonly lossSharingBasis: CooperativeRegister['charter']['lossSharingBasis'];
}

/**
 * Ends the membership of everyone whose exit takes effect on `on` (the accounting-year end,
 * Art. 25) and settles each leaver (Art. 28): capital and quantified reserve share are
 * refunded, less the leaver's share of losses from before the exit. The losses are shared
 * among all current members by the charter's key (capital plus reserve share by default) with
 * the largest-remainder split, so the shares sum to the losses exactly; the leavers' parts are
 * charged to them and the rest stays with the cooperative.
 *
 * @throws HezuoError `DATE_ORDER` when `on` is not an exit date; `NOT_A_MEMBER` for a balance of
 * someone not on the register; `INVALID_INPUT` when a current member has no balance.
 */
export function completeExits(register: CooperativeRegister, input: ExitCompletion): ExitCompletionResult {
  const current = parseInput(CooperativeRegisterSchema, register, { path: ['register'] });
  const { on, balances, uncoveredLosses } = parseInput(ExitCompletionSchema, input, { path: ['input'] });
  const members = current.members.filter((m) => m.status !== 'exited');
  const leaving = members.filter((m) => m.status === 'exitRequested' && m.exitEffectiveOn === on);
  if (leaving.length === 0) {
    throw new HezuoError('DATE_ORDER', `no exit takes effect on ${on}`, { path: ['input', 'on'] });
  }
  const byId = new Map<string, (typeof balances)[number]>();
  const onRegister = new Set(members.map((m) => m.party.id));
  balances.forEach((balance, index) => {
    if (!onRegister.has(balance.memberId)) {
      throw new HezuoError('NOT_A_MEMBER', `${balance.memberId} is not a current member`, {
        path: ['input', 'balances', index, 'memberId'],
      });
    }
    if (byId.has(balance.memberId)) {
      throw new HezuoError('INVALID_INPUT', `two balances for ${balance.memberId}`, {
        path: ['input', 'balances', index, 'memberId'],
      });
    }
    byId.set(balance.memberId, balance);
  });
  const missing = members.find((m) => !byId.has(m.party.id));
  if (missing) {
    throw new HezuoError(
      'INVALID_INPUT',
      `no balance for member ${missing.party.id}: losses are shared among all members`,
      {
        path: ['input', 'balances'],
      },
    );
  }

  const basis = current.charter.lossSharingBasis;
  const keyOf = (b: (typeof balances)[number]): number =>
    basis === 'capital'
      ? b.capital
      : basis === 'transactionAmount'
        ? b.transactionAmount
        : b.capital + b.reserveShare;
  const weights = members.map((m) => keyOf(byId.get(m.party.id) as (typeof balances)[number]));
  // With no losses, or nothing to key them by, nobody is charged (an all-zero key cannot split a loss).
  const lossShares =
    uncoveredLosses === 0 || weights.every((w) => w === 0)
      ? weights.map(() => 0)
      : allocate(uncoveredLosses, weights);
  const shareOf = new Map(members.map((m, i) => [m.party.id, lossShares[i] as number]));

  const settlements = leaving.map((m): ExitSettlement => {
    const balance = byId.get(m.party.id) as (typeof balances)[number];
    const lossShare = shareOf.get(m.party.id) ?? 0;
    const gross = balance.capital + balance.reserveShare;
    return {
      memberId: m.party.id,
      capital: balance.capital,
      reserveShare: balance.reserveShare,
      lossShare,
      refund: Math.max(0, gross - lossShare),
      owed: Math.max(0, lossShare - gross),
    };
  });
  const leavingIds = new Set(leaving.map((m) => m.party.id));
  const next: CooperativeRegister = {
    ...current,
    members: current.members.map((m) =>
      m.status !== 'exited' && leavingIds.has(m.party.id) ? { ...m, status: 'exited' as const } : m,
    ),
  };
  return { register: next, settlements, lossSharingBasis: basis };
}
