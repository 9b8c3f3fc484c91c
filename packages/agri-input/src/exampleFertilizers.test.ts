import { describe, expect, it } from 'vitest';
import { EXAMPLE_FERTILIZERS } from './exampleFertilizers';
import { FertilizerCatalogueSchema, FertilizerProductSchema } from './fertilizerProduct';

describe('EXAMPLE_FERTILIZERS', () => {
  it('is a valid catalogue', () => {
    expect(FertilizerCatalogueSchema.parse(EXAMPLE_FERTILIZERS)).toEqual(EXAMPLE_FERTILIZERS);
  });

  it('lists urea, DAP, potassium chloride and 15-15-15 in 40 or 50 kg bags', () => {
    const grades = EXAMPLE_FERTILIZERS.map((p) => [p.grade.N, p.grade.P2O5, p.grade.K2O].join('-'));
    expect(grades).toEqual(['46-0-0', '18-46-0', '0-0-60', '15-15-15']);
    for (const product of EXAMPLE_FERTILIZERS) {
      expect([40, 50]).toContain(product.bagKg);
      expect(Number.isSafeInteger(product.priceFenPerBag)).toBe(true);
      expect(product.name['zh-CN']).toBeTruthy();
      expect(product.name.en).toBeTruthy();
    }
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(EXAMPLE_FERTILIZERS)).toBe(true);
    const first = EXAMPLE_FERTILIZERS[0];
    expect(first && Object.isFrozen(first.grade) && Object.isFrozen(first.name)).toBe(true);
  });
});

describe('FertilizerCatalogueSchema', () => {
  const urea = EXAMPLE_FERTILIZERS[0];

  it('refuses duplicate ids, pointing at the second', () => {
    const result = FertilizerCatalogueSchema.safeParse([urea, urea]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([1, 'id']);
  });

  it.each([
    ['a fractional price', { priceFenPerBag: 99.5 }],
    ['a zero bag', { bagKg: 0 }],
    ['a name in one locale only', { name: { 'zh-CN': '尿素' } }],
  ])('refuses a product with %s', (_what, change) => {
    expect(FertilizerProductSchema.safeParse({ ...urea, ...change }).success).toBe(false);
  });
});
