import {
  commitWithEvents,
  HezuoError,
  type PluginContext,
  parseInput,
  RecordIdSchema,
  type StoreTransaction,
} from '@hezuo/core';
import type { PesticideProduct } from '../catalogue/pesticideProduct';
import type { CropNutrientTable } from '../recommendation/cropNutrientTable';
import type {
  ConsultationTicket,
  Diagnosis,
  FollowUp,
  Prescription,
  TicketOpening,
} from './consultationTicket';
import { diagnoseTicket, followUpTicket, openTicket, prescribeTicket } from './ticketTransitions';

/** The store kind of crop-hospital tickets: `agriInput.ticket`. */
export const CROP_HOSPITAL_TICKET_KIND = 'agriInput.ticket';

/**
 * The crop hospital on the client (`hz.agriInput.cropHospital`): the ticket functions with
 * tickets kept in the store. Each call is one store transaction; its event is emitted after it
 * commits; a refused call changes nothing.
 */
export interface CropHospitalApi {
  /** Opens a ticket ({@link openTicket}); `INVALID_INPUT` if the id is taken. Emits `agriInput.ticketOpened`. */
  open(opening: TicketOpening): Promise<ConsultationTicket>;
  /** Diagnoses a ticket ({@link diagnoseTicket}). Emits `agriInput.ticketDiagnosed`. */
  diagnose(ticketId: string, diagnosis: Diagnosis): Promise<ConsultationTicket>;
  /**
   * Checks and issues a prescription ({@link prescribeTicket}) against the plugin's pesticide
   * catalogue; refuses one whose pre-harvest interval runs past the planned harvest. Emits
   * `agriInput.prescriptionIssued`.
   */
  prescribe(ticketId: string, prescription: Prescription): Promise<ConsultationTicket>;
  /** Records a follow-up ({@link followUpTicket}). Emits `agriInput.ticketFollowedUp`. */
  followUp(ticketId: string, followUp: FollowUp): Promise<ConsultationTicket>;
  /** A ticket by id; `NOT_FOUND` if there is none. */
  ticket(ticketId: string): Promise<ConsultationTicket>;
}

async function load(tx: StoreTransaction, ticketId: string): Promise<ConsultationTicket> {
  const id = parseInput(RecordIdSchema, ticketId, { path: ['ticketId'] });
  const ticket = await tx.get<ConsultationTicket>(CROP_HOSPITAL_TICKET_KIND, id);
  if (!ticket) throw new HezuoError('NOT_FOUND', `no crop-hospital ticket ${id}`, { path: ['ticketId'] });
  return ticket;
}

/**
 * Builds the crop-hospital API of a client.
 * @internal
 */
export function createCropHospitalApi(
  ctx: PluginContext,
  pesticides: readonly PesticideProduct[],
  table: CropNutrientTable,
): CropHospitalApi {
  const update = (
    ticketId: string,
    change: (ticket: ConsultationTicket) => ConsultationTicket,
    event: (t: ConsultationTicket) => void,
  ) =>
    commitWithEvents(ctx.store, async (tx, announce) => {
      const next = change(await load(tx, ticketId));
      await tx.put(CROP_HOSPITAL_TICKET_KIND, next.id, next);
      announce(() => event(next));
      return next;
    });
  const api: CropHospitalApi = {
    open: (opening) =>
      commitWithEvents(ctx.store, async (tx, announce) => {
        const ticket = openTicket(opening, table);
        if (await tx.get(CROP_HOSPITAL_TICKET_KIND, ticket.id)) {
          throw new HezuoError('INVALID_INPUT', `crop-hospital ticket ${ticket.id} already exists`, {
            path: ['opening', 'id'],
          });
        }
        await tx.put(CROP_HOSPITAL_TICKET_KIND, ticket.id, ticket);
        announce(() =>
          ctx.events.emit('agriInput.ticketOpened', {
            ticketId: ticket.id,
            memberId: ticket.memberId,
            crop: ticket.crop,
          }),
        );
        return ticket;
      }),
    diagnose: (ticketId, diagnosis) =>
      update(
        ticketId,
        (t) => diagnoseTicket(t, diagnosis),
        (t) =>
          ctx.events.emit('agriInput.ticketDiagnosed', {
            ticketId: t.id,
            kind: t.diagnosis?.kind ?? 'other',
          }),
      ),
    prescribe: (ticketId, prescription) =>
      update(
        ticketId,
        (t) => prescribeTicket(t, prescription, pesticides),
        (t) => {
          const issued = t.prescriptions.at(-1);
          const items = issued?.items ?? [];
          ctx.events.emit('agriInput.prescriptionIssued', {
            ticketId: t.id,
            pesticideIds: items.map((i) => i.pesticideId),
            // ISO dates sort as text: the last is the latest.
            safeHarvestFrom:
              items
                .map((i) => i.safeHarvestFrom)
                .sort()
                .at(-1) ?? '',
          });
        },
      ),
    followUp: (ticketId, followUp) =>
      update(
        ticketId,
        (t) => followUpTicket(t, followUp),
        (t) =>
          ctx.events.emit('agriInput.ticketFollowedUp', {
            ticketId: t.id,
            outcome: t.followUps.at(-1)?.outcome ?? 'unchanged',
            status: t.status,
          }),
      ),
    ticket: (ticketId) => ctx.store.transaction((tx) => load(tx, ticketId)),
  };
  return Object.freeze(api);
}
