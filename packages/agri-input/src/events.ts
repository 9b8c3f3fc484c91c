import type { FollowUpOutcome, TicketStatus } from './cropHospital/consultationTicket';
import type { FertilisingWorkRequest } from './split/fertilisingWorkRequest';

/**
 * The events the agri-input plugin emits, by name, with their payloads (ids, never personal
 * data). They are merged into the core's `HezuoEvents`, so `hz.events.on('agriInput.…')` is
 * typed; each is emitted after the store transaction that recorded the change has committed.
 */
export interface AgriInputEvents {
  /** A crop-hospital ticket was opened. */
  'agriInput.ticketOpened': { readonly ticketId: string; readonly memberId: string; readonly crop: string };
  /** A ticket was diagnosed. */
  'agriInput.ticketDiagnosed': { readonly ticketId: string; readonly kind: string };
  /** A prescription passed its checks and was issued on a ticket. */
  'agriInput.prescriptionIssued': {
    readonly ticketId: string;
    readonly pesticideIds: readonly string[];
    /** The latest first safe harvest day over the prescription's products. */
    readonly safeHarvestFrom: string;
  };
  /** A ticket was followed up; `status` is `closed` when the problem is resolved. */
  'agriInput.ticketFollowedUp': {
    readonly ticketId: string;
    readonly outcome: FollowUpOutcome;
    readonly status: TicketStatus;
  };
  /** A plot's fertilising plan was made; the work requests are for a trusteeship service to take. */
  'agriInput.fertilisingPlanned': {
    readonly planId: string;
    readonly memberId: string;
    readonly workRequests: readonly FertilisingWorkRequest[];
  };
  /** A group buy was settled and its orders posted to the member accounts. */
  'agriInput.groupBuySettled': {
    readonly groupBuyId: string;
    readonly cooperativeId: string;
    readonly orders: number;
    readonly savingFen: number;
  };
}

declare module '@hezuo/core' {
  interface HezuoEvents {
    'agriInput.ticketOpened': AgriInputEvents['agriInput.ticketOpened'];
    'agriInput.ticketDiagnosed': AgriInputEvents['agriInput.ticketDiagnosed'];
    'agriInput.prescriptionIssued': AgriInputEvents['agriInput.prescriptionIssued'];
    'agriInput.ticketFollowedUp': AgriInputEvents['agriInput.ticketFollowedUp'];
    'agriInput.fertilisingPlanned': AgriInputEvents['agriInput.fertilisingPlanned'];
    'agriInput.groupBuySettled': AgriInputEvents['agriInput.groupBuySettled'];
  }
}
