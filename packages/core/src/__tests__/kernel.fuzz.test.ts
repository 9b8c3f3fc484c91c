import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ACCOUNTS_FUZZ_TARGETS } from '../accounts/__tests__/fuzzTargets';
import { BENEFIT_SHARING_FUZZ_TARGETS } from '../benefitSharing/__tests__/fuzzTargets';
import { cooperative, parties } from '../cooperative/__tests__/fixtures';
import { COOPERATIVE_FUZZ_TARGETS } from '../cooperative/__tests__/fuzzTargets';
import { CREDIT_LINE_FUZZ_TARGETS } from '../credit/creditLine/__tests__/fuzzTargets';
import { EXPORT_FUZZ_TARGETS } from '../credit/export/__tests__/fuzzTargets';
import { FIT_FUZZ_TARGETS } from '../credit/fit/__tests__/fuzzTargets';
import { MEMBER_FEATURES_FUZZ_TARGETS } from '../credit/memberFeatures/__tests__/fuzzTargets';
import { MODEL_FUZZ_TARGETS } from '../credit/model/__tests__/fuzzTargets';
import { MONITORING_FUZZ_TARGETS } from '../credit/monitoring/__tests__/fuzzTargets';
import { SCORING_FUZZ_TARGETS } from '../credit/scoring/__tests__/fuzzTargets';
import { EQUITY_FUZZ_TARGETS } from '../equity/__tests__/fuzzTargets';
import { FEDERATION_FUZZ_TARGETS } from '../federation/__tests__/fuzzTargets';
import { GOVERNANCE_FUZZ_TARGETS } from '../governance/__tests__/fuzzTargets';
import * as core from '../index';
import { MARKETING_FUZZ_TARGETS } from '../marketing/__tests__/fuzzTargets';
import { OWNERSHIP_FUZZ_TARGETS } from '../ownership/__tests__/fuzzTargets';
import { SURPLUS_FUZZ_TARGETS } from '../surplus/__tests__/fuzzTargets';
import { type FuzzTarget, fuzzTotality } from '../testing';

const amount = fc.oneof(fc.integer({ min: -1e12, max: 1e12 }), fc.maxSafeInteger());
const rate = fc.oneof(
  fc.double({ min: -10, max: 10, noNaN: true }),
  fc.constantFrom('0.0435', '1e-3', '-0.5', '1e400'),
);
const weights = fc.array(
  fc.oneof(fc.nat(), fc.double({ min: 0, max: 1e6, noNaN: true }), fc.constantFrom('0.3', '1e-2')),
  {
    minLength: 0,
    maxLength: 20,
  },
);
const residentId = fc.constantFrom(
  '11010519491231002X',
  '440524188001010014',
  '110105491231002',
  '11010519491231002x',
);
const uscc = fc.constantFrom('91350100M000100Y43', '91110000600037341L', '93370781MA3C00001');
const isoDate = fc.constantFrom('2026-06-30', '2024-02-29', '2023-02-29', '1949-12-31');
const plugin = fc.constantFrom(
  core.definePlugin({ name: 'alpha', setup: () => ({ ok: true }) }),
  core.definePlugin({ name: 'beta', requires: ['alpha'], setup: () => 1 }),
);
const silent = fc.constant(core.silentLogger);

/** Every input-taking export of the kernel, with arguments closer to valid mixed in. */
/** One valid posting for the founded cooperative: a member's service fee. */
const oneServiceFee = [
  {
    id: 't1',
    cooperativeId: cooperative.id,
    counterparty: { type: 'member', memberId: 'F001' },
    kind: 'serviceFee',
    date: '2026-02-01',
    amount: 5,
  },
];

