export {
  CREDIT_LINE_ENTRY_KINDS,
  type CreditLineAccount,
  CreditLineAccountSchema,
  type CreditLineEntry,
  CreditLineEntrySchema,
  CreditLineScoreSchema,
  GrantedCreditLineSchema,
} from './creditLineAccount';
export {
  type CreditLineMovement,
  CreditLineMovementSchema,
  drawOnCreditLine,
  repayCreditLine,
} from './creditLineMovements';
export { type GrantCreditLineInput, GrantCreditLineInputSchema, grantCreditLine } from './grantCreditLine';
