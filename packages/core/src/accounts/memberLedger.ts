import { z } from 'zod';
import { EntityIdSchema } from '../cooperative/ids';
import { hezuoErrorFromZod, parseInput } from '../errors/fromZod';
import { HezuoError } from '../errors/HezuoError';
import { IdIndex } from '../internal/idIndex';
import { type Fen, FenSchema, SignedFenSchema } from '../money/fen';
import type { MemberAccount, NonMemberTotals, TransactionTotals } from './memberAccount';
import {
  TRANSACTION_KINDS,
  type Transaction,
  type TransactionKind,
  TransactionSchema,
  VOLUME_UNITS,
  type VolumeUnit,
} from './transaction';

// Built once at load: a schema is an object graph, too costly to rebuild on every call.
const TRANSACTION_LIST_SCHEMA = z.array(z.unknown()).max(10_000_000);

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const KIND_INDEX = new Map<string, number>(TRANSACTION_KINDS.map((kind, i) => [kind, i]));
const UNIT_INDEX = new Map<string, number>(VOLUME_UNITS.map((unit, i) => [unit, i]));

/** Running totals of one account, in flat arrays: posting a million transactions stays fast. */
class AccountState {
  capital = 0;
  reserveShare = 0;
  count = 0;
  amount = 0;
  readonly kindCount = new Float64Array(TRANSACTION_KINDS.length);
  readonly kindAmount = new Float64Array(TRANSACTION_KINDS.length);
  readonly volumeMilli = new Float64Array(VOLUME_UNITS.length);
  readonly byYear = new Map<number, { count: number; amount: number }>();

  /** Rebuilds running totals from a snapshot (the ledger's stored state). */
  static from(snapshot: AccountSnapshot): AccountState {
    const state = new AccountState();
    state.capital = snapshot.capital;
    state.reserveShare = snapshot.reserveShare;
    state.count = snapshot.transactions.count;
    state.amount = snapshot.transactions.amount;
    TRANSACTION_KINDS.forEach((kind, i) => {
      const totals = snapshot.byKind[kind];
      if (totals) {
        state.kindCount[i] = totals.count;
        state.kindAmount[i] = totals.amount;
      }
    });
    for (const [year, totals] of Object.entries(snapshot.byYear))
      state.byYear.set(Number(year), { ...totals });
    VOLUME_UNITS.forEach((unit, i) => {
      state.volumeMilli[i] = snapshot.volumeMilli?.[unit] ?? 0;
    });
    return state;
  }

  add(tx: Transaction, kind: number): void {
    this.count++;
    this.amount += tx.amount;
    this.kindCount[kind] = (this.kindCount[kind] as number) + 1;
    this.kindAmount[kind] = (this.kindAmount[kind] as number) + tx.amount;
    const year = yearOf(tx.date);
    const totals = this.byYear.get(year);
    if (totals) {
      totals.count++;
      totals.amount += tx.amount;
    } else this.byYear.set(year, { count: 1, amount: tx.amount });
    if (tx.volume) {
      const unit = UNIT_INDEX.get(tx.volume.unit) as number;
      this.volumeMilli[unit] = (this.volumeMilli[unit] as number) + tx.volume.milli;
    }
  }

  byKindSnapshot(): Partial<Record<TransactionKind, TransactionTotals>> {
    const out: Partial<Record<TransactionKind, TransactionTotals>> = {};
    TRANSACTION_KINDS.forEach((kind, i) => {
      if ((this.kindCount[i] as number) > 0)
        out[kind] = { count: this.kindCount[i] as number, amount: this.kindAmount[i] as number };
    });
    return out;
  }

  byYearSnapshot(): Record<string, TransactionTotals> {
    const out: Record<string, TransactionTotals> = {};
    for (const year of [...this.byYear.keys()].sort((a, b) => a - b)) {
      const totals = this.byYear.get(year) as { count: number; amount: number };
      out[String(year)] = { count: totals.count, amount: totals.amount };
    }
    return out;
  }

