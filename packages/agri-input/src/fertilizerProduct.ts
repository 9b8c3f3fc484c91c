import { type Fen, FenSchema, type LocalizedText, LocalizedTextSchema, RecordIdSchema } from '@hezuo/core';
import * as z from 'zod/mini';
import { type FertilizerGrade, FertilizerGradeSchema } from './fertilizerGrade';

/** A fertiliser product as sold by the cooperative's input shop, in bags. */
export interface FertilizerProduct {
  /** A stable product id, unique within a catalogue. */
  readonly id: string;
  /** The product name in every locale. */
  readonly name: LocalizedText;
  /** The nutrient grade printed on the bag. */
  readonly grade: FertilizerGrade;
  /** Net mass of one bag in kg (commonly 40 or 50). */
  readonly bagKg: number;
  /** Price of one bag in fen. */
  readonly priceFenPerBag: Fen;
  /**
   * Whole bags in stock at each service centre (为农服务中心), by centre id. Absent when the
   * cooperative does not track stock for this product; a centre not listed then has none.
   */
  readonly stockBags?: Readonly<Record<string, number>> | undefined;
}

/** Schema of {@link FertilizerProduct}. */
export const FertilizerProductSchema = z.strictObject({
  id: RecordIdSchema,
  name: LocalizedTextSchema,
  grade: FertilizerGradeSchema,
  bagKg: z
    .number({ error: 'a bag mass must be a number of kg' })
    .check(
      z.positive({ error: 'a bag mass must be greater than zero' }),
      z.lte(100_000, { error: 'a bag mass may be at most 100,000 kg (a bulk lot)' }),
    ),
  priceFenPerBag: FenSchema,
  stockBags: z.optional(
    z.record(
      RecordIdSchema,
      z
        .number({ error: 'a stock is a number of bags' })
        .check(
          z.int({ error: 'a stock is a whole number of bags' }),
          z.gte(0, { error: 'a stock may not be negative' }),
          z.lte(10_000_000, { error: 'a stock may be at most 10,000,000 bags' }),
        ),
    ),
  ),
});

/** Schema of a catalogue: a list of {@link FertilizerProduct} with unique ids. */
export const FertilizerCatalogueSchema = z.array(FertilizerProductSchema).check(
  z.maxLength(100_000, { error: 'a catalogue may list at most 100,000 products' }),
  z.superRefine((products, ctx) => {
    const seen = new Set<string>();
    products.forEach((product, index) => {
      if (seen.has(product.id)) {
        ctx.addIssue({
          code: 'custom',
          message: `the product id "${product.id}" is listed twice`,
          path: [index, 'id'],
        });
      }
      seen.add(product.id);
    });
  }),
);