const TARGETS: Record<string, FuzzTarget> = {
  allocate: {
    name: 'allocate',
    arity: 2,
    call: (t, w) => core.allocate(t as number, w as number[]),
    nearlyValid: [amount, weights],
  },
  splitEvenly: {
    name: 'splitEvenly',
    arity: 2,
    call: (t, n) => core.splitEvenly(t as number, n as number),
    nearlyValid: [amount, fc.integer({ min: -2, max: 50 })],
  },
  addFen: {
    name: 'addFen',
    arity: 3,
    call: (a, b, c) => core.addFen(a as number, b as number, c as number),
    nearlyValid: [amount, amount, amount],
  },
  sumFen: {
    name: 'sumFen',
    arity: 1,
    call: (xs) => core.sumFen(xs as number[]),
    nearlyValid: [fc.array(amount)],
  },
  subtractFen: {
    name: 'subtractFen',
    arity: 2,
    call: (a, b) => core.subtractFen(a as number, b as number),
    nearlyValid: [amount, amount],
  },
  multiplyFen: {
    name: 'multiplyFen',
    arity: 3,
    call: (a, r, o) => core.multiplyFen(a as number, r as number, o as core.MultiplyOptions),
    nearlyValid: [amount, rate, fc.record({ rounding: fc.constantFrom(...core.ROUNDING_MODES, 'nearest') })],
  },
  scaleFen: {
    name: 'scaleFen',
    arity: 2,
    call: (a, o) => core.scaleFen(a as number, o as core.ScaleOptions),
    nearlyValid: [
      amount,
      fc.record({ multiply: fc.array(rate, { maxLength: 3 }), divide: fc.array(rate, { maxLength: 3 }) }),
    ],
  },
  fenToYuanString: {
    name: 'fenToYuanString',
    arity: 1,
    call: (a) => core.fenToYuanString(a as number),
    nearlyValid: [amount],
  },
  yuanToFen: {
    name: 'yuanToFen',
    arity: 1,
    call: (y) => core.yuanToFen(y as string),
    nearlyValid: [fc.constantFrom('12.34', '-0.5', '1.005', '99999999999999.99')],
  },
  formatFen: {
    name: 'formatFen',
    arity: 2,
    call: (a, o) => core.formatFen(a as number, o as core.FormatFenOptions),
    nearlyValid: [
      amount,
      fc.record({
        locale: fc.constantFrom('zh-CN', 'en', 'fr'),
        style: fc.constantFrom('currency', 'decimal'),
      }),
    ],
  },
  maskMiddle: {
    name: 'maskMiddle',
    arity: 2,
    call: (v, o) => core.maskMiddle(v as string, o as core.MaskOptions),
    nearlyValid: [
      residentId,
      fc.record({ keepStart: fc.integer({ min: -1, max: 20 }), keepEnd: fc.integer({ min: -1, max: 20 }) }),
    ],
  },
  validateResidentId: {
    name: 'validateResidentId',
    arity: 2,
    call: (id, o) => core.validateResidentId(id as string, o as core.ResidentIdOptions),
    nearlyValid: [residentId, fc.record({ asOf: isoDate })],
  },
  isValidResidentId: {
    name: 'isValidResidentId',
    arity: 2,
    call: (id, o) => core.isValidResidentId(id, o as core.ResidentIdOptions),
    nearlyValid: [residentId],
  },
  convertLegacyResidentId: {
    name: 'convertLegacyResidentId',
    arity: 1,
    call: (id) => core.convertLegacyResidentId(id as string),
    nearlyValid: [residentId],
  },
  residentIdCheckCharacter: {
    name: 'residentIdCheckCharacter',
    arity: 1,
    call: (d) => core.residentIdCheckCharacter(d as string),
    nearlyValid: [fc.stringMatching(/^\d{17}$/)],
  },
  maskResidentId: {
    name: 'maskResidentId',
    arity: 1,
    call: (id) => core.maskResidentId(id as string),
    nearlyValid: [residentId],
  },
  validateUscc: {
    name: 'validateUscc',
    arity: 1,
    call: (c) => core.validateUscc(c as string),
    nearlyValid: [uscc],
  },
  isValidUscc: { name: 'isValidUscc', arity: 1, call: (c) => core.isValidUscc(c), nearlyValid: [uscc] },
  usccCheckCharacter: {
    name: 'usccCheckCharacter',
    arity: 1,
    call: (c) => core.usccCheckCharacter(c as string),
    nearlyValid: [uscc.map((u) => u.slice(0, 17))],
  },
  maskUscc: { name: 'maskUscc', arity: 1, call: (c) => core.maskUscc(c as string), nearlyValid: [uscc] },
  redactText: {
    name: 'redactText',
    arity: 1,
    call: (t) => core.redactText(t as string),
    nearlyValid: [residentId.map((id) => `member ${id}`)],
  },
  redactFields: {
    name: 'redactFields',
    arity: 1,
    call: (f) => core.redactFields(f as core.LogFields),
    nearlyValid: [fc.record({ id: residentId })],
  },
  redactingLogger: {
    name: 'redactingLogger',
    arity: 3,
    call: (inner, message, fields) =>
      core.redactingLogger(inner as core.Logger).info(message as string, fields as core.LogFields),
    nearlyValid: [silent],
  },
  createEventBus: {
    name: 'createEventBus',
    arity: 3,
    call: (logger, event, listener) => {
      const bus = core.createEventBus(logger as core.Logger);
      bus.on(event as 'plugin.ready', listener as () => void);
      return bus.emit(event as 'plugin.ready', { name: 'x' });
    },
    nearlyValid: [silent, fc.constantFrom('plugin.ready', 'store.committed'), fc.constant(() => undefined)],
  },
  definePlugin: {
    name: 'definePlugin',
    arity: 1,
    call: (p) => core.definePlugin(p as core.HezuoPlugin),
    nearlyValid: [plugin],
  },
  createHezuo: {
    name: 'createHezuo',
    arity: 1,
    call: (o) => core.createHezuo(o as core.HezuoOptions),
    nearlyValid: [
      fc.record({
        plugins: fc.array(plugin, { maxLength: 3 }),
        locale: fc.constantFrom('zh-CN', 'en', 'de'),
      }),
    ],
  },
  fixedClock: {
    name: 'fixedClock',
    arity: 2,
    call: (i, o) => core.fixedClock(i as string, o as number).today(),
    nearlyValid: [
      fc.constantFrom('2026-06-30T12:00:00+08:00', 'yesterday'),
      fc.integer({ min: -1000, max: 1000 }),
    ],
  },
  systemClock: {
    name: 'systemClock',
    arity: 1,
    call: (o) => core.systemClock(o as number).today(),
    nearlyValid: [fc.integer({ min: -1000, max: 1000 })],
  },
  isHezuoError: { name: 'isHezuoError', arity: 1, call: (e) => core.isHezuoError(e) },
  HezuoError: {
    name: 'HezuoError',
    arity: 3,
    call: (code, message, options) =>
      new core.HezuoError(
        code as core.HezuoErrorCode,
        message as string,
        options as core.HezuoErrorOptions,
      ).toJSON(),
    nearlyValid: [
      fc.constantFrom(...core.HEZUO_ERROR_CODES),
      fc.string(),
      fc.record({ path: fc.array(fc.string()) }),
    ],
  },
  parseInput: {
    name: 'parseInput',
    arity: 3,
    call: (schema, value, mapping) =>
      core.parseInput(schema as z.ZodType, value, mapping as core.ZodErrorMapping),
    nearlyValid: [
      fc.constantFrom(core.FenSchema, core.IsoDateSchema, z.object({ a: z.number() })),
      fc.anything(),
      fc.record({ code: fc.constantFrom('INVALID_AMOUNT', 'NOPE') }),
    ],
  },
  safeParseInput: {
    name: 'safeParseInput',
    arity: 2,
    call: (schema, value) => core.safeParseInput(schema as z.ZodType, value),
    nearlyValid: [
      fc.constantFrom(core.FenSchema, core.IsoDateSchema, z.object({ a: z.number() })),
      fc.anything(),
    ],
  },
  hezuoErrorFromZod: {
    name: 'hezuoErrorFromZod',
    arity: 2,
    call: (error, mapping) =>
      core.hezuoErrorFromZod(error as z.ZodError, mapping as core.ZodErrorMapping).toJSON(),
    nearlyValid: [fc.constant(core.FenSchema.safeParse(-1).error), fc.record({ path: fc.array(fc.nat()) })],
  },
  'createMemoryStore().put/get/list/delete': {
    name: 'store operations',
    arity: 3,
    call: async (kind, id, value) => {
      const store = core.createMemoryStore();
      await store.put(kind as string, id as string, value).catch((e: unknown) => {
        if (!core.isHezuoError(e)) throw e;
      });
      const listed = await store.list(kind as string);
      await store.get(kind as string, id as string);
      await store.delete(kind as string, id as string);
      return listed;
    },
    nearlyValid: [fc.constantFrom('core.member', 'Bad Kind'), fc.constantFrom('m1', ''), fc.jsonValue()],
  },
  'createMemoryStore().transaction': {
    name: 'store transaction',
    arity: 1,
    // The result is whatever `work` returned (NaN included): only the store's own behaviour is checked.
    call: (work) =>
      core
        .createMemoryStore()
        .transaction(work as () => unknown)
        .then(() => 'committed'),
    nearlyValid: [fc.constant(async () => 1)],
  },
  'client.credit.compute': {
    name: 'client.credit.compute',
    arity: 3,
    call: (memberId, asOf, ids) =>
      core.createHezuo().credit.compute(memberId as string, asOf as string, ids as string[]),
    nearlyValid: [fc.constant('m1'), isoDate, fc.constant(undefined)],
  },
  'client.plugin': {
    name: 'client.plugin',
    arity: 1,
    call: (name) => core.createHezuo().plugin(name as string),
  },
  'client.cooperatives': {
    name: 'client.cooperatives',
    arity: 3,
    call: async (founding, transactions, decision) => {
      const hz = core.createHezuo();
      const id = cooperative.id;
      const onlyHezuoErrors = (e: unknown) => {
        if (!core.isHezuoError(e)) throw e;
      };
      await hz.cooperatives.found(founding as never).catch(onlyHezuoErrors);
      await hz.cooperatives
        .found({ cooperative, founders: parties(5), foundedOn: '2026-01-10' })
        .catch(() => undefined);
      await hz.cooperatives.postTransactions(id, transactions as never).catch(onlyHezuoErrors);
      await hz.cooperatives.decide(id, decision as never).catch(onlyHezuoErrors);
      return hz.cooperatives.accounts(id);
    },
    nearlyValid: [
      fc.record({
        cooperative: fc.constant(cooperative),
        founders: fc.constant(parties(5)),
        foundedOn: isoDate,
      }),
      fc.constant(oneServiceFee),
      fc.record({
        resolution: fc.record({
          id: fc.constant('R1'),
          subject: fc.constant({ type: 'dissolution' }),
          meetingDate: isoDate,
        }),
        attendance: fc.constant(['F001', 'F002', 'F003', 'F004']),
        ballots: fc.constant([{ memberId: 'F001', choice: 'for' }]),
      }),
    ],
  },
  commitWithEvents: {
    name: 'commitWithEvents',
    arity: 2,
    // The result is whatever `work` returns (a hostile `work` may return NaN): checked is the throwing.
    call: async (store, work) => {
      await core.commitWithEvents(store as core.Store, work as never);
    },
    nearlyValid: [
      fc.constant(core.createMemoryStore()),
      fc.constant(async (tx: core.StoreTransaction, announce: core.Announce) => {
        await tx.put('fuzz.record', 'r1', { n: 1 });
        announce(() => undefined);
        return 1;
      }),
    ],
  },
  postMemberTransactions: {
    name: 'postMemberTransactions',
    arity: 5,
    // 'real' stands for the store transaction the call runs in; anything else is passed as given.
    call: async (tx, events, announce, cooperativeId, transactions) => {
      const store = core.createMemoryStore();
      const hz = core.createHezuo({ store });
      await hz.cooperatives.found({ cooperative, founders: parties(5), foundedOn: '2026-01-10' });
      return core.commitWithEvents(store, (realTx) =>
        core.postMemberTransactions(
          (tx === 'real' ? realTx : tx) as core.StoreTransaction,
          events as core.EventBus,
          announce as core.Announce,
          cooperativeId as string,
          transactions as core.Transaction[],
        ),
      );
    },
    nearlyValid: [
      fc.constant('real'),
      fc.constant(core.createEventBus(core.silentLogger)),
      fc.constant(() => undefined),
      fc.constantFrom(cooperative.id, 'C-NONE'),
      fc.constant(oneServiceFee),
    ],
  },
};

