import type { CountyFeePayment, CountyPlotGuarantee, CountyTrusteeshipContract } from './county';
import { dayNumber, isoDate } from './days';
import type { HouseholdDraft } from './draft';
import { portableExp, portableLn } from './portableMath';
import { logistic, type Random } from './random';

/**
 * Days late, exponential with the given mean, at most a year (so a payment of the history
 * never falls after the season). @internal
 */
export function daysLate(random: Random, meanDays: number): number {
  return Math.min(365, 1 + Math.floor(-portableLn(1 - random.next()) * meanDays));
}

/** `round_half_up(a × b / c)` for non-negative safe integers whose product stays below 2^53. */
export function mulDivHalfUp(a: number, b: number, c: number): number {
  return Math.floor((2 * a * b + c) / (2 * c));
}

/** Whether a household hands land to trusteeship at all: older heads, larger farms, fewer hands. @internal */
export function isTrusteeshipAdopter(random: Random, h: HouseholdDraft): boolean {
  const p = logistic(
    -1.1 + 0.04 * (h.age - 55) + 0.35 * portableLn(h.landTenths / 70) - 0.3 * (h.workingMembers - 2),
  );
  return random.chance(p);
}

/** A contract and its fees. @internal */
export interface ContractWithFees {
  readonly contract: CountyTrusteeshipContract;
  readonly fees: readonly CountyFeePayment[];
}

/**
 * One summer-maize season of full trusteeship (全托管) in history year `year` (offset `k`):
 * signed in May, a 30 % deposit due a week later, the work June to October, the balance due two
 * weeks after completion. A household short of discipline in a bad year may never pay the
 * deposit (the centre then terminates the contract before the work), pay late, or leave the
 * balance unpaid; a few ask to end the contract mid-season.
 * @internal
 */
export function householdContract(
  random: Random,
  h: HouseholdDraft,
  year: number,
  k: number,
  feePerMuFen: number,
  center: { readonly id: string; readonly cooperativeId: string },
): ContractWithFees | null {
  const wheatPlots = h.plots.filter((p) => p.crop === 'wheat');
  if (wheatPlots.length === 0) return null;
  const chosen = wheatPlots.filter(() => random.chance(0.8));
  const plots = chosen.length > 0 ? chosen : [wheatPlots[0] as (typeof wheatPlots)[number]];
  const tenths = plots.reduce((sum, p) => sum + Math.round(p.registeredAreaMu * 10), 0);
  const shock = h.shocks[k] === true ? 1 : 0;
  const id = `TC-${h.id}-${year}`;
  const guarantees: CountyPlotGuarantee[] = plots.map((p) => {
    const average = Math.round(h.maizeYield * (1 + 0.03 * random.normal()) * 10) / 10;
    return { plotId: p.id, guaranteedYieldKgPerMu: average, threeYearAverageKgPerMu: average };
  });
  const signed = dayNumber(year, 5, random.int(5, 25));
  const start = dayNumber(year, 6, 15);
  const completed = dayNumber(year, 10, random.int(1, 10)); // by the end date, 10 October
  const total = mulDivHalfUp(feePerMuFen, tenths, 10);
  const deposit = mulDivHalfUp(total, 3, 10);
  const balance = total - deposit;
  const depositDue = signed + 7;
  const balanceDue = completed + 15;
  const lateMean = 15 * portableExp(-0.5 * h.discipline);
  const onTime = logistic(1.7 + 1.2 * h.discipline - 2.0 * shock - 0.3 * h.exposure);
  const pay = (due: number, earliest: number): number =>
    random.chance(onTime) ? Math.max(earliest, due - random.int(0, 5)) : due + daysLate(random, lateMean);

  const base = {
    id,
    memberId: h.id,
    areaMu: tenths / 10,
    startDate: isoDate(start),
    endDate: isoDate(dayNumber(year, 10, 10)),
    cooperativeId: center.cooperativeId,
    serviceCenterId: center.id,
    crop: 'maize',
    season: `${year}-summer`,
    plots: plots.map((p) => ({ plotId: p.id, contractAreaMu: p.registeredAreaMu })),
    terms: { kind: 'full' as const, feePerMuFen, farmerGainShare: 0.7, guarantees },
    signedOn: isoDate(signed),
  };
  const fee = (n: number, due: number, amount: number, paid?: number): CountyFeePayment =>
    paid === undefined
      ? { id: `TF-${id}-${n}`, memberId: h.id, contractId: id, dueDate: isoDate(due), amountDueFen: amount }
      : {
          id: `TF-${id}-${n}`,
          memberId: h.id,
          contractId: id,
          dueDate: isoDate(due),
          amountDueFen: amount,
          paidOn: isoDate(paid),
          amountPaidFen: amount,
        };

  if (random.chance(logistic(-3.6 - 1.4 * h.discipline + 2.2 * shock))) {
    // The deposit never came: the centre ended the contract before the work began.
    return {
      contract: {
        ...base,
        status: 'terminated',
        terminatedOn: isoDate(depositDue + random.int(5, 10)),
        termination: { reason: 'nonPayment', owedFen: 0, owedBy: 'nobody' },
      },
      fees: [fee(1, depositDue, deposit)],
    };
  }
  const depositPaid = pay(depositDue, signed);
  const paidDeposit = fee(1, depositDue, deposit, depositPaid);
  if (random.chance(0.02)) {
    return {
      contract: {
        ...base,
        status: 'terminated',
        activatedOn: isoDate(start),
        terminatedOn: isoDate(dayNumber(year, 7, random.int(1, 28))),
        termination: { reason: 'farmerRequest', owedFen: 0, owedBy: 'nobody' },
      },
      fees: [paidDeposit],
    };
  }
  if (random.chance(logistic(-4.5 - 1.3 * h.discipline + 2.0 * shock))) {
    return {
      contract: {
        ...base,
        status: 'completed',
        activatedOn: isoDate(start),
        completedOn: isoDate(completed),
      },
      fees: [paidDeposit, fee(2, balanceDue, balance)],
    };
  }
  const balancePaid = pay(balanceDue, completed);
  return {
    contract: {
      ...base,
      status: 'settled',
      activatedOn: isoDate(start),
      completedOn: isoDate(completed),
      settledOn: isoDate(Math.max(balancePaid, depositPaid)),
    },
    fees: [paidDeposit, fee(2, balanceDue, balance, balancePaid)],
  };
}
