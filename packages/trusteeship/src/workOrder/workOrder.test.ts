import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thrown } from '../__tests__/thrown';
import { transitionContract } from '../contract/contractTransitions';
import { draftContractFromQuote } from '../contract/draftContract';
import type { TrusteeshipContractRecord } from '../contractRecord';
import { EXAMPLE_MENU_QUOTE_INPUT } from '../examples';
import { scheduleWorkOrder } from './scheduleWorkOrder';
import { WORK_ORDER_STATUSES, type WorkOrderRecord, type WorkOrderStatus } from './workOrderRecord';
import {
  transitionWorkOrder,
  WORK_ORDER_ACTIONS,
  WORK_ORDER_TRANSITIONS,
  type WorkOrderAction,
  type WorkOrderStep,
} from './workOrderTransitions';

const draft = draftContractFromQuote({
  id: 'TG-1',
  memberId: 'M1',
  startDate: '2014-09-20',
  endDate: '2015-06-30',
  quote: EXAMPLE_MENU_QUOTE_INPUT,
});
const signed = transitionContract(draft, { action: 'sign', on: '2014-09-10' });
const active: TrusteeshipContractRecord = transitionContract(signed, {
  action: 'activate',
  on: '2014-09-20',
});
const context = { contract: active, plotAreaMu: 12.5, workOrders: [] as WorkOrderRecord[] };

const scheduled = scheduleWorkOrder(
  { id: 'WO-1', contractId: 'TG-1', plotId: 'P-01', serviceId: 'wheat-ploughing', scheduledOn: '2014-10-05' },
  active,
);

/** A work order in each status, reached by legal steps. */
function orderIn(status: WorkOrderStatus): WorkOrderRecord {
  const path: Record<WorkOrderStatus, WorkOrderStep[]> = {
    scheduled: [],
    dispatched: [{ action: 'dispatch', on: '2014-10-05', operatorId: 'OP-1', machineId: 'TR-1' }],
    done: [
      { action: 'dispatch', on: '2014-10-05', operatorId: 'OP-1', machineId: 'TR-1' },
      { action: 'done', on: '2014-10-06', actualAreaMu: 12.4 },
    ],
    confirmed: [
      { action: 'dispatch', on: '2014-10-05', operatorId: 'OP-1', machineId: 'TR-1' },
      { action: 'done', on: '2014-10-06', actualAreaMu: 12.4 },
      { action: 'confirm', on: '2014-10-07' },
    ],
    cancelled: [{ action: 'cancel', on: '2014-10-04' }],
  };
  return path[status].reduce((order, step) => transitionWorkOrder(order, step, context), scheduled);
}

const stepOf = (action: WorkOrderAction): WorkOrderStep =>
  action === 'dispatch'
    ? { action, on: '2014-10-08', operatorId: 'OP-2', machineId: 'TR-2' }
    : action === 'done'
      ? { action, on: '2014-10-08', actualAreaMu: 12 }
      : { action, on: '2014-10-08' };

const EXPECTED: Record<WorkOrderStatus, Partial<Record<WorkOrderAction, WorkOrderStatus>>> = {
  scheduled: { dispatch: 'dispatched', cancel: 'cancelled' },
  dispatched: { done: 'done', cancel: 'cancelled' },
  done: { confirm: 'confirmed' },
  confirmed: {},
  cancelled: {},
};
const pairs = WORK_ORDER_STATUSES.flatMap((status) =>
  WORK_ORDER_ACTIONS.map((action) => [status, action, EXPECTED[status][action]] as const),
);

