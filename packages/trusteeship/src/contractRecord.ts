import {
  EntityIdSchema,
  FenSchema,
  IsoDateSchema,
  type LocalizedText,
  LocalizedTextSchema,
  ProduceCodeSchema,
  RecordIdSchema,
} from '@hezuo/core';
import { z } from 'zod';
import { AreaMuSchema } from './area';
import {
  type ServiceUnit,
  ServiceUnitSchema,
  type TrusteeshipOperation,
  TrusteeshipOperationSchema,
} from './catalogue/operations';
import { type SeasonWindow, SeasonWindowSchema } from './catalogue/seasonWindow';
import { SeasonLabelSchema } from './catalogue/serviceCatalogue';
import { YieldKgPerMuSchema } from './quote/fullQuote';
import { ShareSchema } from './quote/fullTrusteeshipRules';

/** The store kind of trusteeship contracts: `trusteeship.contract`. */
export const TRUSTEESHIP_CONTRACT_KIND = 'trusteeship.contract';

/**
 * The life of a trusteeship contract (托管合同): `draft` (proposed, not binding), `signed`,
 * `active` (work under way), `completed` (work done), `settled` (fees paid), or `terminated`
 * (ended early).
 */
export const TRUSTEESHIP_CONTRACT_STATUSES = [
  'draft',
  'signed',
  'active',
  'completed',
  'settled',
  'terminated',
] as const;

/** One of {@link TRUSTEESHIP_CONTRACT_STATUSES}. */
export type TrusteeshipContractStatus = (typeof TRUSTEESHIP_CONTRACT_STATUSES)[number];

/** Schema of {@link TrusteeshipContractStatus}. */
export const TrusteeshipContractStatusSchema = z.enum(TRUSTEESHIP_CONTRACT_STATUSES);

/**
 * Why a contract ended early: the farmer or the service centre asked, the land was requisitioned
 * (征收), fees were not paid, the service failed, a natural disaster, or another reason (say
 * which in the note).
 */
export const TERMINATION_REASONS = [
  'farmerRequest',
  'serviceCenterRequest',
  'landRequisitioned',
  'nonPayment',
  'serviceFailure',
  'naturalDisaster',
  'other',
] as const;

/** One of {@link TERMINATION_REASONS}. */
export type TerminationReason = (typeof TERMINATION_REASONS)[number];

/** Schema of {@link TerminationReason}. */
export const TerminationReasonSchema = z.enum(TERMINATION_REASONS);

/** Who owes what on termination: the farmer, the service centre, or nobody. */
export const OWING_PARTIES = ['farmer', 'serviceCenter', 'nobody'] as const;

/** One of {@link OWING_PARTIES}. */
export type OwingParty = (typeof OWING_PARTIES)[number];

/** Schema of a contract's termination: when, why, and what is owed by whom. */
export const ContractTerminationSchema = z
  .strictObject({
    /** Why it ended. */
    reason: TerminationReasonSchema,
    /** A free note, e.g. the requisition notice. */
    note: z.string().max(500).optional(),
    /** What is owed on termination, in fen. */
    owedFen: FenSchema,
    /** Who owes it: `nobody` exactly when `owedFen` is 0. */
    owedBy: z.enum(OWING_PARTIES),
  })
  .refine((t) => (t.owedFen === 0) === (t.owedBy === 'nobody'), {
    path: ['owedBy'],
    error: 'owedBy is "nobody" exactly when nothing is owed (owedFen 0)',
  });

/** A contract's termination; see {@link ContractTerminationSchema}. */
export interface ContractTermination {
  /** Why it ended. */
  readonly reason: TerminationReason;
  /** A free note. */
  readonly note?: string | undefined;
  /** What is owed on termination, in fen. */
  readonly owedFen: number;
  /** Who owes it. */
  readonly owedBy: OwingParty;
}

/** Schema of a plot under a contract: the plot and its contract area (合同面积), in mu. */
export const ContractPlotSchema = z.strictObject({
  /** The plot's id (a `trusteeship.plot` record). */
  plotId: EntityIdSchema,
  /** The area contracted on this plot, in mu; kept apart from the registered and measured areas. */
  contractAreaMu: AreaMuSchema,
});

/** A plot under a contract; see {@link ContractPlotSchema}. */
export interface ContractPlot {
  /** The plot's id. */
  readonly plotId: string;
  /** The area contracted on this plot, in mu. */
  readonly contractAreaMu: number;
}

/** Schema of one priced service of a menu contract, copied from the quote. */
export const ContractServiceSchema = z.strictObject({
  /** The catalogue service id. */
  serviceId: EntityIdSchema,
  /** Its operation. */
  operation: TrusteeshipOperationSchema,
  /** Its name, in both locales. */
  name: LocalizedTextSchema,
  /** The unit of the price. */
  unit: ServiceUnitSchema,
  /** The price per unit, in fen, for all passes. */
  unitPriceFen: FenSchema.check(z.gte(1)),
  /** How many passes the price covers. */
  passes: z.int().min(1).max(20),
  /** The days of the year the operation is done in. */
  window: SeasonWindowSchema,
});

