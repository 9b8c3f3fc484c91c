import { FenSchema, IsoDateSchema, NonNegativeDecimalSchema, RecordIdSchema } from '@hezuo/core';
import { z } from 'zod';

/** Schema of one member's holding of a mutual-aid fund's shares (互助金股份). */
export const MutualAidHoldingSchema = z.strictObject({
  /** The member. */
  memberId: z.string().min(1).max(256),
  /** The shares paid in, in fen. */
  sharesFen: FenSchema.check(z.gte(1, { error: 'a holding is at least 1 fen' })),
});

/** Schema of a loan outstanding from a mutual-aid fund. */
export const MutualAidLoanSchema = z.strictObject({
  /** The loan's id. */
  loanId: RecordIdSchema,
  /** The borrowing member. */
  memberId: z.string().min(1).max(256),
  /** The amount lent, in fen. */
  amountFen: FenSchema.check(z.gte(1)),
  /** Principal outstanding, in fen. */
  outstandingFen: FenSchema,
  /** The usage fee rate (资金占用费率), a yearly decimal. */
  usageFeeRate: NonNegativeDecimalSchema,
  /** The usage fee for the term, in fen. */
  usageFeeFen: FenSchema,
  /** The day lent. */
  startDate: IsoDateSchema,
  /** The day due. */
  dueDate: IsoDateSchema,
});

/** A loan from the fund; see {@link MutualAidLoanSchema}. */
export type MutualAidLoan = z.infer<typeof MutualAidLoanSchema>;

/**
 * Schema of a cooperative's mutual-aid fund (资金互助): only the cooperative's members may hold
 * shares and borrow (`memberIds`: the register's members), the holdings, the fund's net capital
 * and cash, and the loans outstanding. Holders and loans must be members, ids unique.
 */
export const MutualAidFundSchema = z
  .strictObject({
    /** The fund's id. */
    id: RecordIdSchema,
    /** The cooperative's members: the only people who may hold shares or borrow. */
    memberIds: z.array(z.string().min(1).max(256)).max(100_000),
    /** Shares held, one entry per holder. */
    holdings: z.array(MutualAidHoldingSchema).max(100_000),
    /** The fund's net capital (净资本: shares, reserves, less losses), in fen. */
    netCapitalFen: FenSchema,
    /** Money in hand to lend, in fen. */
    cashFen: FenSchema,
    /** Loans outstanding. */
    loans: z.array(MutualAidLoanSchema).max(100_000),
  })
  .superRefine((fund, ctx) => {
    const members = new Set(fund.memberIds);
    const holders = new Set<string>();
    fund.holdings.forEach((h, i) => {
      if (!members.has(h.memberId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['holdings', i, 'memberId'],
          message: `${h.memberId} is not a member`,
          params: { code: 'NOT_A_MEMBER' },
        });
      }
      if (holders.has(h.memberId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['holdings', i, 'memberId'],
          message: `${h.memberId} is listed twice`,
        });
      }
      holders.add(h.memberId);
    });
    const loans = new Set<string>();
    fund.loans.forEach((loan, i) => {
      if (loans.has(loan.loanId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['loans', i, 'loanId'],
          message: `loan ${loan.loanId} is listed twice`,
        });
      }
      loans.add(loan.loanId);
      if (loan.outstandingFen > loan.amountFen) {
        ctx.addIssue({
          code: 'custom',
          path: ['loans', i, 'outstandingFen'],
          message: 'more outstanding than lent',
          params: { code: 'FINANCE_RULE' },
        });
      }
    });
  });

/** A mutual-aid fund; see {@link MutualAidFundSchema}. */
export type MutualAidFund = z.infer<typeof MutualAidFundSchema>;
