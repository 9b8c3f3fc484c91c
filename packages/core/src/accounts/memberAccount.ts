import type { Fen } from '../money/fen';
import type { TransactionKind, VolumeUnit } from './transaction';

/** Totals of a group of transactions: how many, and their amount in fen. */
export interface TransactionTotals {
  /** Number of transactions. */
  readonly count: number;
  /** Their amount (交易额), in fen. */
  readonly amount: Fen;
}

/**
 * A member account (成员账户, Art. 43): the member's capital contribution, the reserve fund
 * quantified to it, and its transaction volume and amount with the cooperative, in total, by
 * kind, by accounting year and by unit of volume.
 */
export interface MemberAccount {
  /** The member. */
  readonly memberId: string;
  /** Capital contributed (出资额), in fen. */
  readonly capital: Fen;
  /** Reserve fund quantified to the member (公积金份额), in fen. */
  readonly reserveShare: Fen;
  /** All the member's transactions. */
  readonly transactions: TransactionTotals;
  /** By kind of transaction. */
  readonly byKind: Readonly<Partial<Record<TransactionKind, TransactionTotals>>>;
  /** By calendar year of the transaction date (`"2026"`). */
  readonly byYear: Readonly<Record<string, TransactionTotals>>;
  /** Transaction volume (交易量) by unit, in thousandths of the unit (grams for `kg`). */
  readonly volumeMilli: Readonly<Partial<Record<VolumeUnit, number>>>;
}

/**
 * The cooperative's transactions with non-members, kept apart from member accounts (Art. 41):
 * they earn no patronage refund.
 */
export interface NonMemberTotals {
  /** All non-member transactions. */
  readonly transactions: TransactionTotals;
  /** By kind of transaction. */
  readonly byKind: Readonly<Partial<Record<TransactionKind, TransactionTotals>>>;
  /** By calendar year. */
  readonly byYear: Readonly<Record<string, TransactionTotals>>;
}
