import type { MemberAccount } from '../accounts/memberAccount';
import { MemberLedger, type PostingReceipt } from '../accounts/memberLedger';
import type { Transaction } from '../accounts/transaction';
import { type AdmissionInput, admitMembers } from '../cooperative/admission';
import { type ExitDecision, type ExitRequest, requestExit } from '../cooperative/exit';
import { completeExits, type ExitCompletion, type ExitCompletionResult } from '../cooperative/exitSettlement';
import { type FoundingInput, foundCooperative } from '../cooperative/founding';
import { EntityIdSchema } from '../cooperative/ids';
import type { CooperativeRegister } from '../cooperative/register';
import {
  applyShareMovements,
  EMPTY_SHARE_LEDGER,
  type ShareHolding,
  type ShareLedgerState,
  shareHolding,
} from '../equity/shareLedger';
import type { ShareMovement } from '../equity/shareMovement';
import { parseInput } from '../errors/fromZod';
import { HezuoError } from '../errors/HezuoError';
import type { EventBus } from '../events/eventBus';
import { type AdditionalVoteRule, assignAdditionalVotes } from '../governance/additionalVotes';
import type { MeetingAttendanceRecord } from '../governance/attendanceRecord';
import type { Ballot } from '../governance/ballot';
import type { MeetingCharter } from '../governance/meetingRules';
import type { Resolution } from '../governance/resolution';
import { type ResolutionOutcome, tallyResolution } from '../governance/tally';
import { buildUnionVotingRoll } from '../governance/union';
import { buildVotingRoll, type VotingRoll } from '../governance/votingRoll';
import { IsoDateSchema } from '../identity/residentId';
import type { Store, StoreTransaction } from '../store/store';
import { type DistributionInput, type DistributionResult, distributeSurplus } from '../surplus/distribute';
import { type Announce, commitWithEvents } from './commitWithEvents';
import { COOPERATIVE_RECORD_KINDS, loadLedger, loadRegister } from './cooperativeRecords';
import { postMemberTransactions } from './postMemberTransactions';

/** The input of {@link CooperativesApi.distributeSurplus}: the year's figures and plan; members come from the register and accounts. */
export type SurplusDistributionInput = Omit<DistributionInput, 'members'>;

/** What a member meeting decides on, for {@link CooperativesApi.decide}. */
export interface MeetingDecisionInput {
  /** The resolution put to the meeting; its `meetingDate` fixes who is a member. */
  readonly resolution: Resolution;
  /** Ids of the members present. */
  readonly attendance: readonly string[];
  /** The ballots cast. */
  readonly ballots: readonly Ballot[];
  /** The charter's rule for additional votes (Art. 22); none when left out. */
  readonly additionalVotes?: AdditionalVoteRule;
  /** The charter's meeting rules (higher quorum or thresholds); the law's when left out. */
  readonly charter?: MeetingCharter;
}

/**
 * Cooperatives on the client (`hz.cooperatives`): the pure membership and ledger functions,
 * with their state kept in the store and every change announced on the event bus. Each call
 * runs in one store transaction, so a refused change leaves the store as it was.
 */
