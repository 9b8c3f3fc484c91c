import { HezuoError, parseInput } from '@hezuo/core';
import type { PesticideProduct } from '../catalogue/pesticideProduct';
import type { CropNutrientTable } from '../recommendation/cropNutrientTable';
import { CROP_NUTRIENT_TABLE } from '../recommendation/defaultCropTable';
import { resolveCropTable } from '../recommendation/defineCropTable';
import { checkPrescription } from './checkPrescription';
import {
  type ConsultationTicket,
  ConsultationTicketSchema,
  type Diagnosis,
  DiagnosisSchema,
  type FollowUp,
  FollowUpSchema,
  type Prescription,
  type TicketOpening,
  TicketOpeningSchema,
  type TicketStatus,
} from './consultationTicket';

function readTicket(ticket: ConsultationTicket): ConsultationTicket {
  return parseInput(ConsultationTicketSchema, ticket, { path: ['ticket'] }) as ConsultationTicket;
}

function requireStatus(ticket: ConsultationTicket, allowed: readonly TicketStatus[], action: string): void {
  if (!allowed.includes(ticket.status)) {
    throw new HezuoError(
      'INVALID_INPUT',
      `ticket ${ticket.id} is ${ticket.status}; it can be ${action} only when ${allowed.join(' or ')}`,
      { path: ['ticket', 'status'], details: { status: ticket.status, allowed } },
    );
  }
}

function requireNotBefore(date: string, earliest: string, path: readonly (string | number)[], what: string) {
  if (date < earliest) {
    throw new HezuoError('DATE_ORDER', `${what} ${date} is before ${earliest}`, { path });
  }
}

/**
 * Opens a crop-hospital consultation ticket (庄稼医院问诊) from a member's report.
 *
 * @param opening - see {@link TicketOpeningSchema}
 * @param table - the crop nutrient table whose crops are known; {@link CROP_NUTRIENT_TABLE} by default
 * @returns the ticket, `open`
 * @throws HezuoError `INVALID_INPUT` for bad input or an unknown crop (path `opening`, `crop`)
 *
 * @example
 * ```ts
 * openTicket({ id: 'T-1', memberId: 'M001', crop: 'winterWheat', symptoms: ['ears covered in aphids'], openedOn: '2026-05-08' });
 * ```
 */
export function openTicket(
  opening: TicketOpening,
  table: CropNutrientTable = CROP_NUTRIENT_TABLE,
): ConsultationTicket {
  const validTable = resolveCropTable(table);
  const input = parseInput(TicketOpeningSchema, opening, { path: ['opening'] });
  if (!Object.hasOwn(validTable.crops, input.crop)) {
    throw new HezuoError('INVALID_INPUT', `unknown crop "${input.crop}" in table ${validTable.version}`, {
      path: ['opening', 'crop'],
      details: {
        reasons: [
          {
            'zh-CN': `作物“${input.crop}”不在养分表 ${validTable.version} 中`,
            en: `The crop "${input.crop}" is not in nutrient table ${validTable.version}`,
          },
        ],
      },
    });
  }
  return {
    ...input,
    photoUrls: input.photoUrls ?? [],
    status: 'open',
    diagnosis: null,
    prescriptions: [],
    followUps: [],
  };
}

/**
 * Records an expert's diagnosis; a later diagnosis replaces an earlier one (after a follow-up,
 * say). Any ticket not closed may be diagnosed.
 *
 * @throws HezuoError `INVALID_INPUT` for a bad ticket or diagnosis, or a closed ticket (path
 * `ticket`, `status`); `DATE_ORDER` for a diagnosis before the ticket was opened
 */
export function diagnoseTicket(ticket: ConsultationTicket, diagnosis: Diagnosis): ConsultationTicket {
  const current = readTicket(ticket);
  const input = parseInput(DiagnosisSchema, diagnosis, { path: ['diagnosis'] });
  requireStatus(current, ['open', 'diagnosed', 'prescribed', 'followedUp'], 'diagnosed');
  requireNotBefore(input.diagnosedOn, current.openedOn, ['diagnosis', 'diagnosedOn'], 'the diagnosis date');
  return { ...current, status: 'diagnosed', diagnosis: input };
}

/**
 * Issues a prescription on a diagnosed ticket, after {@link checkPrescription}: every product
 * registered for the ticket's crop, within its dose, and harvest not inside any pre-harvest
 * interval. A refused prescription leaves the ticket as it was.
 *
 * @throws HezuoError as {@link checkPrescription}; `INVALID_INPUT` when the ticket is not
 * `diagnosed` or `followedUp` (path `ticket`, `status`); `DATE_ORDER` for a prescription before the diagnosis
 */
export function prescribeTicket(
  ticket: ConsultationTicket,
  prescription: Prescription,
  pesticides: readonly PesticideProduct[],
): ConsultationTicket {
  const current = readTicket(ticket);
  requireStatus(current, ['diagnosed', 'followedUp'], 'prescribed for');
  const issued = checkPrescription(current.crop, prescription, pesticides);
  requireNotBefore(
    issued.prescribedOn,
    current.diagnosis?.diagnosedOn ?? current.openedOn,
    ['prescription', 'prescribedOn'],
    'the prescription date',
  );
  return { ...current, status: 'prescribed', prescriptions: [...current.prescriptions, issued] };
}

/**
 * Records a follow-up on a prescribed ticket: `resolved` closes it; any other outcome leaves it
 * `followedUp`, to be diagnosed or prescribed again.
 *
 * @throws HezuoError `INVALID_INPUT` when the ticket is not `prescribed` or `followedUp`;
 * `DATE_ORDER` for a follow-up before the last prescription
 */
export function followUpTicket(ticket: ConsultationTicket, followUp: FollowUp): ConsultationTicket {
  const current = readTicket(ticket);
  const input = parseInput(FollowUpSchema, followUp, { path: ['followUp'] });
  requireStatus(current, ['prescribed', 'followedUp'], 'followed up');
  const last = current.prescriptions.at(-1);
  requireNotBefore(
    input.followedUpOn,
    last?.prescribedOn ?? current.openedOn,
    ['followUp', 'followedUpOn'],
    'the follow-up date',
  );
  return {
    ...current,
    status: input.outcome === 'resolved' ? 'closed' : 'followedUp',
    followUps: [...current.followUps, input],
  };
}
