import { EntityIdSchema, type Fen, FenSchema, LocalizedTextSchema } from '@hezuo/core';
import { z } from 'zod';
import { AgriDateSchema } from '../agriDate';

/** A price break (阶梯价): at or above `minTonnes` of a product, the lot costs `priceFenPerTonne`. */
export interface PriceBreak {
  /** The smallest total, in tonnes, the price applies to. */
  readonly minTonnes: number;
  /** The supplier's price per tonne, in fen. */
  readonly priceFenPerTonne: Fen;
}

/** A product offered in a group buy: its bag, shop price and the supplier's price breaks. */
export interface GroupBuyProduct {
  /** The product id (usually a catalogue id). */
  readonly productId: string;
  /** The product name, for statements. */
  readonly name?: { readonly 'zh-CN': string; readonly en: string } | undefined;
  /** Net kg per bag. */
  readonly bagKg: number;
  /** What one bag costs a member at the shop, in fen: the price savings are measured from. */
  readonly listPriceFenPerBag: Fen;
  /** The supplier's price breaks, by rising `minTonnes`, each price below the one before. */
  readonly priceBreaks: readonly PriceBreak[];
}

/** One member's order in a group buy. */
export interface GroupBuyOrder {
  /** The order id, unique within the group buy. */
  readonly id: string;
  /** The member ordering. */
  readonly memberId: string;
  /** The product ordered. */
  readonly productId: string;
  /** Whole bags ordered. */
  readonly bags: number;
}

/** A group buy (团购): members' orders pooled per product to reach the supplier's price breaks. */
export interface GroupBuyInput {
  /** The group buy id. */
  readonly id: string;
  /** The cooperative organising it, whose member accounts record the purchases. */
  readonly cooperativeId: string;
  /** The day the goods are bought and the members charged, `YYYY-MM-DD`. */
  readonly date: string;
  /** The products offered. */
  readonly products: readonly GroupBuyProduct[];
  /** The members' orders. */
  readonly orders: readonly GroupBuyOrder[];
}

/** Ids combine into transaction ids `groupBuyId:orderId`, which stay within 128 characters. */
const ShortIdSchema = EntityIdSchema.check(
  z.maxLength(60, { error: 'this id may be at most 60 characters' }),
).check(z.refine((id) => !id.includes(':'), { error: 'this id may not contain ":"' }));

/** Schema of {@link PriceBreak}. */
export const PriceBreakSchema = z.strictObject({
  minTonnes: z
    .number({ error: 'a threshold is a number of tonnes' })
    .gt(0, { error: 'a threshold must be above 0 t' })
    .max(1_000_000),
  priceFenPerTonne: FenSchema.check(z.gte(1, { error: 'a price per tonne must be at least 1 fen' })),
});

/** Schema of {@link GroupBuyProduct}. */
export const GroupBuyProductSchema = z.strictObject({
  productId: EntityIdSchema,
  name: z.optional(LocalizedTextSchema),
  bagKg: z
    .number({ error: 'a bag mass must be a number of kg' })
    .gt(0, { error: 'a bag mass must be above 0' })
    .max(100_000),
  listPriceFenPerBag: FenSchema.check(z.gte(1, { error: 'a list price must be at least 1 fen' })),
  priceBreaks: z
    .array(PriceBreakSchema)
    .max(20)
    .superRefine((breaks, ctx) => {
      for (let i = 1; i < breaks.length; i++) {
        const previous = breaks[i - 1] as PriceBreak;
        const current = breaks[i] as PriceBreak;
        if (current.minTonnes <= previous.minTonnes) {
          ctx.addIssue({
            code: 'custom',
            message: 'price breaks go by rising thresholds',
            path: [i, 'minTonnes'],
          });
        }
        if (current.priceFenPerTonne >= previous.priceFenPerTonne) {
          ctx.addIssue({
            code: 'custom',
            message: 'a higher threshold must bring a lower price',
            path: [i, 'priceFenPerTonne'],
          });
        }
      }
    }),
});

/** Schema of {@link GroupBuyOrder}. */
export const GroupBuyOrderSchema = z.strictObject({
  id: ShortIdSchema,
  memberId: EntityIdSchema,
  productId: EntityIdSchema,
  bags: z
    .number({ error: 'an order is a number of bags' })
    .int({ error: 'an order is a whole number of bags' })
    .min(1, { error: 'an order is at least 1 bag' })
    .max(1_000_000, { error: 'an order may be at most 1,000,000 bags' }),
});

/** Schema of {@link GroupBuyInput}: unique product and order ids, every order for a product offered. */
export const GroupBuyInputSchema = z
  .strictObject({
    id: ShortIdSchema,
    cooperativeId: EntityIdSchema,
    date: AgriDateSchema,
    products: z
      .array(GroupBuyProductSchema)
      .min(1, { error: 'a group buy offers at least one product' })
      .max(200),
    orders: z.array(GroupBuyOrderSchema).min(1, { error: 'a group buy has at least one order' }).max(100_000),
  })
  .superRefine((input, ctx) => {
    const products = new Set<string>();
    input.products.forEach((p, i) => {
      if (products.has(p.productId)) {
        ctx.addIssue({
          code: 'custom',
          message: `the product "${p.productId}" is offered twice`,
          path: ['products', i, 'productId'],
        });
      }
      products.add(p.productId);
    });
    const orders = new Set<string>();
    input.orders.forEach((o, i) => {
      if (orders.has(o.id)) {
        ctx.addIssue({
          code: 'custom',
          message: `the order id "${o.id}" is used twice`,
          path: ['orders', i, 'id'],
        });
      }
      orders.add(o.id);
      if (!products.has(o.productId)) {
        ctx.addIssue({
          code: 'custom',
          message: `order "${o.id}" is for "${o.productId}", which this group buy does not offer`,
          path: ['orders', i, 'productId'],
        });
      }
    });
  });
