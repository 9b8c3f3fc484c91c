import { EntityIdSchema, IsoDateSchema, parseInput, RecordIdSchema } from '@hezuo/core';
import { z } from 'zod';
import type { ContractTerms, TrusteeshipContractRecord } from '../contractRecord';
import { TrusteeshipContractRecordSchema } from '../contractRecord';
import type { FullQuoteInput } from '../quote/fullQuote';
import type { MenuQuoteInput } from '../quote/menuQuote';
import { quoteTrusteeship, type TrusteeshipQuote } from '../quote/quote';

/** Schema of the parties and dates of a contract drafted from a quote (the quote is checked on its own). */
export const ContractDraftSchema = z
  .strictObject({
    /** The contract id. */
    id: RecordIdSchema,
    /** The member (farmer household) whose land it is. */
    memberId: z.string().min(1, { error: 'a member id may not be empty' }).max(256),
    /** The cooperative whose service centre farms the land. */
    cooperativeId: z.optional(EntityIdSchema),
    /** The service centre that does the work. */
    serviceCenterId: z.optional(EntityIdSchema),
    /** The first day of the trusteeship. */
    startDate: IsoDateSchema,
    /** The last day; open-ended when left out. */
    endDate: z.optional(IsoDateSchema),
    /** The quote request the contract is drafted from; it is quoted again here, so prices cannot drift. */
    quote: z.custom<MenuQuoteInput | FullQuoteInput>((v) => typeof v === 'object' && v !== null, {
      error: 'a contract is drafted from a quote request',
    }),
  })
  .refine((d) => d.endDate === undefined || d.endDate >= d.startDate, {
    path: ['endDate'],
    error: 'the end date may not be before the start date',
  });

/** A contract draft; see {@link ContractDraftSchema}. */
export interface ContractDraft {
  /** The contract id. */
  readonly id: string;
  /** The member whose land it is. */
  readonly memberId: string;
  /** The cooperative whose service centre farms the land. */
  readonly cooperativeId?: string | undefined;
  /** The service centre that does the work. */
  readonly serviceCenterId?: string | undefined;
  /** The first day of the trusteeship. */
  readonly startDate: string;
  /** The last day; open-ended when left out. */
  readonly endDate?: string | undefined;
  /** The quote request the contract is drafted from. */
  readonly quote: MenuQuoteInput | FullQuoteInput;
}

/** The terms a quote fixes. */
function termsOf(quote: TrusteeshipQuote): ContractTerms {
  if (quote.kind === 'full') {
    return {
      kind: 'full',
      feePerMuFen: quote.feePerMuFen,
      farmerGainShare: quote.farmerGainShare,
      guarantees: quote.plots.map((p) => ({
        plotId: p.plotId,
        guaranteedYieldKgPerMu: p.guaranteedYieldKgPerMu,
        threeYearAverageKgPerMu: p.threeYearAverageKgPerMu,
      })),
    };
  }
  let volumeDiscount: { minAreaMu: number; discountRate: number } | null = null;
  const services = [];
  for (const line of quote.lines) {
    if (line.kind === 'volumeDiscount') {
      volumeDiscount = { minAreaMu: line.minAreaMu, discountRate: line.discountRate };
    } else {
      services.push({
        serviceId: line.serviceId,
        operation: line.operation,
        name: line.name,
        unit: line.unit,
        unitPriceFen: line.unitPriceFen,
        passes: line.passes,
        window: line.window,
      });
    }
  }
  return { kind: 'menu', catalogueId: quote.catalogueId, services, volumeDiscount };
}

/**
 * Drafts a contract from a quote request (pure): quotes it ({@link quoteTrusteeship}) and
 * copies what the quote fixes into the contract — the plots with their contract areas, the
 * crop and season, and the terms (the services at their prices and the volume discount of a
 * menu quote; the fee per mu, the guarantees and the gain share of a full quote). The contract
 * starts as a `draft`; see {@link transitionContract} for the rest of its life.
 *
 * @throws HezuoError `INVALID_INPUT` (path `draft`, field) for bad parties or dates, and what
 * {@link quoteTrusteeship} throws (path `quote`, …)
 *
 * @example
 * ```ts
 * const contract = draftContractFromQuote({
 *   id: 'TG-1', memberId: 'M1', startDate: '2025-10-01', endDate: '2026-06-30',
 *   quote: EXAMPLE_MENU_QUOTE_INPUT,
 * });
 * contract.status; // 'draft'
 * ```
 */
export function draftContractFromQuote(draft: ContractDraft): TrusteeshipContractRecord {
  const args = parseInput(ContractDraftSchema, draft, { path: ['draft'] });
  const quote = quoteTrusteeship(args.quote);
  const record = {
    id: args.id,
    memberId: args.memberId,
    areaMu: quote.areaMu,
    status: 'draft' as const,
    startDate: args.startDate,
    ...(args.endDate === undefined ? {} : { endDate: args.endDate }),
    ...(args.cooperativeId === undefined ? {} : { cooperativeId: args.cooperativeId }),
    ...(args.serviceCenterId === undefined ? {} : { serviceCenterId: args.serviceCenterId }),
    crop: quote.crop,
    season: quote.season,
    plots: quote.plots.map((p) => ({ plotId: p.plotId, contractAreaMu: p.areaMu })),
    terms: termsOf(quote),
  };
  return parseInput(TrusteeshipContractRecordSchema, record, { path: ['draft'] });
}
