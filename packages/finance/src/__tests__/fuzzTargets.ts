import { createHezuo, PRACTICE_CREDIT_LINE_POLICY } from '@hezuo/core';
import type { FuzzTarget } from '@hezuo/core/testing';
import fc from 'fast-check';
import { CN_2025_BUSINESS_CALENDAR } from '../calendar/cnCalendar2025';
import { grantCreditLine } from '../creditLine/grantCreditLine';
import * as finance from '../index';
import { PRACTICE_WHEAT_STAGE_CAPS } from '../insurance/insuranceClaim';
import { openLoanAccount } from '../repayment/openLoanAccount';
import { termsArbitrary } from '../schedule/__tests__/termsArbitrary';

const call = (fn: unknown) => fn as (...args: unknown[]) => unknown;

export const principal = fc.oneof(fc.integer({ min: -1, max: 1e12 }), fc.maxSafeInteger());
export const rate = fc.oneof(
  fc.double({ min: -1, max: 10, noNaN: true }),
  fc.constantFrom('0.0435', '4.35e-2', '1e-3', '-0.5', '1e400', '1e-400', '0.36', '0.3600001'),
);
export const date = fc.constantFrom(
  '2025-06-30',
  '2026-06-30',
  '2024-02-29',
  '2023-02-29',
  '0001-01-01',
  '9999-12-31',
  '2025-01-15',
);
export const dayCount = fc.constantFrom('ACT/360', 'ACT/365', 'ACT/366');
export const rounding = fc.constantFrom(undefined, 'halfUp', 'halfEven', 'floor', 'bankers');
const fen = fc.oneof(fc.integer({ min: -1, max: 1e7 }), fc.maxSafeInteger(), fc.double({ min: 0, max: 2 }));
const share = fc.oneof(rate, fc.constantFrom('0.1', '0.25', '0.45', '1', '0'));
const area = fc.oneof(fc.constantFrom('12.5', 7.3, 0, '-1', '1e9', 1e-9), fc.double({ min: -1, max: 1e4 }));

export const installment = fc.record(
  {
    id: fc.constantFrom('i1', 'i2', ''),
    memberId: fc.constantFrom('M001', 'M002', ''),
    loanId: fc.constantFrom('L1', 'L2', ''),
    dueDate: date,
    amountDueFen: fen,
    paidOn: date,
    amountPaidFen: fen,
    writtenOff: fc.oneof(fc.boolean(), fc.constant('yes')),
  },
  { requiredKeys: [] },
);
export const history = [
  fc.array(installment, { maxLength: 4 }),
  fc.constantFrom('M001', 'M002', ''),
  date,
] as const;

const terms = fc.oneof(
  termsArbitrary as fc.Arbitrary<unknown>,
  termsArbitrary.map((t) => ({
    ...t,
    calendar: CN_2025_BUSINESS_CALENDAR,
    fees: [{ id: 'f', amountFen: 100 }],
  })),
  fc.record(
    {
      principalFen: principal,
      annualRate: rate,
      startDate: date,
      periods: fc.integer({ min: -1, max: 700 }),
      method: fc.constantFrom('equalInstallment', 'seasonal', 'bullet'),
      dueDates: fc.array(date, { maxLength: 3 }),
      tranches: fc.array(fc.record({ date, amountFen: fen }), { maxLength: 3 }),
      grace: fc.record({
        periods: fc.integer({ min: -1, max: 10 }),
        kind: fc.constantFrom('principal', 'x'),
      }),
    },
    { requiredKeys: [] },
  ),
);

const account = openLoanAccount({
  loanId: 'L1',
  memberId: 'M001',
  terms: {
    principalFen: 1_200_000,
    annualRate: '0.0435',
    startDate: '2025-01-15',
    periods: 12,
    method: 'equalInstallment',
  },
});
const accounts = fc.oneof(
  fc.constant<unknown>(account),
  fc.constant<unknown>({ ...account, balanceFen: 5 }),
  fc.constant<unknown>({ ...account, installments: [] }),
  fc.constant<unknown>({ ...account, status: 'paidOff' }),
);
const repayment = fc.record(
  { date, amountFen: fen, prepayment: fc.constantFrom('reamortise', 'shorten', 'skip') },
  { requiredKeys: [] },
);

