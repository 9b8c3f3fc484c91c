import { createHezuo } from '@hezuo/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { type AgriInputApi, agriInput } from './agriInput';
import type { FertilizerGrade, FertilizerGradeSchema } from './fertilizerGrade';
import type { FertilizerProduct, FertilizerProductSchema } from './fertilizerProduct';
import type { NutrientContentKg } from './nutrientContent';
import type { AgriInputPurchaseRecord, AgriInputPurchaseRecordSchema } from './purchaseRecord';

describe('agriInput types', () => {
  it('puts a typed API on the client under "agriInput"', () => {
    const hz = createHezuo({ plugins: [agriInput()] });
    expectTypeOf(hz.agriInput).toEqualTypeOf<AgriInputApi>();
    expectTypeOf(
      hz.agriInput.nutrientContentKg({ N: 1, P2O5: 1, K2O: 1 }, 1),
    ).toEqualTypeOf<NutrientContentKg>();
    expectTypeOf<NutrientContentKg>().toEqualTypeOf<{
      readonly N: number;
      readonly P2O5: number;
      readonly K2O: number;
    }>();
  });

  it('keeps interfaces and schemas in step', () => {
    expectTypeOf<z.output<typeof FertilizerGradeSchema>>().toExtend<FertilizerGrade>();
    expectTypeOf<z.output<typeof FertilizerProductSchema>>().toExtend<FertilizerProduct>();
    expectTypeOf<FertilizerProduct>().toExtend<z.input<typeof FertilizerProductSchema>>();
  });

  it('keeps the purchase interface and the schema in step', () => {
    expectTypeOf<z.output<typeof AgriInputPurchaseRecordSchema>>().toEqualTypeOf<{
      id: string;
      memberId: string;
      date: string;
      amountFen: number;
      productId?: string | undefined;
    }>();
    expectTypeOf<z.output<typeof AgriInputPurchaseRecordSchema>>().toExtend<AgriInputPurchaseRecord>();
    expectTypeOf<AgriInputPurchaseRecord>().toExtend<z.input<typeof AgriInputPurchaseRecordSchema>>();
    const hz = createHezuo({ plugins: [agriInput()] });
    expectTypeOf(hz.agriInput.recordPurchase).returns.resolves.toEqualTypeOf<AgriInputPurchaseRecord>();
  });

  it('refuses a grade with a nutrient outside the vocabulary', () => {
    agriInput({
      catalogue: [
        {
          id: 'x',
          name: { 'zh-CN': 'x', en: 'x' },
          // @ts-expect-error S is not one of the nutrients
          grade: { N: 1, P2O5: 1, K2O: 1, S: 1 },
          bagKg: 1,
          priceFenPerBag: 1,
        },
      ],
    });
    const grade: FertilizerGrade = { N: 1, P2O5: 1, K2O: 1 };
    // @ts-expect-error no such nutrient
    void grade.S;
  });
});
