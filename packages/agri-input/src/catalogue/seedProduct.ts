import { type Fen, FenSchema, type LocalizedText, LocalizedTextSchema, RecordIdSchema } from '@hezuo/core';
import { z } from 'zod';
import { CropIdSchema } from '../recommendation/cropNutrientTable';

/** A seed product: a crop variety with its approval number, sold in bags. */
export interface SeedProduct {
  /** A stable product id, unique within the catalogue. */
  readonly id: string;
  /** The product name in every locale. */
  readonly name: LocalizedText;
  /** The crop, an id of the crop nutrient table. */
  readonly crop: string;
  /** The variety name. */
  readonly variety: string;
  /** The variety approval number (品种审定编号), e.g. `鲁审麦20990001`. */
  readonly approvalNumber: string;
  /** Net mass of one bag in kg. */
  readonly bagKg: number;
  /** Price of one bag in fen. */
  readonly priceFenPerBag: Fen;
}

/** Schema of {@link SeedProduct}. */
export const SeedProductSchema = z.strictObject({
  id: RecordIdSchema,
  name: LocalizedTextSchema,
  crop: CropIdSchema,
  variety: z.string().min(1, { error: 'a variety needs a name' }).max(128),
  approvalNumber: z
    .string()
    .min(4, { error: 'an approval number is at least 4 characters' })
    .max(64)
    .regex(/\d{4,}/, { error: 'an approval number carries the approval year and a serial number' }),
  bagKg: z.number().gt(0, { error: 'a bag mass must be greater than zero' }).max(100_000),
  priceFenPerBag: FenSchema,
});

/** Schema of a seed catalogue: {@link SeedProduct}s with unique ids. */
export const SeedCatalogueSchema = z
  .array(SeedProductSchema)
  .max(100_000)
  .superRefine((products, ctx) => {
    const seen = new Set<string>();
    products.forEach((p, index) => {
      if (seen.has(p.id)) {
        ctx.addIssue({
          code: 'custom',
          message: `the product id "${p.id}" is listed twice`,
          path: [index, 'id'],
        });
      }
      seen.add(p.id);
    });
  });