const line = grantCreditLine({
  lineId: 'CL1',
  policy: PRACTICE_CREDIT_LINE_POLICY,
  applicant: { memberId: 'M001', grantedOn: '2025-01-01' },
  score: { grade: 'AA' },
});
const lines = fc.oneof(fc.constant<unknown>(line), fc.constant<unknown>({ ...line, availableFen: 1 }));
const movement = fc.record(
  { date, amountFen: fen, reference: fc.constantFrom('L1', '') },
  { requiredKeys: [] },
);

const fund = {
  id: 'F1',
  memberIds: ['M001', 'M002'],
  holdings: [
    { memberId: 'M001', sharesFen: 100 },
    { memberId: 'M002', sharesFen: 900 },
  ],
  netCapitalFen: 10_000_000,
  cashFen: 10_000_000,
  loans: [],
};
const funds = fc.oneof(
  fc.constant<unknown>(fund),
  fc.constant<unknown>({ ...fund, holdings: [{ memberId: 'X', sharesFen: 1 }] }),
);
const mutualRules = fc.record(
  { maxUsageFeeRate: rate, maxHolderShare: share },
  { requiredKeys: ['maxUsageFeeRate'] },
);

const notice = '{"noticeId":"N1"}';
const hz = createHezuo({ plugins: [finance.finance()] });

/** Puts the client's store into a generated feature input that asked for one (store: null). */
function withStore(input: unknown): never {
  if (typeof input === 'object' && input !== null && (input as { store?: unknown }).store === null) {
    return { ...input, store: hz.store } as never;
  }
  return input as never;
}
const featureInput = fc.record(
  { memberId: fc.constantFrom('M001', ''), asOf: date, store: fc.constant<unknown>(null) },
  { requiredKeys: [] },
);

const target = (name: string, fn: unknown, nearlyValid: readonly fc.Arbitrary<unknown>[]): FuzzTarget => ({
  name,
  arity: nearlyValid.length,
  call: (...args: unknown[]) => call(fn)(...args),
  nearlyValid,
});

