import fc from 'fast-check';
import type { FuzzTarget } from '../../testing';
import { admitMembers } from '../admission';
import { requestExit } from '../exit';
import { completeExits } from '../exitSettlement';
import { foundCooperative } from '../founding';
import { isOrganization } from '../party';
import { type CooperativeRegister, currentMembers } from '../register';
import {
  assertRegisterComposition,
  checkRegisterComposition,
  maxOrganizationMembers,
} from '../registerRules';
import { cooperative, enterprise, parties } from './fixtures';

const register = (): CooperativeRegister =>
  foundCooperative({ cooperative, founders: parties(19), foundedOn: '2026-01-10' });
const partyList = fc.constantFrom(parties(5), parties(4), parties(19, 2), [enterprise(1, true)]);
const date = fc.constantFrom('2026-06-30', '2026-10-01', '2026-12-31', '2025-01-01', '2026-02-30');

/** The cooperative area's input-taking exports, for the kernel fuzz harness. */
export const COOPERATIVE_FUZZ_TARGETS: Record<string, FuzzTarget> = {
  foundCooperative: {
    name: 'foundCooperative',
    arity: 1,
    call: (input) => foundCooperative(input as never),
    nearlyValid: [fc.record({ cooperative: fc.constant(cooperative), founders: partyList, foundedOn: date })],
  },
  admitMembers: {
    name: 'admitMembers',
    arity: 2,
    call: (r, input) => admitMembers(r as never, input as never),
    nearlyValid: [
      fc.constant(register()),
      fc.record({
        applications: fc.constant([{ party: enterprise(1), appliedOn: '2026-02-01' }]),
        resolution: fc.record({
          id: fc.constant('R1'),
          passed: fc.boolean(),
          subject: fc.constant({ type: 'admitMembers', partyIds: ['E001'] }),
          decidedOn: date,
        }),
        admittedOn: date,
      }),
    ],
  },
  requestExit: {
    name: 'requestExit',
    arity: 2,
    call: (r, request) => requestExit(r as never, request as never),
    nearlyValid: [
      fc.constant(register()),
      fc.record({ memberId: fc.constantFrom('F001', 'X'), noticeOn: date, deferToNextYear: fc.boolean() }),
    ],
  },
  completeExits: {
    name: 'completeExits',
    arity: 2,
    call: (r, input) => completeExits(r as never, input as never),
    nearlyValid: [
      fc.constant(requestExit(register(), { memberId: 'F001', noticeOn: '2026-06-01' }).register),
      fc.record({ on: date, balances: fc.constant([]), uncoveredLosses: fc.integer({ min: -5, max: 1e9 }) }),
    ],
  },
  isOrganization: {
    name: 'isOrganization',
    arity: 1,
    call: (p) => isOrganization(p as never),
    nearlyValid: [fc.constant(enterprise(1))],
  },
  currentMembers: {
    name: 'currentMembers',
    arity: 1,
    call: (r) => currentMembers(r as never),
    nearlyValid: [fc.constant(register())],
  },
  checkRegisterComposition: {
    name: 'checkRegisterComposition',
    arity: 2,
    call: (p, o) => checkRegisterComposition(p as never, o as never),
    nearlyValid: [
      partyList,
      fc.record({
        founding: fc.boolean(),
        union: fc.boolean(),
        minFarmerPercent: fc.integer({ min: 70, max: 101 }),
      }),
    ],
  },
  assertRegisterComposition: {
    name: 'assertRegisterComposition',
    arity: 2,
    call: (p, o) => assertRegisterComposition(p as never, o as never),
    nearlyValid: [partyList],
  },
  maxOrganizationMembers: {
    name: 'maxOrganizationMembers',
    arity: 1,
    call: (n) => maxOrganizationMembers(n as number),
    nearlyValid: [fc.integer({ min: -5, max: 10_000 })],
  },
};
