import type { Party } from '../../cooperative/party';
import { validateResidentId } from '../../identity/residentId';
import type { CreditFeatureDefinition, CreditFeatureInput, CreditFeatureValue } from '../featureRegistry';
import { isWithinLookback } from './lookback';
import { accountsOf, attendanceOf, distributionsOf, membershipsOf } from './memberRecords';

/**
 * The credit characteristics the core computes from the cooperative's own records (DESIGN §3.6,
 * the household, membership, marketing and equity legs of the three-in-one model). Each reads
 * only what was on record on the as-of date, with one exception stated on `core.equityFen`.
 */

/** @internal Whole years from `from` to `to` (a birthday or anniversary on `to` counts). */
export function completedYears(from: string, to: string): number {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return to.slice(5) >= from.slice(5) ? years : years - 1;
}

function ageOf(party: Party, asOf: string): number | null {
  if (party.kind !== 'naturalPerson') return null;
  return completedYears(validateResidentId(party.residentId).birthDate, asOf);
}

async function headAge({ store, memberId, asOf }: CreditFeatureInput): Promise<CreditFeatureValue> {
  const [first] = await membershipsOf(store, memberId, asOf);
  return first ? ageOf(first.line.party, asOf) : null;
}

async function membershipYears({ store, memberId, asOf }: CreditFeatureInput): Promise<CreditFeatureValue> {
  const memberships = await membershipsOf(store, memberId, asOf);
  if (memberships.length === 0) return null;
  return Math.max(...memberships.map((m) => completedYears(m.line.joinedOn, asOf)));
}

async function meetingAttendance({ store, memberId, asOf }: CreditFeatureInput): Promise<CreditFeatureValue> {
  const memberships = await membershipsOf(store, memberId, asOf);
  let onRoll = 0;
  let present = 0;
  for (const meeting of await attendanceOf(store, memberships)) {
    if (!isWithinLookback(meeting.meetingDate, asOf) || !meeting.roll.includes(memberId)) continue;
    onRoll++;
    if (meeting.present.includes(memberId)) present++;
  }
  // No meeting since joining: nothing to judge participation by.
  return onRoll === 0 ? null : present / onRoll;
}

/** The last complete calendar year before `asOf`: transactions are kept by year. */
function lastCompleteYear(asOf: string): number {
  return Number(asOf.slice(0, 4)) - 1;
}

async function yearlyTransactionFen({
  store,
  memberId,
  asOf,
}: CreditFeatureInput): Promise<CreditFeatureValue> {
  const memberships = await membershipsOf(store, memberId, asOf);
  if (memberships.length === 0) return null;
  const year = String(lastCompleteYear(asOf));
  let total = 0;
  for (const account of await accountsOf(store, memberships, memberId))
    total += account.byYear[year]?.amount ?? 0;
  return total;
}

async function transactionYears({ store, memberId, asOf }: CreditFeatureInput): Promise<CreditFeatureValue> {
  const memberships = await membershipsOf(store, memberId, asOf);
  if (memberships.length === 0) return null;
  const accounts = await accountsOf(store, memberships, memberId);
  const last = lastCompleteYear(asOf);
  let years = 0;
  for (let y = last - 2; y <= last; y++) {
    if (accounts.some((a) => (a.byYear[String(y)]?.amount ?? 0) > 0)) years++;
  }
  return years;
}

async function patronageRefundFen({
  store,
  memberId,
  asOf,
}: CreditFeatureInput): Promise<CreditFeatureValue> {
  const memberships = await membershipsOf(store, memberId, asOf);
  const last = lastCompleteYear(asOf);
  let distributions = 0;
  let refunds = 0;
  for (const d of await distributionsOf(store, memberships)) {
    if (d.year < last - 2 || d.year > last) continue;
    distributions++;
    for (const s of d.statements) if (s.memberId === memberId) refunds += s.patronageRefund;
  }
  // No distribution in the window (no surplus, or too new a member): no evidence either way.
  return distributions === 0 ? null : refunds;
}

async function equityFen({ store, memberId, asOf }: CreditFeatureInput): Promise<CreditFeatureValue> {
  const memberships = await membershipsOf(store, memberId, asOf);
  if (memberships.length === 0) return null;
  let total = 0;
  for (const account of await accountsOf(store, memberships, memberId))
    total += account.capital + account.reserveShare;
  return total;
}

