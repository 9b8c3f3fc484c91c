import type { MemberLedgerState } from '../../accounts/memberLedger';
import type { CooperativeRegister, RegisterMember } from '../../cooperative/register';
import type { MeetingAttendanceRecord } from '../../governance/attendanceRecord';
import type { StoreTransaction } from '../../store/store';
import type { DistributionResult } from '../../surplus/distribute';

/** @internal The store kinds the core characteristics read (as `COOPERATIVE_RECORD_KINDS`). */
export const CORE_KINDS = {
  register: 'core.cooperative',
  ledger: 'core.memberLedger',
  distribution: 'core.distribution',
  attendance: 'core.attendance',
} as const;

type Reader = Pick<StoreTransaction, 'get' | 'list'>;

/** @internal A member's lines on every register, with the register's cooperative id. */
export interface Membership {
  readonly cooperativeId: string;
  readonly line: RegisterMember;
}

/** @internal Whether a register line is a member on `date`: joined by then and not yet gone. */
export function isMemberOn(line: RegisterMember, date: string): boolean {
  return line.joinedOn <= date && (line.status !== 'exited' || (line.exitEffectiveOn ?? '') >= date);
}

type ListedRegisters = Awaited<ReturnType<Reader['list']>>;

/** Register lines by member, per listed array (see `readMemberRecords`: a credit drive lists once). */
const linesByMember = new WeakMap<ListedRegisters, Map<string, Membership[]>>();

/** @internal Every cooperative in which `memberId` is a member on `asOf`. */
export async function membershipsOf(store: Reader, memberId: string, asOf: string): Promise<Membership[]> {
  const registers = await store.list<CooperativeRegister>(CORE_KINDS.register);
  let index = linesByMember.get(registers);
  if (index === undefined) {
    index = new Map();
    for (const { id, value } of registers) {
      for (const line of value.members) {
        const list = index.get(line.party.id);
        if (list === undefined) index.set(line.party.id, [{ cooperativeId: id, line }]);
        else list.push({ cooperativeId: id, line });
      }
    }
    linesByMember.set(registers, index);
  }
  return (index.get(memberId) ?? []).filter((m) => isMemberOn(m.line, asOf));
}

/** @internal The member's account in each of its cooperatives' ledgers. */
export async function accountsOf(
  store: Reader,
  memberships: readonly Membership[],
  memberId: string,
): Promise<MemberLedgerState['accounts']> {
  const out: MemberLedgerState['accounts'] = [];
  for (const m of memberships) {
    const ledger = await store.get<MemberLedgerState>(CORE_KINDS.ledger, m.cooperativeId);
    const account = ledger?.accounts.find((a) => a.memberId === memberId);
    if (account) out.push(account);
  }
  return out;
}

/** @internal Surplus distributions of the member's cooperatives. */
export async function distributionsOf(
  store: Reader,
  memberships: readonly Membership[],
): Promise<DistributionResult[]> {
  const ids = new Set(memberships.map((m) => m.cooperativeId));
  const records = await store.list<DistributionResult>(CORE_KINDS.distribution);
  return records.filter((r) => ids.has(r.id.slice(0, r.id.lastIndexOf(':')))).map((r) => r.value);
}

/** @internal Meeting attendance records of the member's cooperatives. */
export async function attendanceOf(
  store: Reader,
  memberships: readonly Membership[],
): Promise<MeetingAttendanceRecord[]> {
  const ids = new Set(memberships.map((m) => m.cooperativeId));
  const records = await store.list<MeetingAttendanceRecord>(CORE_KINDS.attendance);
  return records.map((r) => r.value).filter((r) => ids.has(r.cooperativeId));
}