/** One priced service of a menu contract; see {@link ContractServiceSchema}. */
export interface ContractService {
  /** The catalogue service id. */
  readonly serviceId: string;
  /** Its operation. */
  readonly operation: TrusteeshipOperation;
  /** Its name, in both locales. */
  readonly name: LocalizedText;
  /** The unit of the price. */
  readonly unit: ServiceUnit;
  /** The price per unit, in fen, for all passes. */
  readonly unitPriceFen: number;
  /** How many passes the price covers. */
  readonly passes: number;
  /** The days of the year the operation is done in. */
  readonly window: SeasonWindow;
}

/** Schema of the terms of a menu contract (半托管): the services at their quoted prices, and the volume discount. */
export const MenuContractTermsSchema = z.strictObject({
  /** `menu`. */
  kind: z.literal('menu'),
  /** The catalogue the prices came from. */
  catalogueId: EntityIdSchema,
  /** The services ordered, with their prices. */
  services: z.array(ContractServiceSchema).min(2).max(100),
  /** The volume discount that applied at the quote, or `null`. */
  volumeDiscount: z
    .strictObject({ minAreaMu: AreaMuSchema, discountRate: z.number().gt(0).lt(1) })
    .nullable(),
});

/** The terms of a menu contract; see {@link MenuContractTermsSchema}. */
export interface MenuContractTerms {
  /** `menu`. */
  readonly kind: 'menu';
  /** The catalogue the prices came from. */
  readonly catalogueId: string;
  /** The services ordered, with their prices. */
  readonly services: readonly ContractService[];
  /** The volume discount that applied at the quote, or `null`. */
  readonly volumeDiscount: { readonly minAreaMu: number; readonly discountRate: number } | null;
}

/** Schema of a plot's guarantee under a full contract. */
export const PlotGuaranteeSchema = z.strictObject({
  /** The plot. */
  plotId: EntityIdSchema,
  /** The guaranteed yield, kg per mu. */
  guaranteedYieldKgPerMu: YieldKgPerMuSchema.check(
    z.refine((kg) => kg > 0, { error: 'must be greater than zero' }),
  ),
  /** The previous 3-year average it was set against, or `null`. */
  threeYearAverageKgPerMu: z.nullable(YieldKgPerMuSchema),
});

/** A plot's guarantee under a full contract; see {@link PlotGuaranteeSchema}. */
export interface PlotGuarantee {
  /** The plot. */
  readonly plotId: string;
  /** The guaranteed yield, kg per mu. */
  readonly guaranteedYieldKgPerMu: number;
  /** The previous 3-year average it was set against, or `null`. */
  readonly threeYearAverageKgPerMu: number | null;
}

/** Schema of the terms of a full contract (全托管): fee per mu per season, guarantees, gain share. */
export const FullContractTermsSchema = z.strictObject({
  /** `full`. */
  kind: z.literal('full'),
  /** The package fee per mu per season, in fen. */
  feePerMuFen: FenSchema.check(z.gte(1)),
  /** The farmer's share of the gain above the guarantee. */
  farmerGainShare: ShareSchema,
  /** One guarantee per plot. */
  guarantees: z.array(PlotGuaranteeSchema).min(1).max(100_000),
});

/** The terms of a full contract; see {@link FullContractTermsSchema}. */
export interface FullContractTerms {
  /** `full`. */
  readonly kind: 'full';
  /** The package fee per mu per season, in fen. */
  readonly feePerMuFen: number;
  /** The farmer's share of the gain above the guarantee. */
  readonly farmerGainShare: number;
  /** One guarantee per plot. */
  readonly guarantees: readonly PlotGuarantee[];
}

/** Schema of the terms of either kind of contract. */
export const ContractTermsSchema = z.discriminatedUnion('kind', [
  MenuContractTermsSchema,
  FullContractTermsSchema,
]);

/** The terms of either kind of contract. */
export type ContractTerms = MenuContractTerms | FullContractTerms;

const AREA_TOLERANCE = 1e-9;

/**
 * Schema of a trusteeship contract record as stored under {@link TRUSTEESHIP_CONTRACT_KIND}:
 * a land trusteeship (土地托管) agreement between the cooperative's service centre and one member.
 *
 * Five fields are required (`id`, `memberId`, `areaMu`, `status`, `startDate`), so a contract
 * kept elsewhere can be recorded as it stands; contracts drafted through the plugin also carry
 * their plots, terms, parties and the dates of each step.
 */
