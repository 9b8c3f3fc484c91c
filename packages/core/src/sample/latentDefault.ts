import type { HouseholdDraft } from './draft';
import { logistic, type Random } from './random';

/**
 * The latent default process of `generateCounty`: its coefficients on the log-odds of default in
 * the season. Traits are standard normal draws; the season's shock is 0 or 1 and is not in the
 * history, which is why no model fitted on the history can rank households perfectly.
 */
export const LATENT_DEFAULT_MODEL = Object.freeze({
  intercept: -3.0,
  financialDiscipline: -1.15,
  farmSkill: -0.5,
  shockExposure: 0.55,
  seasonShock: 1.7,
  /** Heads under 32 (little experience) or over 68 (failing health) are riskier. */
  youngHead: 0.4,
  oldHead: 0.3,
});

/** Draws whether a household defaults in the season, and records the true probability. @internal */
export function drawDefault(random: Random, h: HouseholdDraft): void {
  const m = LATENT_DEFAULT_MODEL;
  const logOdds =
    m.intercept +
    m.financialDiscipline * h.discipline +
    m.farmSkill * h.skill +
    m.shockExposure * h.exposure +
    m.seasonShock * (h.seasonShock ? 1 : 0) +
    (h.age < 32 ? m.youngHead : h.age > 68 ? m.oldHead : 0);
  h.probabilityBad = logistic(logOdds);
  h.defaulted = random.chance(h.probabilityBad);
}
