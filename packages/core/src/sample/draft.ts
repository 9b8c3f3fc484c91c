import type { CooperativeIndustry, CountyPlot } from './county';
import type { TownshipSeed } from './gaomi';

/**
 * The generator's working state: what it knows of each township, cooperative and household
 * while it writes their records. Never leaves the module.
 * @internal
 */

/** A township while the county is built. */
export interface TownshipDraft {
  readonly index: number;
  readonly id: string;
  readonly seed: TownshipSeed;
  readonly regionCode: string;
  readonly villages: readonly { readonly name: string; readonly lng: number; readonly lat: number }[];
  /** Full-trusteeship fee per mu of its service centre, by history year offset. */
  readonly trusteeshipFeePerMuFen: readonly number[];
}

/** A cooperative while the county is built. */
export interface CooperativeDraft {
  readonly index: number;
  readonly id: string;
  readonly township: TownshipDraft;
  readonly kind: 'cooperative' | 'grassrootsCooperative';
  readonly industry: CooperativeIndustry;
  readonly crops: readonly string[];
  readonly name: string;
  readonly nameEn: string;
  readonly uscc: string;
  readonly foundedDay: number;
  /** Members in id order; the first `founders` founded it. */
  readonly members: HouseholdDraft[];
  founders: number;
  unionId: string | null;
  serviceCenterId: string | null;
}

/** A household while the county is built. */
export interface HouseholdDraft {
  readonly index: number;
  readonly id: string;
  readonly township: TownshipDraft;
  readonly village: string;
  readonly cooperative: CooperativeDraft;
  joinedDay: number;
  readonly name: string;
  readonly sex: 'male' | 'female';
  readonly birthDate: string;
  readonly residentId: string;
  /** Age in whole years on the assessment date. */
  readonly age: number;
  readonly workingMembers: number;
  readonly skill: number;
  readonly discipline: number;
  readonly exposure: number;
  /** A bad year (illness, hail, a price fall) in each history year, oldest first. */
  readonly shocks: readonly boolean[];
  readonly seasonShock: boolean;
  readonly plots: readonly CountyPlot[];
  readonly landTenths: number;
  readonly wheatTenths: number;
  readonly carrotTenths: number;
  /** Typical yields, kg per mu. */
  readonly wheatYield: number;
  readonly maizeYield: number;
  readonly carrotYield: number;
  readonly shareCapitalFen: number;
  reserveShareFen: number;
  readonly honours: number;
  readonly adverseRecords: number;
  probabilityBad: number;
  defaulted: boolean;
}