  volumeSnapshot(): Partial<Record<VolumeUnit, number>> {
    const out: Partial<Record<VolumeUnit, number>> = {};
    VOLUME_UNITS.forEach((unit, i) => {
      if ((this.volumeMilli[i] as number) > 0) out[unit] = this.volumeMilli[i] as number;
    });
    return out;
  }
}

/** The year of a `YYYY-MM-DD` date, from its first four digits. */
function yearOf(date: string): number {
  return (
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48)
  );
}

/** A quick, exact check of `YYYY-MM-DD` from 1800 on, by arithmetic on the characters. */
function isPlainDate(date: string): boolean {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return false;
  for (const i of DIGIT_POSITIONS) {
    const c = date.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  const year = yearOf(date);
  const month = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
  const day = (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48);
  if (year < 1800 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 ? (leap ? 29 : 28) : (MONTH_DAYS[month - 1] as number));
}

const DIGIT_POSITIONS = [0, 1, 2, 3, 5, 6, 8, 9] as const;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * A quick yes for ids of printable ASCII (1-128 characters); anything else is left to the
 * schema's full Unicode check.
 */
function isPlainId(value: unknown): boolean {
  if (typeof value !== 'string' || value.length === 0 || value.length > 128) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c <= 0x20 || c >= 0x7f) return false;
  }
  return true;
}

const TotalsSchema = z.strictObject({ count: z.number().int().min(0), amount: FenSchema });
const AccountSnapshotSchema = z.strictObject({
  memberId: EntityIdSchema,
  capital: FenSchema,
  reserveShare: FenSchema,
  transactions: TotalsSchema,
  byKind: z.partialRecord(z.enum(TRANSACTION_KINDS), TotalsSchema),
  byYear: z.record(z.string().regex(/^\d{4}$/), TotalsSchema),
  volumeMilli: z.partialRecord(z.enum(VOLUME_UNITS), z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)),
});

type AccountSnapshot = Omit<z.infer<typeof AccountSnapshotSchema>, 'memberId'>;

/** Schema of {@link MemberLedgerState}. */
export const MemberLedgerStateSchema = z.strictObject({
  cooperativeId: EntityIdSchema,
  accounts: z.array(AccountSnapshotSchema),
  nonMember: AccountSnapshotSchema.omit({ memberId: true }),
  postedTransactionIds: z.array(EntityIdSchema),
});

/** A {@link MemberLedger} as plain JSON data (for a store). */
export type MemberLedgerState = z.infer<typeof MemberLedgerStateSchema>;

/** The result of {@link MemberLedger.post}. */
export interface PostingReceipt {
  /** Transactions posted to member accounts. */
  readonly memberTransactions: number;
  /** Transactions kept apart as non-member business (Art. 41). */
  readonly nonMemberTransactions: number;
  /** Their total amount, in fen. */
  readonly amount: Fen;
}

/** Schema of {@link MemberLedger.open}'s input. */
export const OpenAccountSchema = z.strictObject({
  memberId: EntityIdSchema,
  capital: z._default(FenSchema, 0),
  reserveShare: z._default(FenSchema, 0),
});

/** The input of {@link MemberLedger.open}. */
export type OpenAccountInput = z.input<typeof OpenAccountSchema>;

/**
 * The member accounts of one cooperative (成员账户, Art. 43) and its non-member business
 * (Art. 41), posted transaction by transaction.
 *
 * Posting is all or nothing: a batch is checked in full (schema, known member, no repeated
 * transaction id, amounts that stay safe integers) before any account changes, so a bad
 * transaction leaves every account as it was. Deterministic; no clock, no I/O. Plain
 * transactions are checked by a tight loop, and only a batch that fails goes through the zod
 * schema to build the error, so a million postings take well under a second.
 *
 * @example
 * ```ts
 * const ledger = new MemberLedger('coop-1');
 * ledger.open({ memberId: 'M01', capital: 500_000 });
 * ledger.post([{ id: 't1', cooperativeId: 'coop-1', counterparty: { type: 'member', memberId: 'M01' },
 *   kind: 'produceDelivery', date: '2026-06-30', amount: 128_000 }]);
 * ledger.account('M01').transactions; // { count: 1, amount: 128000 }
 * ```
 */
