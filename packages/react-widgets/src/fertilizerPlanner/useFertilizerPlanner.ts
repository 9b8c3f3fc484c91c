import {
  CROP_NUTRIENT_TABLE,
  DEFAULT_CROP_IDS,
  type DefaultCropId,
  type FertilizerProduct,
  leastCostBlend,
  NUTRIENT_LABELS,
  NUTRIENTS,
  type Nutrient,
  nutrientValues,
  recommendFertilizer,
} from '@hezuo/agri-input';
import { type Fen, formatFen, isHezuoError, parseInput } from '@hezuo/core';
import { type ChangeEvent, type FormEvent, useId, useState } from 'react';
import { numberFormat } from '../format/intlCache';
import { PLANNER_WIDGET_MESSAGES, type PlannerWidgetMessages } from '../i18n/plannerMessages';
import { useHezuoLocale } from '../useHezuoLocale';
import { reportInDevelopment } from '../widget/reportInDevelopment';
import {
  type FertilizerPlan,
  type FertilizerPlannerProps,
  FertilizerPlannerPropsSchema,
} from './fertilizerPlannerProps';

/** The planner's numeric fields. */
export type PlannerField = 'targetYieldKgPerMu' | 'areaMu' | `soil${Nutrient}`;

type Values = { crop: string } & Record<PlannerField, string>;

/** Prop bags for one numeric field. */
export interface PlannerFieldBag {
  /** The label text. */
  readonly label: string;
  /** Spread on the `<label>`. */
  readonly labelProps: { readonly htmlFor: string };
  /** Spread on the `<input>`. */
  readonly inputProps: {
    readonly id: string;
    readonly name: PlannerField;
    readonly value: string;
    readonly inputMode: 'decimal';
    readonly 'aria-invalid': boolean;
    readonly onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  };
}

/** The plan, ready to show. */
export interface PlannerResultView {
  /** Nutrient rows: label, kg per mu, kg for the plot. */
  readonly need: readonly {
    readonly nutrient: Nutrient;
    readonly label: string;
    readonly perMu: string;
    readonly plot: string;
  }[];
  /** Whole bags to buy. */
  readonly bags: readonly {
    readonly productId: string;
    readonly name: string;
    readonly bags: string;
    readonly cost: string;
  }[];
  /** The cost of the bags. */
  readonly total: string;
  /** The recommendation's and the blend's reasons, in the locale. */
  readonly reasons: readonly string[];
}

/** What {@link useFertilizerPlanner} gives the markup. */
export interface FertilizerPlannerState {
  /** Texts in the locale. */
  readonly labels: PlannerWidgetMessages;
  /** `idle`, `invalid` (the last request failed) or `planned`. */
  readonly status: 'idle' | 'invalid' | 'planned';
  /** The crop select: options and prop bags. */
  readonly crop: {
    readonly label: string;
    readonly options: readonly { readonly value: string; readonly label: string }[];
    readonly labelProps: { readonly htmlFor: string };
    readonly selectProps: {
      readonly id: string;
      readonly name: 'crop';
      readonly value: string;
      readonly onChange: (event: ChangeEvent<HTMLSelectElement>) => void;
    };
  };
  /** Target yield and area. */
  readonly fields: readonly PlannerFieldBag[];
  /** Soil test N, P₂O₅, K₂O. */
  readonly soilFields: readonly PlannerFieldBag[];
  /** Why the last request failed, in the locale. */
  readonly error: string | undefined;
  /** The last plan. */
  readonly result: PlannerResultView | undefined;
  /** Spread on the `<form>`. */
  readonly formProps: {
    readonly className: string;
    readonly noValidate: true;
    readonly 'aria-labelledby': string;
    readonly 'data-state': 'idle' | 'invalid' | 'planned';
    readonly onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  };
  /** Spread on the title. */
  readonly titleProps: { readonly id: string };
}

const text = (value: number | undefined): string => (value === undefined ? '' : String(value));

/**
 * The headless part of {@link FertilizerPlanner}: soil test → `recommendFertilizer` →
 * `leastCostBlend` (both from @hezuo/agri-input; the widget computes nothing itself).
 * Throws `HezuoError` for bad props; a bad field value shows as an error in the form.
 *
 * @example
 * ```tsx
 * const planner = useFertilizerPlanner({ products: EXAMPLE_FERTILIZERS, correction });
 * ```
 */
