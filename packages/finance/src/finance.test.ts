import { createHezuo, fixedClock, HezuoError } from '@hezuo/core';
import { describe, expect, it } from 'vitest';
import { finance } from './finance';
import { FinanceOptionsSchema } from './options';

describe('finance plugin', () => {
  it('defaults to ACT/360 and a 50% penalty surcharge', () => {
    const hz = createHezuo({ plugins: [finance()] });
    expect(hz.plugins).toEqual(['finance']);
    expect(hz.finance.options).toEqual({ dayCount: 'ACT/360', penaltySurchargeRate: '0.5' });
    expect(Object.isFrozen(hz.finance.options)).toBe(true);
    expect(Object.isFrozen(hz.finance)).toBe(true);
  });

  it('computes simple interest with the plugin day count unless a call names one', () => {
    const hz = createHezuo({ plugins: [finance()], clock: fixedClock('2026-06-30T09:00:00+08:00') });
    const today = hz.clock.today();
    expect(hz.finance.simpleInterest(1_000_000, '0.0435', '2025-06-30', today)).toBe(44_104);
    expect(hz.finance.simpleInterest(1_000_000, '0.0435', '2025-06-30', today, 'ACT/365')).toBe(43_500);
    expect(hz.finance.simpleInterest(1_000_000, '0.0435', '2025-06-30', today, undefined, 'up')).toBe(44_105);
  });

  it('takes its options', () => {
    const hz = createHezuo({ plugins: [finance({ dayCount: 'ACT/365', penaltySurchargeRate: 0.3 })] });
    expect(hz.finance.options).toEqual({ dayCount: 'ACT/365', penaltySurchargeRate: 0.3 });
    expect(hz.finance.simpleInterest(1_000_000, 0.0435, '2025-06-30', '2026-06-30')).toBe(43_500);
  });

  it.each([
    [{ dayCount: '30/360' }, ['options', 'dayCount']],
    [{ penaltySurchargeRate: '-0.5' }, ['options', 'penaltySurchargeRate']],
    [{ penaltySurchargeRate: 'half' }, ['options', 'penaltySurchargeRate']],
    [{ surcharge: 0.5 }, ['options']],
  ])('refuses the bad option %o with INVALID_INPUT', (options, path) => {
    try {
      finance(options as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(HezuoError);
      expect(e).toMatchObject({ code: 'INVALID_INPUT', path });
    }
  });

  it('passes bad call arguments through as typed errors', () => {
    const hz = createHezuo({ plugins: [finance()] });
    expect(() => hz.finance.simpleInterest(-5, 0.0435, '2025-06-30', '2026-06-30')).toThrow(
      expect.objectContaining({ code: 'INVALID_AMOUNT', path: ['principalFen'] }),
    );
  });

  it('exports a schema that fills in defaults', () => {
    expect(FinanceOptionsSchema.parse({})).toEqual({ dayCount: 'ACT/360', penaltySurchargeRate: '0.5' });
  });
});
