import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { delivery, thrown } from './__tests__/helpers';
import { type Delivery, priceDelivery } from './delivery';

describe('priceDelivery', () => {
  it.each<[string, Partial<Delivery>, object]>([
    [
      'no deductions',
      { grossKg: 100, unitPrice: 262 },
      {
        grossMilli: 100_000,
        deductedMilli: 0,
        netMilli: 100_000,
        grossAmount: 26_200,
        deductionsFen: 0,
        amount: 26_200,
      },
    ],
    [
      'weight and money deductions',
      {
        grossKg: '1020.5',
        unitPrice: 262,
        deductions: [
          { reason: 'moisture 14.5 %', kg: '15.3' },
          { reason: { 'zh-CN': '杂质', en: 'impurities' }, kg: '5.2' },
          { reason: 'bags', fen: 500 },
        ],
      },
      {
        grossMilli: 1_020_500,
        deductedMilli: 20_500,
        netMilli: 1_000_000,
        grossAmount: 262_000,
        deductionsFen: 500,
        amount: 261_500,
      },
    ],
    [
      'half a fen rounds up',
      { grossKg: '0.001', unitPrice: 500 },
      { netMilli: 1, grossAmount: 1, amount: 1 },
    ],
    [
      'just under half a fen rounds down',
      { grossKg: '0.001', unitPrice: 499 },
      { netMilli: 1, grossAmount: 0, amount: 0 },
    ],
    [
      'rounds once: 33.333 kg at 3 fen/kg is 99.999 fen',
      { grossKg: '33.333', unitPrice: 3 },
      { netMilli: 33_333, grossAmount: 100, amount: 100 },
    ],
    [
      'a deduction of everything leaves nothing',
      { grossKg: 50, unitPrice: 300, deductions: [{ reason: 'rejected', kg: 50, fen: 0 }] },
      { netMilli: 0, grossAmount: 0, deductionsFen: 0, amount: 0 },
    ],
    [
      'money deductions equal to the gross amount leave zero',
      { grossKg: 10, unitPrice: 100, deductions: [{ reason: 'transport', fen: 1_000 }] },
      { grossAmount: 1_000, deductionsFen: 1_000, amount: 0 },
    ],
    ['a zero price', { grossKg: 10, unitPrice: 0 }, { grossAmount: 0, amount: 0 }],
  ])('%s', (_name, fields, expected) => {
    expect(priceDelivery(delivery({ id: 'd1', ...fields }))).toMatchObject({ deliveryId: 'd1', ...expected });
  });

  it.each<[string, Partial<Delivery>, string, (string | number)[]]>([
    [
      'weight deductions past the gross weight',
      {
        grossKg: 10,
        deductions: [
          { reason: 'moisture', kg: 6 },
          { reason: 'impurities', kg: '4.001' },
        ],
      },
      'LEDGER_RULE',
      ['delivery', 'deductions', 1, 'kg'],
    ],
    [
      'money deductions past the gross amount',
      { grossKg: 10, unitPrice: 100, deductions: [{ reason: 'transport', fen: 1_001 }] },
      'LEDGER_RULE',
      ['delivery', 'deductions'],
    ],
    [
      'a fourth decimal in the gross weight',
      { grossKg: '10.0001' },
      'INVALID_INPUT',
      ['delivery', 'grossKg'],
    ],
    ['a zero gross weight', { grossKg: 0 }, 'INVALID_INPUT', ['delivery', 'grossKg']],
    ['a fractional price', { unitPrice: 2.5 }, 'INVALID_INPUT', ['delivery', 'unitPrice']],
    ['a negative price', { unitPrice: -1 }, 'INVALID_INPUT', ['delivery', 'unitPrice']],
    [
      'a date that does not exist',
      { deliveredOn: '2026-02-30' },
      'INVALID_INPUT',
      ['delivery', 'deliveredOn'],
    ],
    ['a crop with a space', { crop: 'winter wheat' }, 'INVALID_INPUT', ['delivery', 'crop']],
    [
      'a deduction of nothing',
      { deductions: [{ reason: 'moisture' }] },
      'INVALID_INPUT',
      ['delivery', 'deductions', 0],
    ],
    [
      'a blank reason',
      { deductions: [{ reason: '  ', kg: 1 }] },
      'INVALID_INPUT',
      ['delivery', 'deductions', 0, 'reason'],
    ],
    [
      'a deduction weighed to 0.1 g',
      { deductions: [{ reason: 'moisture', kg: '0.0001' }] },
      'INVALID_INPUT',
      ['delivery', 'deductions', 0, 'kg'],
    ],
    [
      'a price past 2^53 fen',
      { grossKg: '9007199254740.991', unitPrice: 2_000 },
      'AMOUNT_OVERFLOW',
      ['delivery', 'unitPrice'],
    ],
  ])('refuses %s', (_name, fields, code, path) => {
    expect(thrown(() => priceDelivery(delivery({ id: 'd1', ...fields })))).toEqual({ code, path });
  });

  it('refuses unknown fields', () => {
    expect(thrown(() => priceDelivery({ ...delivery({ id: 'd1' }), moisture: 14 } as Delivery)).code).toBe(
      'INVALID_INPUT',
    );
  });

  it('property: net = gross − deductions, amount = gross amount − money deductions, one half-up rounding', () => {
    const deduction = fc.record({
      reason: fc.constant('x'),
      kg: fc.nat({ max: 5_000 }).map((g) => g / 1000),
      fen: fc.nat({ max: 200 }),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.nat({ max: 100_000 }),
        fc.array(deduction, { maxLength: 4 }),
        (grossMilli, unitPrice, deductions) => {
          const input = delivery({ id: 'd', grossKg: grossMilli / 1000, unitPrice, deductions });
          const deducted = deductions.reduce((s, d) => s + Math.round(d.kg * 1000), 0);
          const fen = deductions.reduce((s, d) => s + d.fen, 0);
          const net = grossMilli - deducted;
          const exact = net * unitPrice; // thousandths of a fen, exact (< 2^53)
          if (net < 0 || Math.floor((exact + 500) / 1000) < fen) {
            expect(thrown(() => priceDelivery(input)).code).toBe('LEDGER_RULE');
            return;
          }
          const priced = priceDelivery(input);
          expect(priced.netMilli).toBe(net);
          expect(priced.grossAmount).toBe(Math.floor((exact + 500) / 1000));
          expect(priced.amount).toBe(priced.grossAmount - fen);
          expect(priced.amount).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