/** Every area's targets: one list, so one check can say that every export is covered. */
const AREA_TARGETS: Record<string, FuzzTarget> = {
  ...ACCOUNTS_FUZZ_TARGETS,
  ...BENEFIT_SHARING_FUZZ_TARGETS,
  ...COOPERATIVE_FUZZ_TARGETS,
  ...CREDIT_LINE_FUZZ_TARGETS,
  ...EXPORT_FUZZ_TARGETS,
  ...FIT_FUZZ_TARGETS,
  ...MEMBER_FEATURES_FUZZ_TARGETS,
  ...MODEL_FUZZ_TARGETS,
  ...MONITORING_FUZZ_TARGETS,
  ...SCORING_FUZZ_TARGETS,
  ...EQUITY_FUZZ_TARGETS,
  ...FEDERATION_FUZZ_TARGETS,
  ...GOVERNANCE_FUZZ_TARGETS,
  ...MARKETING_FUZZ_TARGETS,
  ...OWNERSHIP_FUZZ_TARGETS,
  ...SURPLUS_FUZZ_TARGETS,
};

/** Exports that take no input (their products' methods are fuzzed above). */
const NO_INPUT = new Set(['consoleLogger', 'createMemoryStore']);

describe('kernel fuzz harness', () => {
  // The areas' targets run in their own fuzz tests; this one checks that together they cover everything.
  it('covers every input-taking function export of @hezuo/core', () => {
    const functions = Object.entries(core)
      .filter(([, value]) => typeof value === 'function' && !(value instanceof z.ZodType))
      .map(([name]) => name);
    const uncovered = functions.filter(
      (name) => !(name in TARGETS) && !(name in AREA_TARGETS) && !NO_INPUT.has(name),
    );
    expect(uncovered).toEqual([]);
  });

  it.each(Object.keys(TARGETS))(
    '%s returns a result or throws a HezuoError on hostile input (1000 runs)',
    async (name) => {
      await fuzzTotality([TARGETS[name] as FuzzTarget], { numRuns: 1000 });
    },
  );
});
