import { createHezuo } from '@hezuo/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { agriInput } from './agriInput';
import type { AgriInputApi } from './agriInputApiTypes';
import type { PesticideProduct, PesticideProductSchema } from './catalogue/pesticideProduct';
import type { SeedProduct, SeedProductSchema } from './catalogue/seedProduct';
import type { ConsultationTicket, ConsultationTicketSchema } from './cropHospital/consultationTicket';
import type { FertilizerGrade, FertilizerGradeSchema } from './fertilizerGrade';
import type { FertilizerProduct, FertilizerProductSchema } from './fertilizerProduct';
import type { GroupBuyInput, GroupBuyInputSchema } from './groupBuy/groupBuyInput';
import type { NutrientContentKg } from './nutrientContent';
import type { AgriInputPurchaseRecord, AgriInputPurchaseRecordSchema } from './purchaseRecord';
import type { SoilSupplyMethod } from './recommendation/recommendationInput';
import { recommendFertilizer } from './recommendation/recommendFertilizer';
import type { FertilisingWorkRequest, FertilisingWorkRequestSchema } from './split/fertilisingWorkRequest';
import { type NutrientQuantity, type NutrientValues, nutrientValues } from './units';

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

describe('nutrient units', () => {
  it('keeps mg/kg, kg/mu and kg apart, and N apart from P2O5', () => {
    const soil = nutrientValues('mg/kg', { N: 60, P2O5: 30, K2O: 90 });
    const perMu = nutrientValues('kg/mu', { N: 17, P2O5: 6, K2O: 14 });
    expectTypeOf(soil.N).toEqualTypeOf<NutrientQuantity<'mg/kg', 'N'>>();
    expectTypeOf(soil.N).not.toEqualTypeOf<NutrientQuantity<'mg/kg', 'P2O5'>>();
    expectTypeOf(soil.N).toExtend<number>();
    const method: SoilSupplyMethod = {
      kind: 'soilTest',
      soilTestMgPerKg: soil,
      correction: { N: 1, P2O5: 1, K2O: 1 },
    };
    void method;
    const wrong: SoilSupplyMethod = {
      kind: 'soilTest',
      // @ts-expect-error a soil stock in kg/mu is not a soil test in mg/kg
      soilTestMgPerKg: perMu,
      correction: { N: 1, P2O5: 1, K2O: 1 },
    };
    void wrong;
    const plain: SoilSupplyMethod = {
      kind: 'soilTest',
      // @ts-expect-error plain numbers carry no unit
      soilTestMgPerKg: { N: 60, P2O5: 30, K2O: 90 },
      correction: { N: 1, P2O5: 1, K2O: 1 },
    };
    void plain;
    const grade: FertilizerGrade = { N: 46, P2O5: 0, K2O: 0 };
    void grade;
    // @ts-expect-error a soil test is not a fertiliser grade
    const soilAsGrade: FertilizerGrade = soil;
    void soilAsGrade;
    // @ts-expect-error a P2O5 figure is not an N figure
    const swapped: NutrientQuantity<'mg/kg', 'N'> = soil.P2O5;
    void swapped;
    const need: NutrientValues<'kg'> = recommendFertilizer({
      crop: 'maize',
      targetYield: { kgPerMu: 600 },
      method: { kind: 'yieldDifference', blankYieldKgPerMu: 400 },
    }).nutrientKgForPlot;
    // @ts-expect-error a need per mu is not a need for the plot
    const perMuNeed: NutrientValues<'kg'> = recommendFertilizer({
      crop: 'maize',
      targetYield: { kgPerMu: 600 },
      method: { kind: 'yieldDifference', blankYieldKgPerMu: 400 },
    }).nutrientKgPerMu;
    void need;
    void perMuNeed;
  });

  it('types the plugin events on the client', () => {
    const hz = createHezuo({ plugins: [agriInput()] });
    hz.events.on('agriInput.prescriptionIssued', (payload) => {
      expectTypeOf(payload.safeHarvestFrom).toEqualTypeOf<string>();
    });
    hz.events.on('agriInput.fertilisingPlanned', (payload) => {
      expectTypeOf(payload.workRequests).toEqualTypeOf<readonly FertilisingWorkRequest[]>();
    });
  });

  it('keeps the new interfaces and schemas in step', () => {
    expectTypeOf<z.output<typeof PesticideProductSchema>>().toExtend<PesticideProduct>();
    expectTypeOf<z.output<typeof SeedProductSchema>>().toExtend<SeedProduct>();
    expectTypeOf<z.output<typeof GroupBuyInputSchema>>().toExtend<GroupBuyInput>();
    expectTypeOf<z.output<typeof FertilisingWorkRequestSchema>>().toExtend<FertilisingWorkRequest>();
    expectTypeOf<z.output<typeof ConsultationTicketSchema>>().toExtend<ConsultationTicket>();
  });
});