export function useFertilizerPlanner(props: FertilizerPlannerProps): FertilizerPlannerState {
  const parsed = parseInput(FertilizerPlannerPropsSchema, props, { path: ['props'] });
  const locale = useHezuoLocale();
  const t = PLANNER_WIDGET_MESSAGES[locale];
  // The two formats the plan shows, as useHezuoFormat writes them; the hook itself would also
  // bring date parsing into the widget's bundle.
  const f = {
    number: (value: number, maximumFractionDigits = 2) =>
      numberFormat(locale, { maximumFractionDigits }).format(value),
    fen: (amount: Fen) => formatFen(amount, { locale }),
  };
  const baseId = useId();
  const crops = parsed.crops ?? DEFAULT_CROP_IDS;
  const initial = parsed.initial ?? {};
  const [values, setValues] = useState<Values>(() => ({
    crop: initial.crop ?? crops[0] ?? 'rice',
    targetYieldKgPerMu: text(initial.targetYieldKgPerMu),
    areaMu: text(initial.areaMu ?? 1),
    soilN: text(initial.soilTestMgPerKg?.N),
    soilP2O5: text(initial.soilTestMgPerKg?.P2O5),
    soilK2O: text(initial.soilTestMgPerKg?.K2O),
  }));
  const [plan, setPlan] = useState<FertilizerPlan | undefined>(undefined);
  const [badField, setBadField] = useState<PlannerField | 'crop' | 'products' | undefined>(undefined);

  const labelOf = (field: PlannerField | 'crop' | 'products'): string => {
    if (field === 'crop') return t.plannerCrop;
    if (field === 'products') return t.plannerBagsTitle;
    if (field === 'targetYieldKgPerMu') return t.plannerTargetYield;
    if (field === 'areaMu') return t.plannerArea;
    return t.plannerSoil(NUTRIENT_LABELS[field.slice(4) as Nutrient][locale]);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const numbers = {} as Record<PlannerField, number>;
    for (const field of ['targetYieldKgPerMu', 'areaMu', 'soilN', 'soilP2O5', 'soilK2O'] as const) {
      const raw = values[field].trim();
      const value = raw === '' ? Number.NaN : Number(raw);
      if (!Number.isFinite(value)) {
        setBadField(field);
        setPlan(undefined);
        return;
      }
      numbers[field] = value;
    }
    try {
      const recommendation = recommendFertilizer({
        crop: values.crop,
        targetYield: { kgPerMu: numbers.targetYieldKgPerMu },
        method: {
          kind: 'soilTest',
          soilTestMgPerKg: nutrientValues('mg/kg', {
            N: numbers.soilN,
            P2O5: numbers.soilP2O5,
            K2O: numbers.soilK2O,
          }),
          correction: parsed.correction,
        },
        areaMu: numbers.areaMu,
      });
      const blend = leastCostBlend({
        need: recommendation.nutrientKgForPlot,
        products: props.products as readonly FertilizerProduct[],
        ...(parsed.serviceCenterId === undefined ? {} : { serviceCenterId: parsed.serviceCenterId }),
      });
      const next = { recommendation, blend };
      setPlan(next);
      setBadField(undefined);
      props.onPlan?.(next);
    } catch (error) {
      if (!isHezuoError(error)) throw error;
      reportInDevelopment('FertilizerPlanner', error);
      setPlan(undefined);
      setBadField(fieldOfPath(error.path));
    }
  };

  const bag = (field: PlannerField): PlannerFieldBag => ({
    label: labelOf(field),
    labelProps: { htmlFor: `${baseId}-${field}` },
    inputProps: {
      id: `${baseId}-${field}`,
      name: field,
      value: values[field],
      inputMode: 'decimal',
      'aria-invalid': badField === field,
      onChange: (event) => {
        const value = event.target.value;
        setValues((old) => ({ ...old, [field]: value }));
      },
    },
  });

  const status = badField !== undefined ? 'invalid' : plan ? 'planned' : 'idle';
  return {
    labels: t,
    status,
    crop: {
      label: t.plannerCrop,
      options: crops.map((id) => ({
        value: id,
        label: CROP_NUTRIENT_TABLE.crops[id as DefaultCropId].name[locale],
      })),
      labelProps: { htmlFor: `${baseId}-crop` },
      selectProps: {
        id: `${baseId}-crop`,
        name: 'crop',
        value: values.crop,
        onChange: (event) => {
          const value = event.target.value;
          setValues((old) => ({ ...old, crop: value }));
        },
      },
    },
    fields: [bag('targetYieldKgPerMu'), bag('areaMu')],
    soilFields: NUTRIENTS.map((n) => bag(`soil${n}`)),
    error: badField === undefined ? undefined : t.plannerInvalid(labelOf(badField)),
    result: plan && {
      need: NUTRIENTS.map((n) => ({
        nutrient: n,
        label: NUTRIENT_LABELS[n][locale],
        perMu: f.number(plan.recommendation.nutrientKgPerMu[n]),
        plot: f.number(plan.recommendation.nutrientKgForPlot[n]),
      })),
      bags: plan.blend.wholeBags.lines.map((line) => ({
        productId: line.productId,
        name: line.name[locale],
        bags: f.number(line.bags, 0),
        cost: f.fen(line.costFen),
      })),
      total: f.fen(plan.blend.wholeBags.costFen),
      reasons: [...plan.recommendation.reasons, ...plan.blend.reasons].map((reason) => reason[locale]),
    },
    formProps: {
      className: parsed.className ? `hz-widget hz-planner ${parsed.className}` : 'hz-widget hz-planner',
      noValidate: true,
      'aria-labelledby': `${baseId}-title`,
      'data-state': status,
      onSubmit,
    },
    titleProps: { id: `${baseId}-title` },
  };
}

/**
 * Which field a HezuoError from agri-input points at: paths such as
 * `input.method.soilTestMgPerKg.N`, or `values.N` when `nutrientValues` refuses a soil test.
 */
function fieldOfPath(path: readonly (string | number)[]): PlannerField | 'crop' | 'products' {
  const keys = path.map(String);
  const soil = keys.includes('soilTestMgPerKg')
    ? 'soilTestMgPerKg'
    : keys[0] === 'values'
      ? 'values'
      : undefined;
  if (soil !== undefined) {
    const nutrient = keys[keys.indexOf(soil) + 1];
    return nutrient === 'N' || nutrient === 'P2O5' || nutrient === 'K2O' ? `soil${nutrient}` : 'soilN';
  }
  if (keys.includes('targetYield')) return 'targetYieldKgPerMu';
  if (keys.includes('areaMu')) return 'areaMu';
  if (keys.includes('crop')) return 'crop';
  return 'products';
}
