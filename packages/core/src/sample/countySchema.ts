import { z } from 'zod';
import { parseInput } from '../errors/fromZod';
import { IsoDateSchema } from '../identity/residentId';
import type { County } from './county';

const Id = z.string().min(1).max(256);
const Fen = z.int().min(0).max(Number.MAX_SAFE_INTEGER);
const Count = z.int().min(0).max(1_000_000);
const Day = IsoDateSchema;
const OptionalDate = z.optional(Day);
const MAX_RECORDS = 10_000_000;
const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_RECORDS);
/** A weight in kg: finite, not negative, at most 10,000 t, so grams times a price stay exact. */
const Kg = z.number().min(0).max(10_000_000);

/**
 * What the county functions read from a county, checked before they read it: every field the
 * credit rows and transactions are computed from, with its type. Other fields pass unchecked,
 * so a county from an older or newer generator is read as far as it goes.
 */
const CountyReadSchema = z.looseObject({
  asOf: Day,
  households: list(
    z.looseObject({
      id: Id,
      cooperativeId: Id,
      joinedOn: Day,
      birthDate: Day,
      shareCapitalFen: Fen,
      reserveShareFen: Fen,
      honours: Count,
      adverseRecords: Count,
      latent: z.looseObject({ defaulted: z.boolean() }),
    }),
  ),
  deliveries: list(
    z
      .looseObject({
        id: Id,
        cooperativeId: Id,
        memberId: Id,
        deliveredOn: Day,
        grossKg: Kg,
        // At most 100,000 yuan per kg: grams × price stays below 2^53.
        unitPrice: z.int().min(0).max(10_000_000),
        deductions: z.optional(z.array(z.looseObject({ kg: z.optional(Kg) })).max(100)),
      })
      .refine((d) => (d.deductions ?? []).reduce((sum, x) => sum + (x.kg ?? 0), 0) <= d.grossKg, {
        error: 'weight deductions may not exceed the gross weight',
        path: ['deductions'],
      }),
  ),
  inputPurchases: list(z.looseObject({ id: Id, memberId: Id, date: Day, amountFen: Fen })),
  trusteeshipContracts: list(
    z.looseObject({
      id: Id,
      memberId: Id,
      cooperativeId: Id,
      areaMu: z.number().positive().max(100_000_000),
      status: z.enum(['draft', 'signed', 'active', 'completed', 'settled', 'terminated']),
      startDate: Day,
      signedOn: OptionalDate,
      terminatedOn: OptionalDate,
    }),
  ),
  feePayments: list(
    z.looseObject({
      id: Id,
      memberId: Id,
      contractId: Id,
      dueDate: Day,
      amountDueFen: Fen,
      paidOn: OptionalDate,
      amountPaidFen: z.optional(Fen),
    }),
  ),
  installments: list(
    z.looseObject({
      memberId: Id,
      loanId: Id,
      dueDate: Day,
      amountDueFen: Fen,
      paidOn: OptionalDate,
      amountPaidFen: z.optional(Fen),
      writtenOff: z.optional(z.boolean()),
    }),
  ),
  meetings: list(
    z.looseObject({
      cooperativeId: Id,
      meetingDate: Day,
      roll: z.array(Id).max(1_000_000),
      present: z.array(Id).max(1_000_000),
    }),
  ),
  surplusDistributions: list(
    z.looseObject({
      cooperativeId: Id,
      year: z.int().min(0).max(9999),
      statements: list(z.looseObject({ memberId: Id, patronageRefundFen: Fen })),
    }),
  ),
});

/**
 * Checks the fields of a county that its credit rows and transactions are computed from.
 * @throws HezuoError `INVALID_INPUT` with the path of the first bad field under `county`
 * @internal
 */
export function readCounty(county: unknown): County {
  // The schema checked every field these functions read; the rest is carried along as given.
  return parseInput(CountyReadSchema, county, { path: ['county'] }) as unknown as County;
}
