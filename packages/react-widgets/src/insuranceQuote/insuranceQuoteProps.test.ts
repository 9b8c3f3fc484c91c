import { safeParseInput } from '@hezuo/core';
import { describe, expect, it } from 'vitest';
import { InsuranceQuotePropsSchema } from './insuranceQuoteProps';

const wheat = {
  id: 'wheat',
  name: { 'zh-CN': '小麦种植保险', en: 'Wheat insurance' },
  sumInsuredPerMuFen: 45_000,
  premiumRate: '0.06',
  outputValuePerMuFen: 60_000,
};
const props = {
  products: [wheat],
  subsidy: { region: 'centralWestNortheast', provinceShare: '0.25', countyShare: '0.1' },
};

const firstPath = (schema: Parameters<typeof safeParseInput>[0], value: unknown) => {
  const result = safeParseInput(schema, value);
  return result.success ? undefined : result.error.issues[0]?.path;
};

describe('InsuranceQuotePropsSchema', () => {
  it("puts each product's terms and the subsidy shares to finance at once", () => {
    expect(firstPath(InsuranceQuotePropsSchema, props)).toBeUndefined();
    // Cover above 80 % of the output value.
    expect(
      firstPath(InsuranceQuotePropsSchema, {
        ...props,
        products: [{ ...wheat, sumInsuredPerMuFen: 50_000 }],
      }),
    ).toEqual(['products', 0, 'sumInsuredPerMuFen']);
    expect(
      firstPath(InsuranceQuotePropsSchema, { ...props, products: [{ ...wheat, premiumRate: '1.5' }] }),
    ).toEqual(['products', 0, 'premiumRate']);
    // The province pays at least 25 %.
    expect(
      firstPath(InsuranceQuotePropsSchema, { ...props, subsidy: { ...props.subsidy, provinceShare: '0.2' } }),
    ).toEqual(['subsidy', 'provinceShare']);
    expect(firstPath(InsuranceQuotePropsSchema, { ...props, products: [wheat, wheat] })).toEqual([
      'products',
      1,
      'id',
    ]);
    expect(firstPath(InsuranceQuotePropsSchema, { ...props, initial: { productId: 'rice' } })).toEqual([
      'initial',
      'productId',
    ]);
    expect(firstPath(InsuranceQuotePropsSchema, { ...props, products: [] })).toEqual(['products']);
    expect(
      firstPath(InsuranceQuotePropsSchema, { ...props, products: [{ ...wheat, sumInsuredPerMuFen: 1.5 }] }),
    ).toEqual(['products', 0, 'sumInsuredPerMuFen']);
    expect(firstPath(InsuranceQuotePropsSchema, { subsidy: props.subsidy })).toEqual(['products']);
  });
});
