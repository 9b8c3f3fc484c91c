export type { MemberAccount, NonMemberTotals, TransactionTotals } from './memberAccount';
export {
  MemberLedger,
  type MemberLedgerState,
  MemberLedgerStateSchema,
  type OpenAccountInput,
  OpenAccountSchema,
  type PostingReceipt,
} from './memberLedger';
export {
  type Counterparty,
  CounterpartySchema,
  TRANSACTION_KINDS,
  type Transaction,
  type TransactionKind,
  TransactionSchema,
  VOLUME_UNITS,
  type Volume,
  VolumeSchema,
  type VolumeUnit,
} from './transaction';
