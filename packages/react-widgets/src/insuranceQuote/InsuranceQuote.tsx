import type { ReactElement } from 'react';
import { defineWidget } from '../widget/defineWidget';
import { FormControl } from '../widget/FormControl';
import { FormFeedback } from '../widget/FormFeedback';
import { type InsuranceQuoteProps, InsuranceQuotePropsSchema } from './insuranceQuoteProps';
import { useInsuranceQuote } from './useInsuranceQuote';

function InsuranceQuoteView(props: InsuranceQuoteProps): ReactElement {
  const quote = useInsuranceQuote(props);
  const t = quote.labels;
  const result = quote.result;
  return (
    <form {...quote.formProps}>
      <h2 className="hz-title" {...quote.titleProps}>
        {t.insuranceTitle}
      </h2>
      {quote.fields.map((field) => (
        <FormControl key={field.name} field={field} />
      ))}
      <button className="hz-button" type="submit">
        {t.insuranceSubmit}
      </button>
      <FormFeedback failure={quote.failure} message={quote.message} />
      {result ? (
        <div className="hz-insurance__result">
          <dl className="hz-insurance__summary">
            {result.summary.map((item) => (
              <div key={item.key} className="hz-insurance__figure" data-figure={item.key}>
                <dt>{item.label}</dt>
                <dd>{item.value}</dd>
              </div>
            ))}
          </dl>
          <table className="hz-table">
            <caption className="hz-subtitle">{t.insuranceSplitCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.insurancePayer}</th>
                <th scope="col" className="hz-num">
                  {t.insuranceShare}
                </th>
                <th scope="col" className="hz-num">
                  {t.insuranceAmount}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.shares.map((row) => (
                <tr key={row.payer} data-payer={row.payer}>
                  <th scope="row">{row.label}</th>
                  <td className="hz-num">{row.share}</td>
                  <td className="hz-num">{row.amount}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  {t.insuranceTotal}
                </th>
                <td className="hz-num">{result.total}</td>
              </tr>
            </tfoot>
          </table>
          {result.areaCheck ? <p className="hz-note hz-insurance__check">{result.areaCheck}</p> : null}
        </div>
      ) : null}
    </form>
  );
}

/**
 * A crop insurance quote (种植业保险保费测算): product and insured area in; the premium
 * (`insurancePremium`), each payer's part of it — centre, province, county and the farmer —
 * exact to the fen (`premiumSubsidySplit`) and, when the host gives the member's trusteeship
 * contracts, the insured area checked against them (`checkInsuredArea`) out. Keyboard only works
 * throughout; a bad area is marked and its message linked to it.
 *
 * @example
 * ```tsx
 * <InsuranceQuote
 *   products={[{ id: 'wheat', name: { 'zh-CN': '小麦保险', en: 'Wheat' }, sumInsuredPerMuFen: 45_000,
 *     premiumRate: '0.06', outputValuePerMuFen: 60_000 }]}
 *   subsidy={{ region: 'centralWestNortheast', provinceShare: '0.25', countyShare: '0.1' }}
 *   onQuote={(quote) => save(quote)}
 * />
 * ```
 */
export const InsuranceQuote: (props: InsuranceQuoteProps) => ReactElement = defineWidget(
  'InsuranceQuote',
  InsuranceQuotePropsSchema,
  InsuranceQuoteView,
);
