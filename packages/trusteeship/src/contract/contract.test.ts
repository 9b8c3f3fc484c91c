import { describe, expect, it } from 'vitest';
import { thrown } from '../__tests__/thrown';
import {
  TRUSTEESHIP_CONTRACT_STATUSES,
  type TrusteeshipContractRecord,
  type TrusteeshipContractStatus,
} from '../contractRecord';
import { EXAMPLE_FULL_QUOTE_INPUT, EXAMPLE_MENU_QUOTE_INPUT } from '../examples';
import { findContractOverlap } from './contractOverlap';
import {
  CONTRACT_ACTIONS,
  CONTRACT_TRANSITIONS,
  type ContractAction,
  type ContractStep,
  canTransitionContract,
  transitionContract,
} from './contractTransitions';
import { draftContractFromQuote } from './draftContract';

const base: TrusteeshipContractRecord = {
  id: 'TG-1',
  memberId: 'M1',
  areaMu: 20,
  status: 'draft',
  startDate: '2025-10-01',
  endDate: '2026-06-30',
  plots: [{ plotId: 'P1', contractAreaMu: 20 }],
};

const stepOf = (action: ContractAction, on = '2026-07-10'): ContractStep =>
  action === 'terminate'
    ? { action, on, reason: 'farmerRequest', owedFen: 12_000, owedBy: 'farmer' }
    : { action, on };

/** Every (status, action) pair with where it leads, or undefined when illegal. */
const EXPECTED: Record<
  TrusteeshipContractStatus,
  Partial<Record<ContractAction, TrusteeshipContractStatus>>
> = {
  draft: { sign: 'signed', terminate: 'terminated' },
  signed: { activate: 'active', terminate: 'terminated' },
  active: { complete: 'completed', terminate: 'terminated' },
  completed: { settle: 'settled' },
  settled: {},
  terminated: {},
};
const pairs = TRUSTEESHIP_CONTRACT_STATUSES.flatMap((status) =>
  CONTRACT_ACTIONS.map((action) => [status, action, EXPECTED[status][action]] as const),
);

describe('the contract state machine', () => {
  it('is the table of DESIGN: draft → signed → active → completed → settled, or terminated', () => {
    expect(CONTRACT_TRANSITIONS).toEqual(EXPECTED);
  });

  it.each(pairs.filter(([, , to]) => to !== undefined))('%s --%s--> %s', (status, action, to) => {
    const moved = transitionContract({ ...base, status }, stepOf(action));
    expect(moved.status).toBe(to);
    expect(canTransitionContract(status, action)).toBe(true);
    const dateField = {
      sign: 'signedOn',
      activate: 'activatedOn',
      complete: 'completedOn',
      settle: 'settledOn',
      terminate: 'terminatedOn',
    }[action];
    expect(moved).toMatchObject({ [dateField]: '2026-07-10' });
  });

  it.each(pairs.filter(([, , to]) => to === undefined))('refuses %s --%s--> (illegal)', (status, action) => {
    const contract = { ...base, status };
    const error = thrown(() => transitionContract(contract, stepOf(action)));
    expect(error).toMatchObject({
      code: 'TRUSTEESHIP_RULE',
      path: ['step', 'action'],
      details: { rule: 'illegalTransition', from: status, action },
    });
    expect(error.message).toContain(`contract TG-1 is ${status}`);
    expect(canTransitionContract(status, action)).toBe(false);
    expect(contract.status).toBe(status); // the input is not changed
  });

  it('records the termination: reason, note, and what is owed by whom', () => {
    const terminated = transitionContract(
      { ...base, status: 'active', activatedOn: '2025-10-01' },
      {
        action: 'terminate',
        on: '2026-03-01',
        reason: 'landRequisitioned',
        note: '征收公告 2026-2',
        owedFen: 35_000,
        owedBy: 'serviceCenter',
      },
    );
    expect(terminated).toMatchObject({
      status: 'terminated',
      terminatedOn: '2026-03-01',
      termination: {
        reason: 'landRequisitioned',
        note: '征收公告 2026-2',
        owedFen: 35_000,
        owedBy: 'serviceCenter',
      },
    });
    expect(
      thrown(() =>
        transitionContract(base, {
          action: 'terminate',
          on: '2026-03-01',
          reason: 'other',
          owedFen: 0,
          owedBy: 'farmer',
        }),
      ),
    ).toMatchObject({ code: 'INVALID_INPUT', path: ['step', 'owedBy'] });
  });

  it('keeps the steps in date order', () => {
    const signed = transitionContract(base, { action: 'sign', on: '2025-09-15' });
    expect(thrown(() => transitionContract(signed, { action: 'activate', on: '2025-09-20' }))).toMatchObject({
      code: 'DATE_ORDER',
      path: ['step', 'on'],
      details: { notBefore: '2025-10-01' }, // not before the start date
    });
    const active = transitionContract(signed, { action: 'activate', on: '2025-10-02' });
    expect(thrown(() => transitionContract(active, { action: 'complete', on: '2025-10-01' }))).toMatchObject({
      code: 'DATE_ORDER',
    });
    expect(thrown(() => transitionContract(active, stepOf('terminate', '2025-09-01')))).toMatchObject({
      code: 'DATE_ORDER',
    });
  });

  it('refuses a malformed contract or step', () => {
    expect(
      thrown(() => transitionContract({ ...base, status: 'lost' as never }, stepOf('sign'))),
    ).toMatchObject({
      path: ['contract', 'status'],
    });
    expect(thrown(() => transitionContract(base, { action: 'sign', on: '2026-02-30' }))).toMatchObject({
      path: ['step', 'on'],
    });
    expect(thrown(() => canTransitionContract('draft', 'approve' as never))).toMatchObject({
      path: ['action'],
    });
  });
});

