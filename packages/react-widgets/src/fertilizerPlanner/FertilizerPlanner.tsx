import type { ReactElement } from 'react';
import { defineWidget } from '../widget/defineWidget';
import { type FertilizerPlannerProps, FertilizerPlannerPropsSchema } from './fertilizerPlannerProps';
import { type PlannerFieldBag, useFertilizerPlanner } from './useFertilizerPlanner';

function NumberField({ field }: { readonly field: PlannerFieldBag }): ReactElement {
  return (
    <div className="hz-field" data-invalid={field.inputProps['aria-invalid']}>
      <label className="hz-label" htmlFor={field.labelProps.htmlFor}>
        {field.label}
      </label>
      <input className="hz-input" type="text" {...field.inputProps} />
    </div>
  );
}

// Reasons can repeat word for word and the list is rebuilt whole on each plan, so the index is
// their key. (Out here because a comment inside the markup would ship in the bundle.)
const reasonItem = (reason: string, i: number): ReactElement => <li key={i}>{reason}</li>;

function FertilizerPlannerView(props: FertilizerPlannerProps): ReactElement {
  const p = useFertilizerPlanner(props);
  const t = p.labels;
  return (
    <form {...p.formProps}>
      <h2 className="hz-title" {...p.titleProps}>
        {t.plannerTitle}
      </h2>
      <div className="hz-field">
        <label className="hz-label" htmlFor={p.crop.labelProps.htmlFor}>
          {p.crop.label}
        </label>
        <select className="hz-input" {...p.crop.selectProps}>
          {p.crop.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      {p.fields.map((field) => (
        <NumberField key={field.inputProps.name} field={field} />
      ))}
      <fieldset className="hz-fieldset">
        <legend className="hz-label">{t.plannerSoilTest}</legend>
        {p.soilFields.map((field) => (
          <NumberField key={field.inputProps.name} field={field} />
        ))}
      </fieldset>
      <button className="hz-button" type="submit">
        {t.plannerSubmit}
      </button>
      <div role="alert" className="hz-field__error">
        {p.error}
      </div>
      {p.result ? (
        <div className="hz-planner__result" aria-live="polite">
          <table className="hz-table">
            <caption className="hz-subtitle">{t.plannerNeedTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{t.plannerNutrient}</th>
                <th scope="col" className="hz-num">
                  {t.plannerKgPerMu}
                </th>
                <th scope="col" className="hz-num">
                  {t.plannerKgForPlot}
                </th>
              </tr>
            </thead>
            <tbody>
              {p.result.need.map((row) => (
                <tr key={row.nutrient}>
                  <th scope="row">{row.label}</th>
                  <td className="hz-num">{row.perMu}</td>
                  <td className="hz-num">{row.plot}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="hz-table">
            <caption className="hz-subtitle">{t.plannerBagsTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{t.plannerProduct}</th>
                <th scope="col" className="hz-num">
                  {t.plannerBags}
                </th>
                <th scope="col" className="hz-num">
                  {t.plannerCost}
                </th>
              </tr>
            </thead>
            <tbody>
              {p.result.bags.length === 0 ? (
                <tr>
                  <td colSpan={3}>{t.plannerNoProducts}</td>
                </tr>
              ) : (
                p.result.bags.map((row) => (
                  <tr key={row.productId}>
                    <th scope="row">{row.name}</th>
                    <td className="hz-num">{row.bags}</td>
                    <td className="hz-num">{row.cost}</td>
                  </tr>
                ))
              )}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  {t.plannerTotal}
                </th>
                <td className="hz-num">{p.result.total}</td>
              </tr>
            </tfoot>
          </table>
          <h3 className="hz-subtitle">{t.plannerReasons}</h3>
          <ul className="hz-planner__reasons">{p.result.reasons.map(reasonItem)}</ul>
        </div>
      ) : null}
    </form>
  );
}

/**
 * Soil-test fertiliser planning (测土配方施肥): crop, target yield, plot area and soil test in;
 * the nutrient need (`recommendFertilizer`) and the least-cost whole-bag blend
 * (`leastCostBlend`) out, with their reasons. Keyboard only works throughout; a bad value is
 * announced (`role="alert"`) and marked `aria-invalid`.
 *
 * @example
 * ```tsx
 * <FertilizerPlanner products={EXAMPLE_FERTILIZERS} correction={{ N: 0.5, P2O5: 0.6, K2O: 0.5 }} />
 * ```
 */
export const FertilizerPlanner: (props: FertilizerPlannerProps) => ReactElement = defineWidget(
  'FertilizerPlanner',
  FertilizerPlannerPropsSchema,
  FertilizerPlannerView,
);
