import { MemberLedger, type MemberLedgerState } from '../accounts/memberLedger';
import { EntityIdSchema } from '../cooperative/ids';
import type { CooperativeRegister } from '../cooperative/register';
import { parseInput } from '../errors/fromZod';
import { HezuoError } from '../errors/HezuoError';
import type { StoreTransaction } from '../store/store';

/** Store kinds the cooperative runtime keeps its records under. */
export const COOPERATIVE_RECORD_KINDS = Object.freeze({
  register: 'core.cooperative',
  ledger: 'core.memberLedger',
  resolution: 'core.resolution',
  shareLedger: 'core.shareLedger',
  distribution: 'core.distribution',
  attendance: 'core.attendance',
});

/** @internal A cooperative's register, `NOT_FOUND` (path `cooperativeId`) if there is none. */
export async function loadRegister(
  tx: StoreTransaction,
  cooperativeId: string,
): Promise<CooperativeRegister> {
  const id = parseInput(EntityIdSchema, cooperativeId, { path: ['cooperativeId'] });
  const register = await tx.get<CooperativeRegister>(COOPERATIVE_RECORD_KINDS.register, id);
  if (!register) throw new HezuoError('NOT_FOUND', `no cooperative ${id}`, { path: ['cooperativeId'] });
  return register;
}

/** @internal A cooperative's member ledger, empty if nothing was posted yet. */
export async function loadLedger(tx: StoreTransaction, cooperativeId: string): Promise<MemberLedger> {
  const state = await tx.get<MemberLedgerState>(COOPERATIVE_RECORD_KINDS.ledger, cooperativeId);
  return state ? MemberLedger.fromJSON(state) : new MemberLedger(cooperativeId);
}