export class MemberLedger {
  /** The cooperative whose accounts these are. */
  readonly cooperativeId: string;
  readonly #accounts = new Map<string, AccountState>();
  readonly #postedIds = new IdIndex();
  readonly #nonMember = new AccountState();
  #largestTotal = 0;

  constructor(cooperativeId: string) {
    this.cooperativeId = parseInput(EntityIdSchema, cooperativeId, { path: ['cooperativeId'] });
  }

  /** Opens an account for a member (on joining), optionally with opening balances. */
  open(input: OpenAccountInput): void {
    const { memberId, capital, reserveShare } = parseInput(OpenAccountSchema, input, { path: ['input'] });
    if (this.#accounts.has(memberId)) {
      throw new HezuoError('ALREADY_MEMBER', `an account for ${memberId} is already open`, {
        path: ['input', 'memberId'],
      });
    }
    const account = new AccountState();
    account.capital = capital;
    account.reserveShare = reserveShare;
    this.#accounts.set(memberId, account);
  }

  /** True when the member has an account here. */
  has(memberId: string): boolean {
    return this.#accounts.has(memberId);
  }

  /**
   * Changes a member's capital or quantified reserve share by a signed amount (a payment, a
   * refund, a year's reserve quantified to members). Refused if either would go negative.
   */
  adjust(memberId: string, change: { readonly capital?: Fen; readonly reserveShare?: Fen }): void {
    const account = this.#account(memberId, ['memberId']);
    const { capital = 0, reserveShare = 0 } = parseInput(
      z.strictObject({ capital: z.optional(SignedFenSchema), reserveShare: z.optional(SignedFenSchema) }),
      change,
      { code: 'INVALID_AMOUNT', path: ['change'] },
    );
    const nextCapital = account.capital + capital;
    const nextReserve = account.reserveShare + reserveShare;
    if (nextCapital < 0 || nextReserve < 0 || nextCapital > MAX_SAFE || nextReserve > MAX_SAFE) {
      throw new HezuoError(
        'INVALID_AMOUNT',
        `the change would leave ${memberId}'s capital or reserve share out of range`,
        {
          path: ['change'],
          details: { capital: account.capital, reserveShare: account.reserveShare },
        },
      );
    }
    account.capital = nextCapital;
    account.reserveShare = nextReserve;
  }