describe('overlapping contracts on one plot', () => {
  const other = (over: Partial<TrusteeshipContractRecord>): TrusteeshipContractRecord => ({
    ...base,
    id: 'TG-0',
    status: 'active',
    ...over,
  });

  it('finds a contract in force on the same plot for overlapping dates', () => {
    expect(findContractOverlap(base, [other({})])).toEqual({ contractId: 'TG-0', plotId: 'P1' });
    // Ends the day the new one starts: both ends are included, so they overlap.
    expect(
      findContractOverlap(base, [other({ startDate: '2025-03-01', endDate: '2025-10-01' })]),
    ).not.toBeNull();
    // An open-ended contract in force overlaps everything after its start.
    expect(
      findContractOverlap(base, [other({ startDate: '2020-01-01', endDate: undefined })]),
    ).not.toBeNull();
  });

  it.each([
    ['a draft', { status: 'draft' as const }],
    ['a settled contract', { status: 'settled' as const }],
    ['a terminated contract', { status: 'terminated' as const }],
    ['another plot', { plots: [{ plotId: 'P2', contractAreaMu: 20 }] }],
    ['earlier dates', { startDate: '2024-10-01', endDate: '2025-06-30' }],
    ['later dates', { startDate: '2026-07-01', endDate: undefined }],
    ['the same contract', { id: 'TG-1' }],
    ['a contract recorded without plots', { plots: undefined }],
  ])('ignores %s', (_what, over) => {
    expect(findContractOverlap(base, [other(over)])).toBeNull();
  });
});

describe('drafting a contract from a quote', () => {
  it('copies the plots, crop, season and menu terms of the quote', () => {
    const contract = draftContractFromQuote({
      id: 'TG-9',
      memberId: 'M1',
      cooperativeId: 'C1',
      serviceCenterId: 'SC1',
      startDate: '2014-09-20',
      endDate: '2015-06-30',
      quote: EXAMPLE_MENU_QUOTE_INPUT,
    });
    expect(contract).toMatchObject({
      status: 'draft',
      areaMu: 20.5,
      crop: 'wheat',
      season: '2014-2015',
      plots: [
        { plotId: 'P-01', contractAreaMu: 12.5 },
        { plotId: 'P-02', contractAreaMu: 8 },
      ],
      terms: { kind: 'menu', catalogueId: 'gaomi-2014-wheat', volumeDiscount: null },
    });
    expect(
      contract.terms?.kind === 'menu' && contract.terms.services.map((s) => [s.serviceId, s.unitPriceFen]),
    ).toEqual([
      ['wheat-ploughing', 7_000],
      ['wheat-sowing', 2_000],
      ['wheat-spraying', 2_500],
      ['wheat-harvest', 5_000],
    ]);
  });

  it('copies the fee, guarantees and gain share of a full quote', () => {
    const contract = draftContractFromQuote({
      id: 'TG-F',
      memberId: 'M1',
      startDate: '2025-10-01',
      quote: EXAMPLE_FULL_QUOTE_INPUT,
    });
    expect(contract.terms).toEqual({
      kind: 'full',
      feePerMuFen: 100_000,
      farmerGainShare: 0.7,
      guarantees: [{ plotId: 'P-11', guaranteedYieldKgPerMu: 438.7, threeYearAverageKgPerMu: 438.7 }],
    });
  });

  it('refuses dates out of order and a bad quote', () => {
    expect(
      thrown(() =>
        draftContractFromQuote({
          id: 'X',
          memberId: 'M1',
          startDate: '2026-10-01',
          endDate: '2026-01-01',
          quote: EXAMPLE_FULL_QUOTE_INPUT,
        }),
      ),
    ).toMatchObject({ path: ['draft', 'endDate'] });
    expect(
      thrown(() =>
        draftContractFromQuote({
          id: 'X',
          memberId: 'M1',
          startDate: '2026-10-01',
          quote: { ...EXAMPLE_MENU_QUOTE_INPUT, serviceIds: ['wheat-ploughing'] },
        }),
      ),
    ).toMatchObject({ path: ['quote', 'serviceIds'] });
  });
});
