export {
  applyShareMovements,
  EMPTY_SHARE_LEDGER,
  type ShareHolding,
  type ShareLedgerState,
  ShareLedgerStateSchema,
  shareHolding,
} from './shareLedger';
export {
  type InKindContribution,
  InKindContributionSchema,
  type ShareMovement,
  ShareMovementSchema,
} from './shareMovement';