export interface CooperativesApi {
  /** Founds a cooperative ({@link foundCooperative}), opens its founders' member accounts. */
  found(input: FoundingInput): Promise<CooperativeRegister>;
  /** The register of a cooperative; `NOT_FOUND` if there is none. */
  register(cooperativeId: string): Promise<CooperativeRegister>;
  /** Admits members ({@link admitMembers}) and opens their accounts. */
  admit(cooperativeId: string, input: AdmissionInput): Promise<CooperativeRegister>;
  /** Records a notice of exit ({@link requestExit}). */
  requestExit(cooperativeId: string, request: ExitRequest): Promise<ExitDecision>;
  /**
   * Ends the exits due on `input.on` and settles them ({@link completeExits}); balances are
   * read from the member accounts, so only the uncovered losses need to be given.
   */
  completeExits(
    cooperativeId: string,
    input: Omit<ExitCompletion, 'balances'>,
  ): Promise<ExitCompletionResult>;
  /** Posts transactions to the member accounts, all or none ({@link MemberLedger.post}). */
  postTransactions(cooperativeId: string, transactions: readonly Transaction[]): Promise<PostingReceipt>;
  /**
   * Tallies a resolution at a member meeting: builds the voting roll from the register as of the
   * meeting date (one basic vote each, plus additional votes by the charter's rule from the
   * member accounts, capped at 20 % by Art. 22; none in a union), counts the ballots
   * ({@link tallyResolution}), keeps the outcome, and emits `resolution.passed` or
   * `resolution.failed`. A resolution id is decided once (`MEETING_RULE` otherwise).
   */
  decide(cooperativeId: string, input: MeetingDecisionInput): Promise<ResolutionOutcome>;
  /** A decided resolution's outcome; `NOT_FOUND` if there is none. */
  resolution(cooperativeId: string, resolutionId: string): Promise<ResolutionOutcome>;
  /**
   * Records share movements (subscriptions, payments in cash or in kind, transfers, refunds,
   * conversions) on the share ledger, all or none, and keeps each member account's capital equal
   * to the member's paid-in capital on the ledger. Returns the holdings of the members touched.
   */
  recordShareMovements(cooperativeId: string, movements: readonly ShareMovement[]): Promise<ShareHolding[]>;
  /** A member's holding on the share ledger. */
  shareHolding(cooperativeId: string, memberId: string): Promise<ShareHolding>;
  /**
   * Distributes a year's surplus ({@link distributeSurplus}) among everyone who was a member
   * during the year, reading capital, reserve share and the year's transactions from the member
   * accounts; credits the quantified reserve to the accounts, records conversions to capital on
   * the share ledger, keeps the result, and emits `surplus.distributed`. Run it before the year's
   * exits are completed, so leavers share in the surplus earned while they were members
   * (Art. 28). A year is distributed once.
   */
  distributeSurplus(cooperativeId: string, input: SurplusDistributionInput): Promise<DistributionResult>;
  /** One member's account. */
  account(cooperativeId: string, memberId: string): Promise<MemberAccount>;
  /** All member accounts, ordered by member id. */
  accounts(cooperativeId: string): Promise<MemberAccount[]>;
}

