import { type MemberStatement as CoreMemberStatement, FenSchema } from '@hezuo/core';
import * as z from 'zod/mini';

/** Props of {@link MemberStatement} and {@link useMemberStatement}. */
export interface MemberStatementProps {
  /** One member's statement from core's `distributeSurplus` (`result.statements[i]`). */
  readonly statement: CoreMemberStatement;
  /** Extra classes on the root, after `hz-statement`. */
  readonly className?: string;
}

const fen = FenSchema;

/** The parts of a core `MemberStatement` the widget shows: one amount per statement item, in whole fen. */
export const MemberStatementViewSchema = z.object({
  memberId: z.string().check(z.minLength(1), z.maxLength(256)),
  // The amounts, not `lines`: a statement that went through JSON or a spread keeps them, not the getter.
  reserveQuantified: fen,
  patronageRefund: fen,
  dividend: fen,
  convertedToCapital: fen,
  cashPayment: fen,
  distributed: fen,
  capitalAfter: fen,
  reserveShareAfter: fen,
});

/** Schema of {@link MemberStatementProps}. */
export const MemberStatementPropsSchema = z.strictObject({
  statement: MemberStatementViewSchema,
  className: z.optional(z.string().check(z.maxLength(1_000))),
});
