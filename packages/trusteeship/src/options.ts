import { z } from 'zod';
import {
  DEFAULT_TERRAIN_PROFILES,
  type TerrainProfiles,
  TerrainProfilesSchema,
} from './coverage/serviceCenter';
import {
  DEFAULT_FULL_TRUSTEESHIP_RULES,
  type FullTrusteeshipRules,
  type FullTrusteeshipRulesInput,
  FullTrusteeshipRulesSchema,
} from './quote/fullTrusteeshipRules';

/** Options of the {@link trusteeship} plugin. */
export interface TrusteeshipOptions {
  /**
   * Whether to register the plugin's credit characteristics (`trusteeship.contractedAreaMu`,
   * `trusteeship.contractStanding`, `trusteeship.feeOnTimeShare`,
   * `trusteeship.contractTenureYears`, `trusteeship.yieldClaims3y`) with the client's credit
   * registry; `true` by default. Turn it off for hosts that do no credit assessment; the API
   * still works.
   */
  readonly registerCreditFeatures?: boolean;
  /**
   * The region's rules of full trusteeship, for full quotes that bring none; the practice
   * defaults ({@link DEFAULT_FULL_TRUSTEESHIP_RULES}) when left out.
   */
  readonly fullTrusteeshipRules?: FullTrusteeshipRulesInput;
  /** Service radius and capacity per terrain; {@link DEFAULT_TERRAIN_PROFILES} when left out. */
  readonly terrainProfiles?: TerrainProfiles;
}

/** {@link TrusteeshipOptions} with every default filled in. */
export interface ResolvedTrusteeshipOptions {
  /** Whether the credit characteristics are registered. */
  readonly registerCreditFeatures: boolean;
  /** The rules of full trusteeship. */
  readonly fullTrusteeshipRules: FullTrusteeshipRules;
  /** Service radius and capacity per terrain. */
  readonly terrainProfiles: TerrainProfiles;
}

/** Schema of {@link TrusteeshipOptions}; parsing fills in the defaults. */
export const TrusteeshipOptionsSchema = z.strictObject({
  registerCreditFeatures: z.boolean().default(true),
  fullTrusteeshipRules: z._default(FullTrusteeshipRulesSchema, DEFAULT_FULL_TRUSTEESHIP_RULES),
  terrainProfiles: z._default(TerrainProfilesSchema, DEFAULT_TERRAIN_PROFILES),
});