export const TrusteeshipContractRecordSchema = z
  .strictObject({
    /** The contract id, unique within the kind. */
    id: RecordIdSchema,
    /** The member (farmer household) whose land is under trusteeship. */
    memberId: z.string().min(1, { error: 'a member id may not be empty' }).max(256),
    /** The land area under contract, in mu (亩): finite and greater than zero. */
    areaMu: z
      .number({ error: 'an area must be a number of mu' })
      .positive({ error: 'the area under contract must be greater than zero' })
      .refine(Number.isFinite, { error: 'an area must be finite' }),
    /** Where the contract is in its life. */
    status: TrusteeshipContractStatusSchema,
    /** The day the trusteeship starts, `YYYY-MM-DD`. */
    startDate: IsoDateSchema,
    /** The last day of the trusteeship, `YYYY-MM-DD`; open-ended when left out. */
    endDate: z.optional(IsoDateSchema),
    /** The cooperative whose service centre farms the land. */
    cooperativeId: z.optional(EntityIdSchema),
    /** The service centre (为农服务中心) that does the work. */
    serviceCenterId: z.optional(EntityIdSchema),
    /** The crop. */
    crop: z.optional(ProduceCodeSchema),
    /** The season (the first season of a contract that runs for several). */
    season: z.optional(SeasonLabelSchema),
    /** The plots under contract; their contract areas add up to `areaMu`. */
    plots: z.array(ContractPlotSchema).min(1).max(100_000).optional(),
    /** The terms: services and prices (menu) or fee, guarantees and gain share (full). */
    terms: ContractTermsSchema.optional(),
    /** The day it was signed. */
    signedOn: z.optional(IsoDateSchema),
    /** The day work began. */
    activatedOn: z.optional(IsoDateSchema),
    /** The day the work was completed. */
    completedOn: z.optional(IsoDateSchema),
    /** The day it was settled. */
    settledOn: z.optional(IsoDateSchema),
    /** The day it was terminated. */
    terminatedOn: z.optional(IsoDateSchema),
    /** Why it was terminated and what is owed; only on a terminated contract. */
    termination: ContractTerminationSchema.optional(),
  })
  .superRefine((contract, ctx) => {
    if (contract.endDate !== undefined && contract.endDate < contract.startDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['endDate'],
        message: 'the end date may not be before the start date',
      });
    }
    if (contract.termination !== undefined && contract.status !== 'terminated') {
      ctx.addIssue({
        code: 'custom',
        path: ['termination'],
        message: 'only a terminated contract has a termination',
      });
    }
    if (contract.plots) {
      const seen = new Set<string>();
      let total = 0;
      contract.plots.forEach((plot, index) => {
        if (seen.has(plot.plotId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['plots', index, 'plotId'],
            message: `plot "${plot.plotId}" is listed twice`,
          });
        }
        seen.add(plot.plotId);
        total += plot.contractAreaMu;
      });
      if (Math.abs(total - contract.areaMu) > AREA_TOLERANCE * Math.max(1, contract.areaMu)) {
        ctx.addIssue({
          code: 'custom',
          path: ['areaMu'],
          message: `the contract area ${contract.areaMu} mu is not the sum of its plots' contract areas (${total} mu)`,
        });
      }
      if (contract.terms?.kind === 'full') {
        const guaranteed = contract.terms.guarantees.map((g) => g.plotId).sort();
        const listed = [...seen].sort();
        if (guaranteed.length !== listed.length || guaranteed.some((id, i) => id !== listed[i])) {
          ctx.addIssue({
            code: 'custom',
            path: ['terms', 'guarantees'],
            message: 'a full contract has exactly one guarantee for each of its plots',
          });
        }
      }
    }
  });

/** A trusteeship contract record; see {@link TrusteeshipContractRecordSchema}. */
export interface TrusteeshipContractRecord {
  /** The contract id, unique within {@link TRUSTEESHIP_CONTRACT_KIND}. */
  readonly id: string;
  /** The member (farmer household) whose land is under trusteeship. */
  readonly memberId: string;
  /** The land area under contract, in mu (亩), greater than zero. */
  readonly areaMu: number;
  /** Where the contract is in its life. */
  readonly status: TrusteeshipContractStatus;
  /** The day the trusteeship starts, `YYYY-MM-DD`. */
  readonly startDate: string;
  /** The last day of the trusteeship, `YYYY-MM-DD`; open-ended when left out. */
  readonly endDate?: string | undefined;
  /** The cooperative whose service centre farms the land. */
  readonly cooperativeId?: string | undefined;
  /** The service centre that does the work. */
  readonly serviceCenterId?: string | undefined;
  /** The crop. */
  readonly crop?: string | undefined;
  /** The season (the first season of a contract that runs for several). */
  readonly season?: string | undefined;
  /** The plots under contract. */
  readonly plots?: readonly ContractPlot[] | undefined;
  /** The terms. */
  readonly terms?: ContractTerms | undefined;
  /** The day it was signed. */
  readonly signedOn?: string | undefined;
  /** The day work began. */
  readonly activatedOn?: string | undefined;
  /** The day the work was completed. */
  readonly completedOn?: string | undefined;
  /** The day it was settled. */
  readonly settledOn?: string | undefined;
  /** The day it was terminated. */
  readonly terminatedOn?: string | undefined;
  /** Why it was terminated and what is owed. */
  readonly termination?: ContractTermination | undefined;
}
