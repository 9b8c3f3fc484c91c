import type { ReactElement } from 'react';
import { defineWidget } from '../widget/defineWidget';
import { type CreditRatingCardProps, CreditRatingCardPropsSchema } from './creditRatingCardProps';
import { useCreditRatingCard } from './useCreditRatingCard';

function CreditRatingCardView(props: CreditRatingCardProps): ReactElement {
  const card = useCreditRatingCard(props);
  return (
    <section {...card.rootProps}>
      <h2 className="hz-title" {...card.titleProps}>
        {card.title}
      </h2>
      <dl className="hz-credit-card__figures">
        <div className="hz-credit-card__figure">
          <dt>{card.labels.score}</dt>
          <dd className="hz-credit-card__score">{card.score}</dd>
        </div>
        <div className="hz-credit-card__figure">
          <dt>{card.labels.grade}</dt>
          <dd className="hz-credit-card__grade">{card.grade}</dd>
        </div>
        {card.probabilityBad === undefined ? null : (
          <div className="hz-credit-card__figure">
            <dt>{card.labels.probabilityBad}</dt>
            <dd>{card.probabilityBad}</dd>
          </div>
        )}
      </dl>
      <h3 className="hz-subtitle">{card.labels.reasons}</h3>
      {card.reasons.length === 0 ? (
        <p className="hz-note">{card.labels.noReasons}</p>
      ) : (
        <ol className="hz-credit-card__reasons">
          {card.reasons.map((reason) => (
            <li key={reason.id} className="hz-credit-card__reason">
              <span>{reason.text}</span> <span className="hz-note">{reason.pointsLost}</span>
            </li>
          ))}
        </ol>
      )}
      <p className="hz-note">{card.labels.model}</p>
    </section>
  );
}

/**
 * A member's credit rating: the score, the grade and, in plain language, the reasons the
 * score is not higher — from a core `ScoreResult`. Bad props show an accessible error state
 * (`role="alert"`) instead of the card.
 *
 * @example
 * ```tsx
 * <CreditRatingCard result={score(model, row)} maxReasons={3} />
 * ```
 */
export const CreditRatingCard: (props: CreditRatingCardProps) => ReactElement = defineWidget(
  'CreditRatingCard',
  CreditRatingCardPropsSchema,
  CreditRatingCardView,
);
