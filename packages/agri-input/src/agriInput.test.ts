import { createHezuo, HezuoError } from '@hezuo/core';
import { describe, expect, it } from 'vitest';
import { agriInput } from './agriInput';
import { EXAMPLE_FERTILIZERS } from './exampleFertilizers';

describe('agriInput plugin', () => {
  it('exposes the example catalogue and the nutrient arithmetic under "agriInput"', () => {
    const hz = createHezuo({ plugins: [agriInput()] });
    expect(hz.plugins).toEqual(['agriInput']);
    expect(hz.agriInput.catalogue).toEqual(EXAMPLE_FERTILIZERS);
    const npk = hz.agriInput.catalogue.find((p) => p.id === 'npk-15-15-15');
    expect(npk).toBeDefined();
    if (npk) expect(hz.agriInput.nutrientContentKg(npk.grade, npk.bagKg)).toEqual({ N: 6, P2O5: 6, K2O: 6 });
  });

  it("takes the cooperative's own catalogue, copied and frozen", () => {
    const own = [
      {
        id: 'urea-40',
        name: { 'zh-CN': '尿素（40公斤）', en: 'Urea (40 kg)' },
        grade: { N: 46, P2O5: 0, K2O: 0 },
        bagKg: 40,
        priceFenPerBag: 9_000,
      },
    ];
    const hz = createHezuo({ plugins: [agriInput({ catalogue: own })] });
    expect(hz.agriInput.catalogue).toEqual(own);
    expect(Object.isFrozen(hz.agriInput.catalogue[0]?.grade)).toBe(true);
    expect(Object.isFrozen(own[0])).toBe(false);
  });

  it('refuses a bad catalogue with the path of the bad field', () => {
    const bad = [{ ...EXAMPLE_FERTILIZERS[0], grade: { N: 46, P2O5: 0, K2O: 60 } }];
    try {
      agriInput({ catalogue: bad as never });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(HezuoError);
      expect(e).toMatchObject({ code: 'INVALID_INPUT', path: ['options', 'catalogue', 0, 'grade'] });
    }
    expect(() => agriInput({ products: [] } as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['options'] }),
    );
  });
});
