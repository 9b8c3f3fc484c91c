import { parseInput } from '@hezuo/core';
import { useId } from 'react';
import { useHezuoFormat } from '../format/useHezuoFormat';
import { useWidgetMessages } from '../i18n/useWidgetMessages';
import { useHezuoLocale } from '../useHezuoLocale';
import { type CreditRatingCardProps, CreditRatingCardPropsSchema } from './creditRatingCardProps';

/** One reason the score is not higher, ready to show. */
export interface CreditReasonView {
  /** The characteristic id, stable as a React key. */
  readonly id: string;
  /** The reason in the provider's locale. */
  readonly text: string;
  /** "12 points lost", in the locale. */
  readonly pointsLost: string;
}

/** What {@link useCreditRatingCard} gives the markup. */
export interface CreditRatingCardState {
  /** The title, in the locale. */
  readonly title: string;
  /** The score rounded to a whole point, formatted. */
  readonly score: string;
  /** The grade, or "not rated" in the locale for the unrated band. */
  readonly grade: string;
  /** The probability of default as a percent, for logistic models. */
  readonly probabilityBad: string | undefined;
  /** The reasons, at most `maxReasons`. */
  readonly reasons: readonly CreditReasonView[];
  /** Labels in the locale. */
  readonly labels: {
    readonly score: string;
    readonly grade: string;
    readonly probabilityBad: string;
    readonly reasons: string;
    readonly noReasons: string;
    readonly model: string;
  };
  /** Spread on the root element: class, `data-rated`, `data-grade`, and its label. */
  readonly rootProps: {
    readonly className: string;
    readonly 'data-rated': boolean;
    readonly 'data-grade': string;
    readonly 'aria-labelledby': string;
  };
  /** Spread on the title element. */
  readonly titleProps: { readonly id: string };
}

/**
 * The headless part of {@link CreditRatingCard}: texts in the locale and prop bags for any
 * markup. Throws `HezuoError` (`INVALID_INPUT`, path `props…`) for bad props.
 *
 * @example
 * ```tsx
 * const card = useCreditRatingCard({ result });
 * return <section {...card.rootProps}><h2 {...card.titleProps}>{card.title}</h2>{card.score}</section>;
 * ```
 */
export function useCreditRatingCard(props: CreditRatingCardProps): CreditRatingCardState {
  const { result, maxReasons, className } = parseInput(CreditRatingCardPropsSchema, props, {
    path: ['props'],
  });
  const locale = useHezuoLocale();
  const t = useWidgetMessages();
  const f = useHezuoFormat();
  const titleId = useId();
  return {
    title: t.creditTitle,
    score: f.number(Math.round(result.score), 0),
    grade: result.rated ? result.grade : t.creditUnrated,
    probabilityBad: result.probabilityBad === undefined ? undefined : f.percent(result.probabilityBad),
    reasons: result.reasons.slice(0, maxReasons ?? result.reasons.length).map((reason) => ({
      id: reason.id,
      text: reason.text[locale],
      pointsLost: t.creditPointsLost(f.number(reason.pointsLost, 1)),
    })),
    labels: {
      score: t.creditScore,
      grade: t.creditGrade,
      probabilityBad: t.creditProbabilityBad,
      reasons: t.creditReasonsTitle,
      noReasons: t.creditNoReasons,
      model: t.creditModel(result.modelId, result.modelVersion),
    },
    rootProps: {
      className: className ? `hz-widget hz-credit-card ${className}` : 'hz-widget hz-credit-card',
      'data-rated': result.rated,
      'data-grade': result.grade,
      'aria-labelledby': titleId,
    },
    titleProps: { id: titleId },
  };
}
