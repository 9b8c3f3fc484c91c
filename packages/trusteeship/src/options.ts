import { z } from 'zod';

/** Options of the {@link trusteeship} plugin. */
export interface TrusteeshipOptions {
  /**
   * Whether to register the plugin's credit characteristics (`trusteeship.contractedAreaMu`,
   * `trusteeship.contractStanding`, `trusteeship.feeOnTimeShare`) with the client's credit
   * registry; `true` by default. Turn it off for hosts that do no
   * credit assessment; the API still works.
   */
  readonly registerCreditFeatures?: boolean;
}

/** {@link TrusteeshipOptions} with every default filled in. */
export interface ResolvedTrusteeshipOptions {
  /** Whether the credit characteristics are registered. */
  readonly registerCreditFeatures: boolean;
}

/** Schema of {@link TrusteeshipOptions}; parsing fills in the defaults. */
export const TrusteeshipOptionsSchema = z.strictObject({
  registerCreditFeatures: z.boolean().default(true),
});
