import { FenSchema, HezuoError, IsoDateSchema } from '@hezuo/core';
import { z } from 'zod';
import { parseWithCodes } from '../internal/parse';
import { type CreditLineAccount, CreditLineAccountSchema } from './creditLineAccount';

/** Schema of a draw on, or a repayment to, a credit line. */
export const CreditLineMovementSchema = z.strictObject({
  /** The day, `YYYY-MM-DD`, not before the account's last activity. */
  date: IsoDateSchema,
  /** The amount, in fen, at least 1. */
  amountFen: FenSchema.check(z.gte(1, { error: 'an amount of at least 1 fen' })),
  /** What it is for: a loan id, a voucher. */
  reference: z.string().min(1).max(256).optional(),
});

/** A draw or repayment; see {@link CreditLineMovementSchema}. */
export type CreditLineMovement = z.infer<typeof CreditLineMovementSchema>;

const ArgsSchema = z.strictObject({ account: CreditLineAccountSchema, movement: CreditLineMovementSchema });

function checkOrder(account: CreditLineAccount, date: string): void {
  if (date < account.lastActivityDate) {
    throw new HezuoError(
      'DATE_ORDER',
      `${date} is before the line's last activity on ${account.lastActivityDate}`,
      {
        path: ['movement', 'date'],
      },
    );
  }
}

function moved(
  account: CreditLineAccount,
  movement: CreditLineMovement,
  kind: 'draw' | 'repayment',
  drawn: number,
): CreditLineAccount {
  return {
    ...account,
    drawnFen: drawn,
    availableFen: account.line.amount - drawn,
    entries: [
      ...account.entries,
      {
        date: movement.date,
        kind,
        amountFen: movement.amountFen,
        ...(movement.reference === undefined ? {} : { reference: movement.reference }),
        drawnAfterFen: drawn,
      },
    ],
    lastActivityDate: movement.date,
  };
}

/**
 * Draws on a revolving credit line (用信): within the line's validity and no more than is
 * available (the line less what is drawn and not repaid). Pure: returns the new account.
 *
 * @param account - see {@link CreditLineAccountSchema}
 * @param movement - see {@link CreditLineMovementSchema}
 * @throws HezuoError `FINANCE_RULE` (path `movement`, `amountFen`) for more than is available,
 * `FINANCE_RULE` (path `movement`, `date`) outside the line's validity, `DATE_ORDER` (path
 * `movement`, `date`) before the last activity; nothing changes
 *
 * @example
 * ```ts
 * const after = drawOnCreditLine(account, { date: '2026-07-10', amountFen: 1_000_000, reference: 'L-001' });
 * after.availableFen; // 2_000_000
 * ```
 */
export function drawOnCreditLine(
  account: CreditLineAccount,
  movement: CreditLineMovement,
): CreditLineAccount {
  const args = parseWithCodes(ArgsSchema, { account, movement });
  const { line } = args.account;
  checkOrder(args.account, args.movement.date);
  if (args.movement.date < line.validFrom || args.movement.date > line.validUntil) {
    throw new HezuoError(
      'FINANCE_RULE',
      `credit line ${args.account.lineId} may be drawn on from ${line.validFrom} to ${line.validUntil}, not on ${args.movement.date}`,
      { path: ['movement', 'date'] },
    );
  }
  if (args.movement.amountFen > args.account.availableFen) {
    throw new HezuoError(
      'FINANCE_RULE',
      `a draw of ${args.movement.amountFen} fen exceeds the ${args.account.availableFen} fen available on credit line ${args.account.lineId}`,
      {
        path: ['movement', 'amountFen'],
        details: {
          availableFen: args.account.availableFen,
          lineFen: line.amount,
          drawnFen: args.account.drawnFen,
        },
      },
    );
  }
  return moved(args.account, args.movement, 'draw', args.account.drawnFen + args.movement.amountFen);
}

/**
 * Repays principal drawn on a credit line, making it available again (周转使用); allowed after
 * the line expires, so a loan drawn in time can still be repaid. Pure: returns the new account.
 *
 * @param account - see {@link CreditLineAccountSchema}
 * @param movement - see {@link CreditLineMovementSchema}
 * @throws HezuoError `FINANCE_RULE` (path `movement`, `amountFen`) for more than is drawn,
 * `DATE_ORDER` (path `movement`, `date`) before the last activity; nothing changes
 *
 * @example
 * ```ts
 * repayCreditLine(after, { date: '2026-12-10', amountFen: 400_000 }).availableFen; // 2_400_000
 * ```
 */
export function repayCreditLine(account: CreditLineAccount, movement: CreditLineMovement): CreditLineAccount {
  const args = parseWithCodes(ArgsSchema, { account, movement });
  checkOrder(args.account, args.movement.date);
  if (args.movement.amountFen > args.account.drawnFen) {
    throw new HezuoError(
      'FINANCE_RULE',
      `a repayment of ${args.movement.amountFen} fen is more than the ${args.account.drawnFen} fen drawn on credit line ${args.account.lineId}`,
      { path: ['movement', 'amountFen'], details: { drawnFen: args.account.drawnFen } },
    );
  }
  return moved(args.account, args.movement, 'repayment', args.account.drawnFen - args.movement.amountFen);
}