  /**
   * Posts a batch of transactions, all or none. Member transactions go to the member's account;
   * non-member transactions to the non-member totals (Art. 41).
   *
   * @throws HezuoError `INVALID_INPUT` / `INVALID_AMOUNT` (a malformed transaction, with its path),
   * `NOT_A_MEMBER` (no account for the member), `LEDGER_RULE` (another cooperative's transaction,
   * or a transaction id posted before or twice in the batch), `AMOUNT_OVERFLOW`.
   */
  post(transactions: readonly Transaction[]): PostingReceipt {
    if (!Array.isArray(transactions) || transactions.length > 10_000_000) {
      parseInput(TRANSACTION_LIST_SCHEMA, transactions, { path: ['transactions'] });
    }
    const posted = this.#postedIds;
    const targets = new Array<AccountState>(transactions.length);
    let amount = 0;
    let members = 0;
    let checked = 0;
    try {
      for (; checked < transactions.length; checked++) {
        const tx = transactions[checked] as Transaction;
        const account = this.#check(tx, checked);
        // One hash operation checks and records the id; ids are taken back if the batch fails.
        if (!posted.add(tx.id)) {
          throw new HezuoError('LEDGER_RULE', `transaction ${tx.id} is already posted`, {
            path: ['transactions', checked, 'id'],
          });
        }
        targets[checked] = account;
        if (account !== this.#nonMember) members++;
        amount += tx.amount;
      }
      this.#checkTotals(transactions, targets, amount);
    } catch (error) {
      for (let i = 0; i < checked; i++) posted.delete((transactions[i] as Transaction).id);
      throw error;
    }
    // Everything checked: apply.
    for (let i = 0; i < transactions.length; i++) {
      const tx = transactions[i] as Transaction;
      const account = targets[i] as AccountState;
      account.add(tx, KIND_INDEX.get(tx.kind) as number);
      if (account.amount > this.#largestTotal) this.#largestTotal = account.amount;
    }
    return { memberTransactions: members, nonMemberTransactions: transactions.length - members, amount };
  }

  /** Checks one transaction of a batch (throwing with its path) and returns the account it posts to. */
  #check(tx: Transaction, i: number): AccountState {
    const plain = this.#plainTarget(tx);
    if (plain) return plain;
    const result = TransactionSchema.safeParse(tx);
    if (!result.success) {
      const field = result.error.issues[0]?.path[0];
      throw hezuoErrorFromZod(result.error, {
        code: field === 'amount' ? 'INVALID_AMOUNT' : 'INVALID_INPUT',
        path: ['transactions', i],
      });
    }
    if (tx.cooperativeId !== this.cooperativeId) {
      throw new HezuoError(
        'LEDGER_RULE',
        `transaction ${tx.id} belongs to cooperative ${tx.cooperativeId}, not ${this.cooperativeId}`,
        {
          path: ['transactions', i, 'cooperativeId'],
        },
      );
    }
    if (tx.counterparty.type === 'nonMember') return this.#nonMember;
    const account = this.#accounts.get(tx.counterparty.memberId);
    if (!account) {
      throw new HezuoError('NOT_A_MEMBER', `no member account for ${tx.counterparty.memberId}`, {
        path: ['transactions', i, 'counterparty', 'memberId'],
      });
    }
    return account;
  }

  /** No account total may leave the safe integers; cheap unless the ledger is near the limit. */
  #checkTotals(
    transactions: readonly Transaction[],
    targets: readonly AccountState[],
    batchAmount: number,
  ): void {
    if (this.#largestTotal + batchAmount <= MAX_SAFE) return;
    const totals = new Map<AccountState, number>();
    transactions.forEach((tx, i) => {
      const account = targets[i] as AccountState;
      const next = (totals.get(account) ?? account.amount) + tx.amount;
      if (next > MAX_SAFE) {
        throw new HezuoError(
          'AMOUNT_OVERFLOW',
          'an account total would leave the safe integer range of fen',
          {
            path: ['transactions', i, 'amount'],
          },
        );
      }
      totals.set(account, next);
    });
  }

  /** A snapshot of one member's account. */
  account(memberId: string): MemberAccount {
    const account = this.#account(memberId, ['memberId']);
    return {
      memberId,
      capital: account.capital,
      reserveShare: account.reserveShare,
      transactions: { count: account.count, amount: account.amount },
      byKind: account.byKindSnapshot(),
      byYear: account.byYearSnapshot(),
      volumeMilli: account.volumeSnapshot(),
    };
  }

  /** Snapshots of every account, ordered by member id. */
  accounts(): MemberAccount[] {
    return [...this.#accounts.keys()].sort().map((id) => this.account(id));
  }

  /** Totals of the business with non-members (Art. 41). */
  nonMemberTotals(): NonMemberTotals {
    return {
      transactions: { count: this.#nonMember.count, amount: this.#nonMember.amount },
      byKind: this.#nonMember.byKindSnapshot(),
      byYear: this.#nonMember.byYearSnapshot(),
    };
  }

  /** The ledger as plain JSON data, to keep in a store; {@link MemberLedger.fromJSON} reads it back. */
  toJSON(): MemberLedgerState {
    return {
      cooperativeId: this.cooperativeId,
      accounts: this.accounts(),
      nonMember: {
        capital: 0,
        reserveShare: 0,
        volumeMilli: this.#nonMember.volumeSnapshot(),
        ...this.nonMemberTotals(),
      },
      postedTransactionIds: [...this.#postedIds.keys()].sort(),
    };
  }

  /** Rebuilds a ledger from {@link MemberLedger.toJSON}'s output, validated. */
  static fromJSON(state: MemberLedgerState): MemberLedger {
    const valid = parseInput(MemberLedgerStateSchema, state, { path: ['state'] });
    const ledger = new MemberLedger(valid.cooperativeId);
    for (const account of valid.accounts) {
      if (ledger.#accounts.has(account.memberId)) {
        throw new HezuoError('INVALID_INPUT', `two accounts for ${account.memberId}`, {
          path: ['state', 'accounts'],
        });
      }
      ledger.#accounts.set(account.memberId, AccountState.from(account));
    }
    const nonMember = AccountState.from(valid.nonMember);
    ledger.#nonMember.count = nonMember.count;
    ledger.#nonMember.amount = nonMember.amount;
    ledger.#nonMember.kindCount.set(nonMember.kindCount);
    ledger.#nonMember.kindAmount.set(nonMember.kindAmount);
    ledger.#nonMember.volumeMilli.set(nonMember.volumeMilli);
    for (const [year, totals] of nonMember.byYear) ledger.#nonMember.byYear.set(year, totals);
    for (const id of valid.postedTransactionIds) ledger.#postedIds.add(id);
    for (const account of ledger.#accounts.values())
      ledger.#largestTotal = Math.max(ledger.#largestTotal, account.amount);
    ledger.#largestTotal = Math.max(ledger.#largestTotal, ledger.#nonMember.amount);
    return ledger;
  }

  #account(memberId: unknown, path: (string | number)[]): AccountState {
    const account = typeof memberId === 'string' ? this.#accounts.get(memberId) : undefined;
    if (!account)
      throw new HezuoError(
        'NOT_A_MEMBER',
        `no member account for ${String(typeof memberId === 'string' ? memberId : typeof memberId)}`,
        { path },
      );
    return account;
  }

  /**
   * The tight check that lets an ordinary transaction of this cooperative skip the schema:
   * returns the account it posts to, or `undefined` to let the schema and the slow path decide.
   */
  #plainTarget(tx: unknown): AccountState | undefined {
    if (typeof tx !== 'object' || tx === null) return undefined;
    const t = tx as Record<string, unknown>;
    for (const key in t) {
      switch (key) {
        case 'id':
        case 'cooperativeId':
        case 'counterparty':
        case 'kind':
        case 'date':
        case 'amount':
        case 'volume':
        case 'sourceId':
          break;
        default:
          return undefined;
      }
    }
    if (!isPlainId(t.id) || t.cooperativeId !== this.cooperativeId) return undefined;
    if (typeof t.kind !== 'string' || !KIND_INDEX.has(t.kind)) return undefined;
    if (typeof t.amount !== 'number' || !Number.isSafeInteger(t.amount) || t.amount < 0) return undefined;
    if (typeof t.date !== 'string' || !isPlainDate(t.date)) return undefined;
    if (t.sourceId !== undefined && !isPlainId(t.sourceId)) return undefined;
    const c = t.counterparty as Record<string, unknown> | null;
    if (typeof c !== 'object' || c === null) return undefined;
    let fields = 0;
    for (const _ in c) fields++;
    if (fields !== 2) return undefined;
    let account: AccountState | undefined;
    if (c.type === 'member') {
      account = this.#accounts.get(c.memberId as string);
    } else if (
      c.type === 'nonMember' &&
      typeof c.name === 'string' &&
      c.name.length >= 1 &&
      c.name.length <= 200
    ) {
      account = this.#nonMember;
    }
    if (account && t.volume !== undefined) {
      const v = t.volume as Record<string, unknown> | null;
      if (typeof v !== 'object' || v === null || Object.keys(v).length !== 2) return undefined;
      if (typeof v.unit !== 'string' || !UNIT_INDEX.has(v.unit)) return undefined;
      if (typeof v.milli !== 'number' || !Number.isSafeInteger(v.milli) || v.milli < 0) return undefined;
    }
    return account;
  }
}
