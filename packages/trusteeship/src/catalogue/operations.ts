import type { LocalizedText } from '@hezuo/core';
import * as z from 'zod/mini';

/**
 * The operations a service centre offers under trusteeship (DESIGN §3.7), from land preparation
 * to the sale of the crop. Unified pest control (统防统治) covers ground and drone spraying;
 * a catalogue tells them apart by service name. `seedSupply` (良种供应) is the improved seed
 * itself, which the practice price tables list beside the operations.
 */
export const TRUSTEESHIP_OPERATIONS = [
  'ploughing',
  'rotaryTillage',
  'sowing',
  'transplanting',
  'seedSupply',
  'seedCoating',
  'soilTestFertilization',
  'unifiedPestControl',
  'irrigation',
  'harvesting',
  'drying',
  'storage',
  'sale',
] as const;

/** One of {@link TRUSTEESHIP_OPERATIONS}. */
export type TrusteeshipOperation = (typeof TRUSTEESHIP_OPERATIONS)[number];

/** Schema of {@link TrusteeshipOperation}. */
export const TrusteeshipOperationSchema = z.enum(TRUSTEESHIP_OPERATIONS);

/** How each {@link TrusteeshipOperation} reads in quotes and statements, in both locales. */
export const OPERATION_LABELS: Readonly<Record<TrusteeshipOperation, LocalizedText>> = Object.freeze({
  ploughing: Object.freeze({ 'zh-CN': '机耕', en: 'ploughing' }),
  rotaryTillage: Object.freeze({ 'zh-CN': '旋耕', en: 'rotary tillage' }),
  sowing: Object.freeze({ 'zh-CN': '播种', en: 'sowing' }),
  transplanting: Object.freeze({ 'zh-CN': '插秧移栽', en: 'transplanting' }),
  seedSupply: Object.freeze({ 'zh-CN': '良种供应', en: 'seed supply' }),
  seedCoating: Object.freeze({ 'zh-CN': '种子包衣', en: 'seed coating' }),
  soilTestFertilization: Object.freeze({ 'zh-CN': '测土配方施肥', en: 'soil-test fertilising' }),
  unifiedPestControl: Object.freeze({ 'zh-CN': '统防统治', en: 'unified pest control' }),
  irrigation: Object.freeze({ 'zh-CN': '浇水灌溉', en: 'irrigation' }),
  harvesting: Object.freeze({ 'zh-CN': '收获', en: 'harvesting' }),
  drying: Object.freeze({ 'zh-CN': '烘干', en: 'drying' }),
  storage: Object.freeze({ 'zh-CN': '仓储', en: 'storage' }),
  sale: Object.freeze({ 'zh-CN': '代销', en: 'sale' }),
});

/**
 * The units a service is priced in: per mu (亩) of land worked, or per tonne of grain handled
 * (drying, storage, sale).
 */
export const SERVICE_UNITS = ['mu', 'tonne'] as const;

/** One of {@link SERVICE_UNITS}. */
export type ServiceUnit = (typeof SERVICE_UNITS)[number];

/** Schema of {@link ServiceUnit}. */
export const ServiceUnitSchema = z.enum(SERVICE_UNITS);

/**
 * The unit an operation is measured in when a contract does not price it (full trusteeship):
 * grain handling by the tonne, field work by the mu.
 */
export const OPERATION_UNITS: Readonly<Record<TrusteeshipOperation, ServiceUnit>> = Object.freeze({
  ploughing: 'mu',
  rotaryTillage: 'mu',
  sowing: 'mu',
  transplanting: 'mu',
  seedSupply: 'mu',
  seedCoating: 'mu',
  soilTestFertilization: 'mu',
  unifiedPestControl: 'mu',
  irrigation: 'mu',
  harvesting: 'mu',
  drying: 'tonne',
  storage: 'tonne',
  sale: 'tonne',
});
