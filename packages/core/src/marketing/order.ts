import { z } from 'zod';
import { EntityIdSchema } from '../cooperative/ids';
import type { LocalizedText } from '../i18n/locale';
import { IsoDateSchema } from '../identity/residentId';
import { FenSchema } from '../money/fen';
import { ProduceCodeSchema } from './produce';
import { PositiveQuantitySchema } from './quantity';

/**
 * Kinds of buyer in 产销对接 (DESIGN §3.5): supermarkets (农超对接), institutions such as school
 * and company canteens (农校对接), wholesale markets, processors, and anyone else.
 */
export const BUYER_TYPES = ['supermarket', 'institution', 'wholesaleMarket', 'processor', 'other'] as const;

/** One of {@link BUYER_TYPES}. */
export type BuyerType = (typeof BUYER_TYPES)[number];

/** Names of {@link BUYER_TYPES} for people. */
export const BUYER_TYPE_LABELS: Readonly<Record<BuyerType, LocalizedText>> = {
  supermarket: { 'zh-CN': '超市', en: 'supermarket' },
  institution: { 'zh-CN': '单位食堂（学校、机关等）', en: 'institution (school or office canteen)' },
  wholesaleMarket: { 'zh-CN': '批发市场', en: 'wholesale market' },
  processor: { 'zh-CN': '加工企业', en: 'processor' },
  other: { 'zh-CN': '其他', en: 'other' },
};

/** The buyer on an order. */
export const BuyerSchema = z.strictObject({
  id: EntityIdSchema,
  name: z
    .string()
    .max(200, { error: 'a name may be at most 200 characters' })
    .regex(/\S/, { error: 'a name may not be blank' }),
  type: z.enum(BUYER_TYPES),
});

/** A buyer; see {@link BuyerSchema}. */
export type Buyer = z.infer<typeof BuyerSchema>;

/** A buyer's order for one crop and grade, filled from members' deliveries by {@link matchDeliveries}. */
export const OrderSchema = z.strictObject({
  /** Unique among the orders matched together. */
  id: EntityIdSchema,
  buyer: BuyerSchema,
  /** The crop, the same code the deliveries use. */
  crop: ProduceCodeSchema,
  /** The grade, the same code the deliveries use. */
  grade: ProduceCodeSchema,
  /** The quantity ordered in kg, more than 0, at most 3 decimals. */
  quantityKg: PositiveQuantitySchema,
  /** The buyer's price in fen per kg. */
  unitPrice: FenSchema,
  /** The day the order was placed, `YYYY-MM-DD`; earlier orders are filled first. */
  orderedOn: IsoDateSchema,
});

/** An order; see {@link OrderSchema}. */
export type Order = z.infer<typeof OrderSchema>;