/** Every input-taking export of @hezuo/finance, and the plugin's API, with arguments closer to valid mixed in. */
export const FINANCE_FUZZ_TARGETS: Record<string, FuzzTarget> = {
  simpleInterest: target('simpleInterest', finance.simpleInterest, [
    principal,
    rate,
    date,
    date,
    dayCount,
    rounding,
  ]),
  daysBetween: target('daysBetween', finance.daysBetween, [date, date]),
  installmentOnTimeShare: target('installmentOnTimeShare', finance.installmentOnTimeShare, history),
  maxDaysOverdue: target('maxDaysOverdue', finance.maxDaysOverdue, history),
  defaultedLoans: target('defaultedLoans', finance.defaultedLoans, history),
  computeOnTimeShare: target('computeOnTimeShare', (i: unknown) => finance.computeOnTimeShare(withStore(i)), [
    featureInput,
  ]),
  computeMaxDaysOverdue: target(
    'computeMaxDaysOverdue',
    (i: unknown) => finance.computeMaxDaysOverdue(withStore(i)),
    [featureInput],
  ),
  computeDefaults3y: target('computeDefaults3y', (i: unknown) => finance.computeDefaults3y(withStore(i)), [
    featureInput,
  ]),
  finance: target('finance', finance.finance, [
    fc.record(
      {
        dayCount,
        penaltySurchargeRate: fc.oneof(rate, fc.constant('0.5')),
        registerCreditFeatures: fc.oneof(fc.boolean(), fc.constant(1)),
      },
      { requiredKeys: [] },
    ),
  ]),
  adjustToBusinessDay: target('adjustToBusinessDay', finance.adjustToBusinessDay, [
    date,
    fc.constantFrom(
      CN_2025_BUSINESS_CALENDAR,
      { id: 'x', weekendDays: [1, 2, 3, 4, 5, 6, 7] },
      { id: 'y', weekendDays: [8] },
    ),
    fc.constantFrom('following', 'modifiedFollowing', 'preceding', 'none', 'nearest'),
  ]),
  isBusinessDay: target('isBusinessDay', finance.isBusinessDay, [
    date,
    fc.constant(CN_2025_BUSINESS_CALENDAR),
  ]),
  buildLoanSchedule: target('buildLoanSchedule', finance.buildLoanSchedule, [terms]),
  annualisedCost: target('annualisedCost', finance.annualisedCost, [terms]),
  xirr: target('xirr', finance.xirr, [
    fc.array(fc.record({ date, amountFen: fc.integer({ min: -1e9, max: 1e9 }) }), { maxLength: 6 }),
  ]),
  openLoanAccount: target('openLoanAccount', finance.openLoanAccount, [
    fc.record(
      { loanId: fc.constantFrom('L1', ''), memberId: fc.constant('M1'), terms },
      { requiredKeys: [] },
    ),
  ]),
  applyRepayment: target('applyRepayment', finance.applyRepayment, [accounts, repayment]),
  loanStatement: target('loanStatement', finance.loanStatement, [accounts, date]),
  installmentRecordsOf: target('installmentRecordsOf', finance.installmentRecordsOf, [accounts]),
  grantCreditLine: target('grantCreditLine', finance.grantCreditLine, [
    fc.record(
      {
        lineId: fc.constantFrom('CL', ''),
        policy: fc.constantFrom(PRACTICE_CREDIT_LINE_POLICY, {
          ...PRACTICE_CREDIT_LINE_POLICY,
          incomeMultiple: '2',
        }),
        applicant: fc.record({ memberId: fc.constant('M1'), grantedOn: date }),
        score: fc.record(
          { grade: fc.constantFrom('AA', 'Z', ''), rated: fc.boolean(), score: fc.double() },
          { requiredKeys: ['grade'] },
        ),
      },
      { requiredKeys: [] },
    ),
  ]),
  drawOnCreditLine: target('drawOnCreditLine', finance.drawOnCreditLine, [lines, movement]),
  repayCreditLine: target('repayCreditLine', finance.repayCreditLine, [lines, movement]),
  checkMutualAidFund: target('checkMutualAidFund', finance.checkMutualAidFund, [funds, mutualRules]),
  subscribeMutualAidShares: target('subscribeMutualAidShares', finance.subscribeMutualAidShares, [
    funds,
    mutualRules,
    fc.record({ memberId: fc.constantFrom('M001', 'X'), amountFen: fen }),
  ]),
  lendFromMutualAidFund: target('lendFromMutualAidFund', finance.lendFromMutualAidFund, [
    funds,
    mutualRules,
    fc.record(
      {
        loanId: fc.constant('MA1'),
        memberId: fc.constantFrom('M001', 'X'),
        amountFen: fen,
        usageFeeRate: rate,
        startDate: date,
        dueDate: date,
      },
      { requiredKeys: [] },
    ),
  ]),
  repayMutualAidLoan: target('repayMutualAidLoan', finance.repayMutualAidLoan, [
    funds,
    fc.record(
      { loanId: fc.constantFrom('MA1', ''), principalFen: fen, usageFeeFen: fen },
      { requiredKeys: [] },
    ),
  ]),
  formJointLiabilityGroup: target('formJointLiabilityGroup', finance.formJointLiabilityGroup, [
    fc.record({
      id: fc.constant('G'),
      memberIds: fc.array(fc.constantFrom('a', 'b', 'c', 'd', ''), { maxLength: 7 }),
    }),
    fc.record(
      { minHouseholds: fc.integer({ min: -1, max: 9 }), maxHouseholds: fc.integer({ min: -1, max: 9 }) },
      { requiredKeys: [] },
    ),
  ]),
  recoverDefault: target('recoverDefault', finance.recoverDefault, [
    fc.record(
      {
        owedFen: fen,
        borrowerPaysFen: fen,
        groupMembers: fc.array(fc.record({ memberId: fc.constant('M'), capacityFen: fen }), { maxLength: 4 }),
        guaranteeFundFen: fen,
        governmentCover: fc.record({ share, capFen: fen }, { requiredKeys: [] }),
      },
      { requiredKeys: [] },
    ),
  ]),
  guaranteeFee: target('guaranteeFee', finance.guaranteeFee, [
    fc.record(
      {
        guaranteedFen: fen,
        annualRate: rate,
        termMonths: fc.integer({ min: -1, max: 700 }),
        maxAnnualRate: rate,
      },
      { requiredKeys: [] },
    ),
  ]),
  cooperativeFundContribution: target('cooperativeFundContribution', finance.cooperativeFundContribution, [
    fc.record({ assetCompanyIncomeFen: fen, share, minimumShare: share }, { requiredKeys: [] }),
  ]),
  insurancePremium: target('insurancePremium', finance.insurancePremium, [
    fc.record(
      {
        sumInsuredPerMuFen: fen,
        premiumRate: share,
        areaMu: area,
        outputValuePerMuFen: fen,
        maxCoverShare: share,
      },
      { requiredKeys: [] },
    ),
  ]),
  premiumSubsidySplit: target('premiumSubsidySplit', finance.premiumSubsidySplit, [
    fc.record(
      {
        premiumFen: fen,
        kind: fc.constantFrom('crop', 'livestock', 'fish'),
        region: fc.constantFrom('east', 'centralWestNortheast', 'west'),
        provinceShare: share,
        countyShare: share,
      },
      { requiredKeys: [] },
    ),
  ]),
  insuranceClaim: target('insuranceClaim', finance.insuranceClaim, [
    fc.record(
      {
        sumInsuredPerMuFen: fen,
        insuredAreaMu: area,
        damagedAreaMu: area,
        growthStage: fc.constantFrom('headingToFilling', 'constructor', '__proto__', 'x'),
        stageCaps: fc.constant(PRACTICE_WHEAT_STAGE_CAPS),
        lossRate: share,
        deductible: share,
        totalLossThreshold: share,
      },
      { requiredKeys: [] },
    ),
  ]),
  checkInsuredArea: target('checkInsuredArea', finance.checkInsuredArea, [
    fc.record(
      {
        memberId: fc.constantFrom('M001', ''),
        insuredAreaMu: area,
        asOf: date,
        contracts: fc.array(
          fc.record({
            id: fc.constant('T'),
            memberId: fc.constant('M001'),
            areaMu: fc.double(),
            status: fc.constant('active'),
            startDate: date,
          }),
          { maxLength: 3 },
        ),
      },
      { requiredKeys: [] },
    ),
  ]),
  createBankClient: target('createBankClient', finance.createBankClient, [
    fc.record(
      { baseUrl: fc.constantFrom('https://bank.test/v1', 'ftp://x', 'not a url'), timeoutMs: fc.integer() },
      { requiredKeys: [] },
    ),
  ]),
  createInsurerClient: target('createInsurerClient', finance.createInsurerClient, [
    fc.record(
      { baseUrl: fc.constantFrom('https://insurer.test/v1', ''), retry: fc.record({ limit: fc.integer() }) },
      { requiredKeys: [] },
    ),
  ]),
  partnerContractDocument: target('partnerContractDocument', finance.partnerContractDocument, [
    fc.constantFrom('bank', 'insurer', 'broker'),
  ]),
  PartnerError: target('PartnerError', (init: unknown) => new finance.PartnerError(init as never), [
    fc.record(
      {
        failure: fc.constantFrom('http', 'timeout', 'odd'),
        partner: fc.string(),
        operation: fc.string(),
        status: fc.integer(),
        attempts: fc.integer(),
        path: fc.array(fc.anything()),
      },
      { requiredKeys: [] },
    ),
  ]),
  isPartnerError: target('isPartnerError', finance.isPartnerError, [fc.anything()]),
  signWebhook: target('signWebhook', finance.signWebhook, [
    fc.constantFrom(notice, ''),
    fc.constantFrom('a-shared-secret-of-the-bank', 'short'),
    fc.integer({ min: -1, max: 2e9 }),
  ]),
  verifyWebhookSignature: target('verifyWebhookSignature', finance.verifyWebhookSignature, [
    fc.record(
      {
        payload: fc.constant(notice),
        signature: fc.constantFrom('t=1,v1=00', `t=1,v1=${'a'.repeat(64)}`, 't=,v1=', ''),
        secret: fc.constant('a-shared-secret-of-the-bank'),
        now: fc.integer({ min: -1, max: 2e9 }),
      },
      { requiredKeys: [] },
    ),
  ]),
  receiveRepaymentNotice: target('receiveRepaymentNotice', finance.receiveRepaymentNotice, [
    fc.record(
      {
        payload: fc.constantFrom(notice, 'not json'),
        signature: fc.string(),
        secret: fc.string(),
        now: fc.integer(),
      },
      { requiredKeys: [] },
    ),
  ]),
  // The plugin's API on a client.
  'hz.finance.recordInstallment': target('hz.finance.recordInstallment', hz.finance.recordInstallment, [
    installment,
  ]),
  'hz.finance.schedule': target('hz.finance.schedule', hz.finance.schedule, [terms]),
  'hz.finance.annualisedCost': target('hz.finance.annualisedCost', hz.finance.annualisedCost, [terms]),
  'hz.finance.openLoan': target('hz.finance.openLoan', hz.finance.openLoan, [
    fc.record(
      {
        loanId: fc.constantFrom('L1', 'L2', ''),
        memberId: fc.constant('M1'),
        terms,
        creditLineId: fc.constantFrom('CL', 'none'),
      },
      { requiredKeys: [] },
    ),
  ]),
  'hz.finance.repay': target('hz.finance.repay', hz.finance.repay, [
    fc.constantFrom('L1', 'L2', '', 'none'),
    repayment,
  ]),
  'hz.finance.loan': target('hz.finance.loan', hz.finance.loan, [fc.constantFrom('L1', '')]),
  'hz.finance.loanStatement': target('hz.finance.loanStatement', hz.finance.loanStatement, [
    fc.constantFrom('L1', ''),
    date,
  ]),
  'hz.finance.grantCreditLine': target('hz.finance.grantCreditLine', hz.finance.grantCreditLine, [
    fc.record({
      lineId: fc.constantFrom('CL', ''),
      policy: fc.constant(PRACTICE_CREDIT_LINE_POLICY),
      applicant: fc.record({ memberId: fc.constant('M1'), grantedOn: date }),
      score: fc.record({ grade: fc.constantFrom('AA', 'A') }),
    }),
  ]),
  'hz.finance.creditLine': target('hz.finance.creditLine', hz.finance.creditLine, [
    fc.constantFrom('CL', ''),
  ]),
  'hz.finance.quoteInsurance': target('hz.finance.quoteInsurance', hz.finance.quoteInsurance, [
    fc.record(
      {
        memberId: fc.constantFrom('M1', ''),
        asOf: date,
        premium: fc.record(
          { sumInsuredPerMuFen: fen, premiumRate: share, areaMu: area, outputValuePerMuFen: fen },
          { requiredKeys: [] },
        ),
        subsidy: fc.record(
          { kind: fc.constant('crop'), region: fc.constant('east'), provinceShare: share },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: [] },
    ),
  ]),
};