const text = (zh: string, en: string) => Object.freeze({ 'zh-CN': zh, en });

/** The ids of the core's credit characteristics. */
export const CORE_CREDIT_FEATURE_IDS = Object.freeze({
  headAge: 'core.headAge',
  membershipYears: 'core.membershipYears',
  meetingAttendance: 'core.meetingAttendance',
  yearlyTransactionFen: 'core.yearlyTransactionFen',
  transactionYears: 'core.transactionYears',
  patronageRefundFen: 'core.patronageRefundFen',
  equityFen: 'core.equityFen',
});

/**
 * The credit characteristics every client has, registered under `core.` before any plugin's.
 * A member who is not a member of any cooperative on the as-of date gets `null` for each.
 */
export const CORE_CREDIT_FEATURES: readonly CreditFeatureDefinition[] = Object.freeze([
  {
    id: CORE_CREDIT_FEATURE_IDS.headAge,
    type: 'numeric',
    unit: 'years',
    label: text('户主年龄', "Household head's age"),
    description: text(
      '成员（户主）在评估日的周岁年龄，按居民身份证号码中的出生日期计算；组织成员为空值。',
      "The member's (household head's) age in completed years on the as-of date, from the date of birth in the resident ID; empty for organisation members.",
    ),
    compute: headAge,
  },
  {
    id: CORE_CREDIT_FEATURE_IDS.membershipYears,
    type: 'numeric',
    unit: 'years',
    label: text('入社年限', 'Years of membership'),
    description: text(
      '自入社之日至评估日的整年数；在多个合作社入社的取最长者。',
      'Completed years from joining to the as-of date; the longest where the member belongs to several cooperatives.',
    ),
    compute: membershipYears,
  },
  {
    id: CORE_CREDIT_FEATURE_IDS.meetingAttendance,
    type: 'numeric',
    unit: 'share',
    label: text('成员大会出席率', 'Member meeting attendance'),
    description: text(
      '评估日前三年内，成员在册的成员大会决议中本人出席的比例；期间未开会的为空值。',
      'Of the member meetings in the three years before the as-of date at which the member was on the roll, the share attended; empty when no meeting was held.',
    ),
    compute: meetingAttendance,
  },
  {
    id: CORE_CREDIT_FEATURE_IDS.yearlyTransactionFen,
    type: 'numeric',
    unit: 'fen',
    label: text('与合作社年交易额', 'Yearly transactions with the cooperative'),
    description: text(
      '评估日上一个完整自然年内，成员与本社的交易额合计（分）。交易按年记账，故取完整年度。',
      "The member's transactions with the cooperative in the last complete calendar year before the as-of date, in fen (transactions are kept by year).",
    ),
    compute: yearlyTransactionFen,
  },
  {
    id: CORE_CREDIT_FEATURE_IDS.transactionYears,
    type: 'numeric',
    unit: 'years',
    label: text('交易连续性', 'Years with transactions'),
    description: text(
      '评估日前三个完整自然年中，成员与本社有交易的年数（0–3）。',
      'Of the three complete calendar years before the as-of date, the number in which the member traded with the cooperative (0-3).',
    ),
    compute: transactionYears,
  },
  {
    id: CORE_CREDIT_FEATURE_IDS.patronageRefundFen,
    type: 'numeric',
    unit: 'fen',
    label: text('按交易量返还', 'Patronage refunds received'),
    description: text(
      '评估日前三个完整自然年的盈余分配中，成员获得的按交易量（额）返还合计（分）；期间未分配盈余的为空值。',
      'Patronage refunds paid to the member in the surplus distributions of the three complete calendar years before the as-of date, in fen; empty when no surplus was distributed.',
    ),
    compute: patronageRefundFen,
  },
  {
    id: CORE_CREDIT_FEATURE_IDS.equityFen,
    type: 'numeric',
    unit: 'fen',
    label: text('成员账户出资与公积金份额', 'Capital and reserve share'),
    description: text(
      '成员账户中的出资额与量化的公积金份额之和（分）。成员账户只保存当前余额，故此项按当前记录计算，不回溯到评估日。',
      "Capital plus the reserve share quantified to the member's account, in fen. Member accounts keep current balances only, so this reads the current record rather than the as-of date.",
    ),
    compute: equityFen,
  },
]);