describe('scheduling work orders', () => {
  it('takes the operation, unit and passes from the contract service', () => {
    expect(scheduled).toEqual({
      id: 'WO-1',
      contractId: 'TG-1',
      memberId: 'M1',
      plotId: 'P-01',
      serviceId: 'wheat-ploughing',
      operation: 'ploughing',
      unit: 'mu',
      passes: 1,
      status: 'scheduled',
      scheduledOn: '2014-10-05',
    });
    // Planning may begin once the contract is signed.
    expect(
      scheduleWorkOrder(
        {
          id: 'WO-2',
          contractId: 'TG-1',
          plotId: 'P-02',
          serviceId: 'wheat-spraying',
          scheduledOn: '2015-04-01',
        },
        signed,
      ),
    ).toMatchObject({ passes: 2, operation: 'unifiedPestControl' });
  });

  it.each([
    ['a plot not under the contract', { plotId: 'P-99' }, active, 'TRUSTEESHIP_RULE', 'plotNotUnderContract'],
    ['a draft contract', {}, draft, 'TRUSTEESHIP_RULE', 'contractNotInForce'],
    [
      'a service the contract did not order',
      { serviceId: 'wheat-irrigation' },
      active,
      'TRUSTEESHIP_RULE',
      'serviceNotInContract',
    ],
    [
      'a day outside the service window',
      { scheduledOn: '2014-11-05' },
      active,
      'TRUSTEESHIP_RULE',
      'outsideServiceWindow',
    ],
    ['a day before the contract', { scheduledOn: '2013-10-05' }, active, 'DATE_ORDER', undefined],
    ['no service under a menu contract', { serviceId: undefined }, active, 'INVALID_INPUT', undefined],
    ['another contract', { contractId: 'TG-2' }, active, 'INVALID_INPUT', undefined],
  ])('refuses %s', (_what, over, contract, code, rule) => {
    const request = {
      id: 'WO-9',
      contractId: 'TG-1',
      plotId: 'P-01',
      serviceId: 'wheat-ploughing',
      scheduledOn: '2014-10-05',
      ...over,
    };
    const error = thrown(() => scheduleWorkOrder(request, contract));
    expect(error.code).toBe(code);
    if (rule) expect(error.details.rule).toBe(rule);
  });

  it('names the operation under a full contract', () => {
    const full: TrusteeshipContractRecord = {
      ...active,
      terms: {
        kind: 'full',
        feePerMuFen: 100_000,
        farmerGainShare: 0.7,
        guarantees: [
          { plotId: 'P-01', guaranteedYieldKgPerMu: 400, threeYearAverageKgPerMu: null },
          { plotId: 'P-02', guaranteedYieldKgPerMu: 400, threeYearAverageKgPerMu: null },
        ],
      },
    };
    expect(
      scheduleWorkOrder(
        { id: 'WO-F', contractId: 'TG-1', plotId: 'P-01', operation: 'drying', scheduledOn: '2015-06-12' },
        full,
      ),
    ).toMatchObject({ operation: 'drying', unit: 'tonne', passes: 1 });
    expect(
      thrown(() =>
        scheduleWorkOrder(
          { id: 'WO-F', contractId: 'TG-1', plotId: 'P-01', scheduledOn: '2015-06-12' },
          full,
        ),
      ),
    ).toMatchObject({ path: ['request', 'operation'] });
  });
});

