import type { TrusteeshipOperation } from './catalogue/operations';
import type { OwingParty, TerminationReason } from './contractRecord';

/** The payload of `contract.drafted`, `contract.activated` and `contract.completed`. */
export interface ContractEvent {
  /** The contract. */
  readonly contractId: string;
  /** Its member. */
  readonly memberId: string;
  /** The day of the step. */
  readonly on: string;
}

/** The payload of `contract.signed`. */
export interface ContractSignedEvent extends ContractEvent {
  /** `menu` or `full`, or `null` for a contract recorded without terms. */
  readonly kind: 'menu' | 'full' | null;
  /** The area under contract, in mu. */
  readonly areaMu: number;
}

/** The payload of `contract.settled`. */
export interface ContractSettledEvent extends ContractEvent {
  /** The settlement balance, in fen: positive the farmer pays, negative the service centre pays. */
  readonly balanceFen: number;
}

/** The payload of `contract.terminated`. */
export interface ContractTerminatedEvent extends ContractEvent {
  /** Why it ended. */
  readonly reason: TerminationReason;
  /** What is owed, in fen. */
  readonly owedFen: number;
  /** Who owes it. */
  readonly owedBy: OwingParty;
}

/** The payload of the work order events. */
export interface WorkOrderEvent {
  /** The work order. */
  readonly workOrderId: string;
  /** Its contract. */
  readonly contractId: string;
  /** The plot. */
  readonly plotId: string;
  /** The operation. */
  readonly operation: TrusteeshipOperation;
  /** The day of the step. */
  readonly on: string;
}

/** The payload of `workOrder.done`. */
export interface WorkOrderDoneEvent extends WorkOrderEvent {
  /** The area worked, in mu, or `null` for work measured in tonnes. */
  readonly actualAreaMu: number | null;
  /** The tonnes handled, or `null` for work measured in mu. */
  readonly actualTonnes: number | null;
}

/** The payload of `plot.registered`. */
export interface PlotRegisteredEvent {
  /** The plot. */
  readonly plotId: string;
  /** Its member. */
  readonly memberId: string;
}

// The trusteeship plugin's events join the client's typed events by declaration merging. Each is
// emitted after the store transaction that made the change has committed, and carries ids only.
declare module '@hezuo/core' {
  interface HezuoEvents {
    /** A plot was registered (or its record replaced). */
    'plot.registered': PlotRegisteredEvent;
    /** A contract was drafted from a quote. */
    'contract.drafted': ContractEvent;
    /** A contract was signed. */
    'contract.signed': ContractSignedEvent;
    /** Work under a contract began. */
    'contract.activated': ContractEvent;
    /** The work under a contract was completed. */
    'contract.completed': ContractEvent;
    /** A contract was settled. */
    'contract.settled': ContractSettledEvent;
    /** A contract was terminated. */
    'contract.terminated': ContractTerminatedEvent;
    /** A work order was scheduled. */
    'workOrder.scheduled': WorkOrderEvent;
    /** A work order was dispatched. */
    'workOrder.dispatched': WorkOrderEvent;
    /** A work order was reported done. */
    'workOrder.done': WorkOrderDoneEvent;
    /** The farmer confirmed a work order. */
    'workOrder.confirmed': WorkOrderEvent;
    /** A work order was cancelled. */
    'workOrder.cancelled': WorkOrderEvent;
  }
}
