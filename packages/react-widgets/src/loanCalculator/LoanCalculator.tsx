import type { ReactElement } from 'react';
import { defineWidget } from '../widget/defineWidget';
import { FormControl } from '../widget/FormControl';
import { FormFeedback } from '../widget/FormFeedback';
import { type LoanCalculatorProps, LoanCalculatorPropsSchema } from './loanCalculatorProps';
import { useLoanCalculator } from './useLoanCalculator';

function LoanCalculatorView(props: LoanCalculatorProps): ReactElement {
  const loan = useLoanCalculator(props);
  const t = loan.labels;
  const result = loan.result;
  return (
    <form {...loan.formProps}>
      <h2 className="hz-title" {...loan.titleProps}>
        {t.loanTitle}
      </h2>
      <div className="hz-loan__fields">
        {loan.fields.map((field) => (
          <FormControl key={field.name} field={field} />
        ))}
      </div>
      <button className="hz-button" type="submit">
        {t.loanSubmit}
      </button>
      <FormFeedback failure={loan.failure} message={loan.message} />
      {result ? (
        <div className="hz-loan__result">
          <dl className="hz-loan__summary">
            {result.summary.map((item) => (
              <div key={item.key} className="hz-loan__figure" data-figure={item.key}>
                <dt>{item.label}</dt>
                <dd>{item.value}</dd>
              </div>
            ))}
          </dl>
          <p className="hz-note">{result.costNote}</p>
          {/* A long schedule scrolls on narrow screens; the region takes focus so the keyboard can scroll it. */}
          <section
            className="hz-table-scroll"
            aria-labelledby={loan.captionProps.id}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
            tabIndex={0}
          >
            <table className="hz-table">
              <caption className="hz-subtitle" {...loan.captionProps}>
                {result.caption}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t.loanNumber}</th>
                  <th scope="col">{t.loanDueDate}</th>
                  <th scope="col" className="hz-num">
                    {t.loanPrincipalColumn}
                  </th>
                  <th scope="col" className="hz-num">
                    {t.loanInterest}
                  </th>
                  <th scope="col" className="hz-num">
                    {t.loanPayment}
                  </th>
                  <th scope="col" className="hz-num">
                    {t.loanBalance}
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.rows.map((row) => (
                  <tr key={row.number}>
                    <th scope="row" className="hz-num">
                      {row.number}
                    </th>
                    <td>
                      <time dateTime={row.dueDateIso}>{row.dueDate}</time>
                    </td>
                    <td className="hz-num">{row.principal}</td>
                    <td className="hz-num">{row.interest}</td>
                    <td className="hz-num">{row.payment}</td>
                    <td className="hz-num">{row.balance}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={2}>
                    {t.loanTotal}
                  </th>
                  <td className="hz-num">{result.totals.principal}</td>
                  <td className="hz-num">{result.totals.interest}</td>
                  <td className="hz-num">{result.totals.payment}</td>
                  <td />
                </tr>
              </tfoot>
            </table>
          </section>
        </div>
      ) : null}
    </form>
  );
}

/**
 * A loan calculator (贷款计算器): amount in yuan, annual rate, term, repayment interval and
 * method (equal installments, equal principal, interest only with the principal at the end,
 * seasonal), crop and disbursement date in; the repayment schedule (`buildLoanSchedule`) as a
 * table with its totals, and the annualised cost (`annualisedCost`, IRR) out. Keyboard only works
 * throughout; a bad field is marked and its message linked to it.
 *
 * @example
 * ```tsx
 * <LoanCalculator
 *   initial={{ principalFen: 5_000_000, annualRate: '0.0435', termMonths: 12, startDate: '2026-03-10' }}
 *   onSchedule={(schedule) => save(schedule)}
 * />
 * ```
 */
export const LoanCalculator: (props: LoanCalculatorProps) => ReactElement = defineWidget(
  'LoanCalculator',
  LoanCalculatorPropsSchema,
  LoanCalculatorView,
);