describe('the work order state machine', () => {
  it('is scheduled → dispatched → done → confirmed, or cancelled before the work is done', () => {
    expect(WORK_ORDER_TRANSITIONS).toEqual(EXPECTED);
  });

  it.each(pairs.filter(([, , to]) => to !== undefined))('%s --%s--> %s', (status, action, to) => {
    expect(transitionWorkOrder(orderIn(status), stepOf(action), context).status).toBe(to);
  });

  it.each(pairs.filter(([, , to]) => to === undefined))('refuses %s --%s--> (illegal)', (status, action) => {
    expect(thrown(() => transitionWorkOrder(orderIn(status), stepOf(action), context))).toMatchObject({
      code: 'TRUSTEESHIP_RULE',
      path: ['step', 'action'],
      details: { rule: 'illegalTransition', from: status, action },
    });
  });

  it('records the operator, machine, actual area and dates', () => {
    expect(orderIn('confirmed')).toMatchObject({
      dispatchedOn: '2014-10-05',
      operatorId: 'OP-1',
      machineId: 'TR-1',
      doneOn: '2014-10-06',
      actualAreaMu: 12.4,
      confirmedOn: '2014-10-07',
    });
  });

  it('works only under an active contract, and keeps the steps in date order', () => {
    expect(
      thrown(() => transitionWorkOrder(scheduled, stepOf('dispatch'), { ...context, contract: signed })),
    ).toMatchObject({
      details: { rule: 'contractNotInForce' },
    });
    // A plan is dropped while the contract is only signed.
    expect(transitionWorkOrder(scheduled, stepOf('cancel'), { ...context, contract: signed }).status).toBe(
      'cancelled',
    );
    expect(
      thrown(() =>
        transitionWorkOrder(
          orderIn('dispatched'),
          { action: 'done', on: '2014-10-01', actualAreaMu: 3 },
          context,
        ),
      ),
    ).toMatchObject({ code: 'DATE_ORDER', path: ['step', 'on'] });
  });

  it('refuses a done area above the plot and a report in the wrong unit', () => {
    const error = thrown(() =>
      transitionWorkOrder(
        orderIn('dispatched'),
        { action: 'done', on: '2014-10-06', actualAreaMu: 12.6 },
        context,
      ),
    );
    expect(error).toMatchObject({
      code: 'TRUSTEESHIP_RULE',
      path: ['step', 'actualAreaMu'],
      details: { rule: 'areaAbovePlot', plotAreaMu: 12.5, actualAreaMu: 12.6 },
    });
    expect(error.message).toMatch(/12.6 mu done on plot P-01, which has 12.5 mu/);
    expect(
      thrown(() =>
        transitionWorkOrder(
          orderIn('dispatched'),
          { action: 'done', on: '2014-10-06', actualTonnes: 3 },
          context,
        ),
      ),
    ).toMatchObject({ code: 'INVALID_INPUT', path: ['step', 'actualAreaMu'] });
  });

  it('caps all passes of a service on a plot at the plot area times its passes', () => {
    // Spraying covers two passes: 12.5 + 12.5 mu is the most the plot can take.
    const spray = (id: string) =>
      transitionWorkOrder(
        scheduleWorkOrder(
          { id, contractId: 'TG-1', plotId: 'P-01', serviceId: 'wheat-spraying', scheduledOn: '2015-04-01' },
          active,
        ),
        { action: 'dispatch', on: '2015-04-01', operatorId: 'OP-3', machineId: 'UAV-1' },
        context,
      );
    const first = transitionWorkOrder(
      spray('S1'),
      { action: 'done', on: '2015-04-01', actualAreaMu: 12.5 },
      context,
    );
    const second = transitionWorkOrder(
      spray('S2'),
      { action: 'done', on: '2015-04-20', actualAreaMu: 12.5 },
      {
        ...context,
        workOrders: [first],
      },
    );
    expect(
      thrown(() =>
        transitionWorkOrder(
          spray('S3'),
          { action: 'done', on: '2015-05-10', actualAreaMu: 0.1 },
          {
            ...context,
            workOrders: [first, second],
          },
        ),
      ),
    ).toMatchObject({ details: { rule: 'areaAbovePlot', passes: 2, totalAreaMu: 25.1 } });
  });

  it('never lets a work order exceed its plot (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 500, noNaN: true }),
        fc.double({ min: 0.01, max: 600, noNaN: true }),
        (plotAreaMu, actualAreaMu) => {
          const dispatched = transitionWorkOrder(scheduled, stepOf('dispatch'), context);
          const ctx = { ...context, plotAreaMu };
          try {
            const done = transitionWorkOrder(
              dispatched,
              { action: 'done', on: '2014-10-09', actualAreaMu },
              ctx,
            );
            expect(done.actualAreaMu).toBeLessThanOrEqual(plotAreaMu);
          } catch (e) {
            expect(actualAreaMu).toBeGreaterThan(plotAreaMu);
            expect(e).toMatchObject({ details: { rule: 'areaAbovePlot' } });
          }
        },
      ),
    );
  });
});
