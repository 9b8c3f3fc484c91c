import type { ReactElement } from 'react';
import { defineWidget } from '../widget/defineWidget';
import { type TrusteeshipQuoteProps, TrusteeshipQuotePropsSchema } from './trusteeshipQuoteProps';
import {
  type QuoteChoiceBag,
  type QuoteChoiceGroup,
  type QuoteFieldBag,
  useTrusteeshipQuote,
} from './useTrusteeshipQuote';

function NumberField({ field }: { readonly field: QuoteFieldBag }): ReactElement {
  return (
    <div className="hz-field" data-invalid={field.inputProps['aria-invalid']}>
      <label className="hz-label" htmlFor={field.labelProps.htmlFor}>
        {field.label}
      </label>
      <input className="hz-input" type="text" {...field.inputProps} />
    </div>
  );
}

function Choice({ choice }: { readonly choice: QuoteChoiceBag }): ReactElement {
  return (
    <div className="hz-choice">
      <input className="hz-choice__input" {...choice.inputProps} />
      <label className="hz-choice__label" htmlFor={choice.labelProps.htmlFor}>
        {choice.label}
        {choice.detail ? <span className="hz-choice__detail">{choice.detail}</span> : null}
      </label>
    </div>
  );
}

function ChoiceGroup({ group }: { readonly group: QuoteChoiceGroup }): ReactElement {
  return (
    <fieldset className="hz-fieldset" {...group.fieldsetProps}>
      <legend className="hz-label">{group.legend}</legend>
      {group.options.map((choice) => (
        <Choice key={choice.inputProps.id} choice={choice} />
      ))}
    </fieldset>
  );
}

function TrusteeshipQuoteView(props: TrusteeshipQuoteProps): ReactElement {
  const q = useTrusteeshipQuote(props);
  const t = q.labels;
  const r = q.result;
  return (
    <form {...q.formProps}>
      <h2 className="hz-title" {...q.titleProps}>
        {t.quoteTitle}
      </h2>
      {q.kinds ? <ChoiceGroup group={q.kinds} /> : null}
      {q.services ? <ChoiceGroup group={q.services} /> : null}
      {q.plots.map((plot) => (
        <fieldset key={plot.area.inputProps.id} className="hz-fieldset">
          <legend className="hz-label">{plot.legend}</legend>
          <NumberField field={plot.area} />
          {plot.yields.length > 0 ? (
            <fieldset className="hz-fieldset hz-quote__yields">
              <legend className="hz-label">{t.quoteYields}</legend>
              {plot.yields.map((field) => (
                <NumberField key={field.inputProps.id} field={field} />
              ))}
            </fieldset>
          ) : null}
        </fieldset>
      ))}
      {q.tonnes ? <NumberField field={q.tonnes} /> : null}
      {q.consolidated ? <Choice choice={q.consolidated} /> : null}
      <button className="hz-button" type="submit">
        {t.quoteSubmit}
      </button>
      <div role="alert" className="hz-field__error" {...q.errorProps}>
        {q.error}
      </div>
      {r ? (
        <div className="hz-quote__result" aria-live="polite">
          <table className="hz-table">
            <caption className="hz-subtitle">{t.quoteResultTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{t.quoteItem}</th>
                <th scope="col" className="hz-num">
                  {t.quoteQuantity}
                </th>
                <th scope="col" className="hz-num">
                  {t.quoteUnitPrice}
                </th>
                <th scope="col" className="hz-num">
                  {t.quoteAmount}
                </th>
              </tr>
            </thead>
            <tbody>
              {r.lines.map((line) => (
                <tr key={line.key} data-negative={line.negative}>
                  <th scope="row">{line.label}</th>
                  <td className="hz-num">{line.quantity}</td>
                  <td className="hz-num">{line.unitPrice}</td>
                  <td className="hz-num">{line.amount}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              {r.subtotal ? (
                <tr>
                  <th scope="row" colSpan={3}>
                    {t.quoteSubtotal}
                  </th>
                  <td className="hz-num">{r.subtotal}</td>
                </tr>
              ) : null}
              <tr>
                <th scope="row" colSpan={3}>
                  {t.quoteTotal}
                </th>
                <td className="hz-num">{r.total}</td>
              </tr>
            </tfoot>
          </table>
          <p className="hz-note">{r.area}</p>
          {r.kind === 'full' ? (
            <>
              <table className="hz-table">
                <caption className="hz-subtitle">{t.quoteGuaranteeTitle}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.quotePlot}</th>
                    <th scope="col" className="hz-num">
                      {t.quoteAverage}
                    </th>
                    <th scope="col" className="hz-num">
                      {t.quoteGuaranteed}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {r.guarantees.map((g) => (
                    <tr key={g.plot}>
                      <th scope="row">{g.plot}</th>
                      <td className="hz-num">{g.average}</td>
                      <td className="hz-num">{g.guaranteed}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="hz-quote__gain">{r.gainShare}</p>
            </>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}

/**
 * A land trusteeship quote (土地托管报价): the member ticks services from the centre's catalogue
 * (半托管, menu) or picks the full package (全托管), gives each plot's area — and, for the full
 * package, its yields of the last three years — and gets every line, the discount and the total
 * from `quoteTrusteeship`, with the guaranteed yield and the gain share for the full package.
 * Real form controls with labels, grouped in fieldsets; a refused value is announced
 * (`role="alert"`), marked `aria-invalid` and focused.
 *
 * @example
 * ```tsx
 * <TrusteeshipQuote
 *   plots={[{ plotId: 'P-01', name: '东地', areaMu: 12.5, yieldHistoryKgPerMu: [420, 455, 441] }]}
 *   fullPackage={{ feePerMuFen: 100_000 }}
 *   onQuote={(quote) => save(quote)}
 * />
 * ```
 */
export const TrusteeshipQuote: (props: TrusteeshipQuoteProps) => ReactElement = defineWidget(
  'TrusteeshipQuote',
  TrusteeshipQuotePropsSchema,
  TrusteeshipQuoteView,
);
