import { z } from 'zod';

/**
 * The parts of a cooperative's charter (章程) that the register rules read. Every default is
 * the law's own number; a charter may be stricter than the law, never looser, so each field's
 * schema refuses values below the legal floor.
 */
export const CharterSchema = z.strictObject({
  /**
   * The last day of the accounting year, `MM-DD`. Exits take effect on it (Art. 25); the
   * calendar year (`12-31`) unless the charter says otherwise.
   */
  accountingYearEnd: z
    .string()
    .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: 'must be MM-DD' })
    .refine(
      (md) =>
        Number(md.slice(3)) <=
        ([31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][Number(md.slice(0, 2)) - 1] ?? 0),
      {
        error: 'must be a day that exists',
      },
    )
    .refine((md) => md !== '02-29', { error: 'an accounting year may not end on 29 February' })
    .default('12-31'),
  /** Months of written notice before the year end for a natural person: ≥ 3 (Art. 25). */
  exitNoticeMonthsIndividual: z
    .number()
    .int()
    .min(3, { error: 'Art. 25 requires at least 3 months' })
    .max(24)
    .default(3),
  /**
   * Months of notice for an enterprise, public institution or social organisation, and for a
   * cooperative leaving a union: ≥ 6 (Arts. 25, 62).
   */
  exitNoticeMonthsOrganization: z
    .number()
    .int()
    .min(6, { error: 'Art. 25 requires at least 6 months' })
    .max(24)
    .default(6),
  /** Minimum share of farmers among members, in percent: ≥ 80 (Art. 20). */
  minFarmerPercent: z
    .number()
    .int()
    .min(80, { error: 'Art. 20 requires at least 80 %' })
    .max(100)
    .default(80),
  /**
   * How a leaving member's share of earlier losses is measured (Art. 28: "as the charter
   * provides"): by capital plus quantified reserve share (default), by capital only, or by the
   * member's transaction amount.
   */
  lossSharingBasis: z
    .enum(['capitalAndReserve', 'capital', 'transactionAmount'])
    .default('capitalAndReserve'),
});

/** A charter with defaults filled in; see {@link CharterSchema}. */
export type Charter = z.infer<typeof CharterSchema>;

/** A charter as given, fields optional; see {@link CharterSchema}. */
export type CharterInput = z.input<typeof CharterSchema>;

/**
 * The fixed numbers of the law that no charter changes.
 * - Art. 12: a cooperative is founded by at least 5 members.
 * - Art. 20: with 20 members or fewer, at most 1 enterprise, public institution or social
 *   organisation member; above 20, at most 5 % of the members (rounded down).
 * - Art. 56: a union is founded by at least 3 cooperatives.
 */
export const COOPERATIVE_LAW = Object.freeze({
  minFounders: 5,
  smallCooperativeMaxMembers: 20,
  smallCooperativeMaxOrganizations: 1,
  largeCooperativeOrganizationPercent: 5,
  minUnionFounders: 3,
});