/** @internal Builds the cooperatives API of a client. */
export function createCooperativesApi(store: Store, events: EventBus): CooperativesApi {
  const save = async (tx: StoreTransaction, register: CooperativeRegister, ledger?: MemberLedger) => {
    await tx.put(COOPERATIVE_RECORD_KINDS.register, register.cooperative.id, register);
    if (ledger) await tx.put(COOPERATIVE_RECORD_KINDS.ledger, register.cooperative.id, ledger.toJSON());
  };
  const loadShares = async (tx: StoreTransaction, cooperativeId: string): Promise<ShareLedgerState> =>
    (await tx.get<ShareLedgerState>(COOPERATIVE_RECORD_KINDS.shareLedger, cooperativeId)) ??
    EMPTY_SHARE_LEDGER;
  /** Applies share movements and brings each touched member account's capital to its paid-in capital. */
  const applyShares = async (
    tx: StoreTransaction,
    register: CooperativeRegister,
    ledger: MemberLedger,
    movements: readonly ShareMovement[],
  ): Promise<ShareHolding[]> => {
    const id = register.cooperative.id;
    const current = register.members.filter((m) => m.status !== 'exited').map((m) => m.party.id);
    const shares = applyShareMovements(await loadShares(tx, id), movements, current);
    const touched = new Set<string>();
    for (const m of movements) {
      if (m.type === 'transfer') {
        touched.add(m.fromMemberId);
        touched.add(m.toMemberId);
      } else touched.add(m.memberId);
    }
    const holdings = [...touched].sort().map((memberId) => shareHolding(shares, memberId));
    for (const h of holdings)
      ledger.adjust(h.memberId, { capital: h.paid - ledger.account(h.memberId).capital });
    await tx.put(COOPERATIVE_RECORD_KINDS.shareLedger, id, shares);
    return holdings;
  };
  /** Runs `work` in a transaction and emits its events only once it has committed. */
  const commit = <R>(work: (tx: StoreTransaction, announce: Announce) => Promise<R>) =>
    commitWithEvents(store, work);

  return {
    found: (input) =>
      commit(async (tx, announce) => {
        const register = foundCooperative(input);
        const id = register.cooperative.id;
        if (await tx.get(COOPERATIVE_RECORD_KINDS.register, id)) {
          throw new HezuoError('ALREADY_MEMBER', `cooperative ${id} already exists`, {
            path: ['cooperative', 'id'],
          });
        }
        const ledger = new MemberLedger(id);
        for (const m of register.members) {
          ledger.open({ memberId: m.party.id });
          announce(() =>
            events.emit('member.joined', { cooperativeId: id, memberId: m.party.id, joinedOn: m.joinedOn }),
          );
        }
        await save(tx, register, ledger);
        return register;
      }),

    register: (cooperativeId) => store.transaction((tx) => loadRegister(tx, cooperativeId)),

    admit: (cooperativeId, input) =>
      commit(async (tx, announce) => {
        const before = await loadRegister(tx, cooperativeId);
        const register = admitMembers(before, input);
        const ledger = await loadLedger(tx, before.cooperative.id);
        for (const m of register.members.slice(before.members.length)) {
          // A member who left and is admitted again keeps the account it had.
          if (!ledger.has(m.party.id)) ledger.open({ memberId: m.party.id });
          announce(() =>
            events.emit('member.joined', {
              cooperativeId: before.cooperative.id,
              memberId: m.party.id,
              joinedOn: m.joinedOn,
            }),
          );
        }
        await save(tx, register, ledger);
        return register;
      }),

    requestExit: (cooperativeId, request) =>
      commit(async (tx, announce) => {
        const decision = requestExit(await loadRegister(tx, cooperativeId), request);
        await save(tx, decision.register);
        announce(() =>
          events.emit('member.exitRequested', {
            cooperativeId: decision.register.cooperative.id,
            memberId: decision.memberId,
            noticeOn: decision.noticeOn,
            effectiveOn: decision.effectiveOn,
          }),
        );
        return decision;
      }),

    completeExits: (cooperativeId, input) =>
      commit(async (tx, announce) => {
        const register = await loadRegister(tx, cooperativeId);
        const ledger = await loadLedger(tx, register.cooperative.id);
        const year = typeof input?.on === 'string' ? input.on.slice(0, 4) : '';
        const balances = register.members
          .filter((m) => m.status !== 'exited')
          .map((m) => {
            const account = ledger.account(m.party.id);
            return {
              memberId: m.party.id,
              capital: account.capital,
              reserveShare: account.reserveShare,
              transactionAmount: account.byYear[year]?.amount ?? 0,
            };
          });
        const result = completeExits(register, { ...input, balances });
        // The refund pays out capital (through the share ledger) and reserve share; the account keeps its transaction record.
        const refunds: ShareMovement[] = result.settlements
          .filter((s) => s.capital > 0)
          .map((s) => ({
            type: 'refund',
            id: `refund-${input.on}-${s.memberId}`,
            memberId: s.memberId,
            date: input.on,
            amount: s.capital,
          }));
        if (refunds.length > 0) await applyShares(tx, register, ledger, refunds);
        for (const s of result.settlements) {
          if (s.reserveShare > 0) ledger.adjust(s.memberId, { reserveShare: -s.reserveShare });
          announce(() =>
            events.emit('member.exited', {
              cooperativeId: register.cooperative.id,
              memberId: s.memberId,
              exitedOn: input.on,
              refund: s.refund,
            }),
          );
        }
        await save(tx, result.register, ledger);
        return result;
      }),

    postTransactions: (cooperativeId, transactions) =>
      commit((tx, announce) => postMemberTransactions(tx, events, announce, cooperativeId, transactions)),

    decide: (cooperativeId, input) =>
      commit(async (tx, announce) => {
        const register = await loadRegister(tx, cooperativeId);
        const id = register.cooperative.id;
        const meetingDate = (input as { resolution?: { meetingDate?: unknown } } | null)?.resolution
          ?.meetingDate;
        parseInput(IsoDateSchema, meetingDate, { path: ['input', 'resolution', 'meetingDate'] });
        const resolutionId = parseInput(EntityIdSchema, input.resolution.id, {
          path: ['input', 'resolution', 'id'],
        });
        if (await tx.get(COOPERATIVE_RECORD_KINDS.resolution, `${id}:${resolutionId}`)) {
          throw new HezuoError('MEETING_RULE', `resolution ${resolutionId} has already been decided`, {
            path: ['input', 'resolution', 'id'],
          });
        }
        // Members on the meeting date: joined by then and not yet gone.
        const members = register.members.filter(
          (m) =>
            m.joinedOn <= (meetingDate as string) &&
            (m.status !== 'exited' || (m.exitEffectiveOn ?? '') >= (meetingDate as string)),
        );
        const union = register.cooperative.kind === 'cooperativeUnion';
        let roll: VotingRoll;
        if (union) {
          if (input.additionalVotes) {
            throw new HezuoError(
              'VOTE_CAP_EXCEEDED',
              'a union gives no additional votes (one cooperative, one vote)',
              {
                path: ['input', 'additionalVotes'],
              },
            );
          }
          roll = buildUnionVotingRoll(members.map((m) => m.party.id));
        } else if (input.additionalVotes) {
          const ledger = await loadLedger(tx, id);
          const year = (meetingDate as string).slice(0, 4);
          const assignment = assignAdditionalVotes(
            members.map((m) => {
              const account = ledger.account(m.party.id);
              return {
                memberId: m.party.id,
                capital: account.capital,
                transactionAmount: account.byYear[year]?.amount ?? 0,
              };
            }),
            input.additionalVotes,
          );
          roll = buildVotingRoll(
            members.map((m) => m.party.id),
            assignment,
          );
        } else {
          roll = buildVotingRoll(members.map((m) => m.party.id));
        }
        const outcome = tallyResolution({
          resolution: input.resolution,
          roll,
          attendance: input.attendance,
          ballots: input.ballots,
          ...(input.charter === undefined ? {} : { charter: input.charter }),
        });
        await tx.put(COOPERATIVE_RECORD_KINDS.resolution, `${id}:${outcome.id}`, outcome);
        // Who was on the roll and who came: governance participation is credit evidence (DESIGN §3.6).
        const onRoll = new Set(members.map((m) => m.party.id));
        const attendance: MeetingAttendanceRecord = {
          cooperativeId: id,
          resolutionId: outcome.id,
          meetingDate: meetingDate as string,
          roll: [...onRoll],
          present: [...new Set(input.attendance)].filter((m) => onRoll.has(m)),
        };
        await tx.put(COOPERATIVE_RECORD_KINDS.attendance, `${id}:${outcome.id}`, attendance);
        announce(() =>
          outcome.passed
            ? events.emit('resolution.passed', {
                cooperativeId: id,
                resolutionId: outcome.id,
                subject: outcome.subject.type,
              })
            : events.emit('resolution.failed', {
                cooperativeId: id,
                resolutionId: outcome.id,
                subject: outcome.subject.type,
                reason: outcome.reasonCode,
              }),
        );
        return outcome;
      }),

    resolution: (cooperativeId, resolutionId) =>
      store.transaction(async (tx) => {
        const register = await loadRegister(tx, cooperativeId);
        const id = parseInput(EntityIdSchema, resolutionId, { path: ['resolutionId'] });
        const outcome = await tx.get<ResolutionOutcome>(
          COOPERATIVE_RECORD_KINDS.resolution,
          `${register.cooperative.id}:${id}`,
        );
        if (!outcome)
          throw new HezuoError('NOT_FOUND', `no decided resolution ${id}`, { path: ['resolutionId'] });
        return outcome;
      }),

    recordShareMovements: (cooperativeId, movements) =>
      commit(async (tx) => {
        const register = await loadRegister(tx, cooperativeId);
        const ledger = await loadLedger(tx, register.cooperative.id);
        const touched = await applyShares(tx, register, ledger, movements);
        await tx.put(COOPERATIVE_RECORD_KINDS.ledger, register.cooperative.id, ledger.toJSON());
        return touched;
      }),

    shareHolding: (cooperativeId, memberId) =>
      store.transaction(async (tx) => {
        const register = await loadRegister(tx, cooperativeId);
        return shareHolding(await loadShares(tx, register.cooperative.id), memberId);
      }),

    distributeSurplus: (cooperativeId, input) =>
      commit(async (tx, announce) => {
        const register = await loadRegister(tx, cooperativeId);
        const id = register.cooperative.id;
        const year = (input as { year?: unknown } | null)?.year;
        if (typeof year !== 'number' || !Number.isInteger(year) || year < 1900 || year > 9999) {
          throw new HezuoError('INVALID_INPUT', 'the year is a whole number such as 2026', {
            path: ['input', 'year'],
          });
        }
        if (await tx.get(COOPERATIVE_RECORD_KINDS.distribution, `${id}:${year}`)) {
          throw new HezuoError('DISTRIBUTION_RULE', `the surplus of ${year} has already been distributed`, {
            path: ['input', 'year'],
          });
        }
        const ledger = await loadLedger(tx, id);
        const yearStart = `${year}-01-01`;
        const yearEnd = `${year}-12-31`;
        // Everyone who was a member during the year: joined by its end, not gone before it began.
        const members = register.members.filter(
          (m) =>
            m.joinedOn <= yearEnd && (m.status !== 'exited' || (m.exitEffectiveOn ?? yearStart) >= yearStart),
        );
        const result = distributeSurplus({
          ...input,
          members: members.map((m, index) => {
            if (!ledger.has(m.party.id)) {
              throw new HezuoError('NOT_A_MEMBER', `member ${m.party.id} has no member account`, {
                path: ['members', index],
              });
            }
            const account = ledger.account(m.party.id);
            return {
              memberId: m.party.id,
              transactionAmount: account.byYear[String(year)]?.amount ?? 0,
              capital: account.capital,
              reserveShare: account.reserveShare,
            };
          }),
        });
        const conversions: ShareMovement[] = [];
        for (const statement of result.statements) {
          const reserve = statement.reserveShareAfter - ledger.account(statement.memberId).reserveShare;
          if (reserve > 0) ledger.adjust(statement.memberId, { reserveShare: reserve });
          const converted = statement.capitalAfter - ledger.account(statement.memberId).capital;
          if (converted > 0) {
            conversions.push({
              type: 'conversion',
              id: `conversion-${year}-${statement.memberId}`,
              memberId: statement.memberId,
              date: yearEnd,
              amount: converted,
              distributionId: String(year),
            });
          }
        }
        if (conversions.length > 0) await applyShares(tx, register, ledger, conversions);
        await tx.put(COOPERATIVE_RECORD_KINDS.ledger, id, ledger.toJSON());
        await tx.put(
          COOPERATIVE_RECORD_KINDS.distribution,
          `${id}:${year}`,
          JSON.parse(JSON.stringify(result)),
        );
        announce(() =>
          events.emit('surplus.distributed', {
            cooperativeId: id,
            year,
            distributable: result.totals.distributable,
            members: result.statements.length,
          }),
        );
        return result;
      }),

    account: (cooperativeId, memberId) =>
      store.transaction(async (tx) =>
        (await loadLedger(tx, (await loadRegister(tx, cooperativeId)).cooperative.id)).account(memberId),
      ),

    accounts: (cooperativeId) =>
      store.transaction(async (tx) =>
        (await loadLedger(tx, (await loadRegister(tx, cooperativeId)).cooperative.id)).accounts(),
      ),
  };
}
