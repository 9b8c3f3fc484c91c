import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHezuoError } from '../../errors/HezuoError';
import { fitScorecard } from '../fit/fitScorecard';
import { INDICATOR_MODEL } from '../scoring/__tests__/fixtures';
import { compileModel } from '../scoring/compileModel';
import { type ScoreResult, type ScoreRow, score } from '../scoring/score';
import { loadCreditRows } from './__tests__/creditData';
import { CREDIT_INDICATOR_MODEL, creditLogisticModel } from './__tests__/creditModels';
import { all, one, type PmmlOutcome, parseXml, pmmlScorecard } from './__tests__/pmmlScorecard';
import { randomCreditModel } from './__tests__/randomCreditModel';
import { exportPmml, PMML_NAMESPACE } from './exportPmml';

function libraryOutcome(result: ScoreResult | null, top: number): PmmlOutcome {
  if (result === null) return { invalid: true };
  const outputs: Record<string, number | string | null> = { score: result.score };
  for (let rank = 1; rank <= top; rank++) outputs[`reason${rank}`] = result.reasons[rank - 1]?.id ?? null;
  outputs.grade = result.grade;
  return { invalid: false, outputs };
}

function scoreOrNull(compiled: ReturnType<typeof compileModel>, row: ScoreRow): ScoreResult | null {
  try {
    return score(compiled, row);
  } catch (error) {
    if (isHezuoError(error)) return null;
    throw error;
  }
}

describe('exportPmml', () => {
  const rows = loadCreditRows();

  it('writes a PMML 4.4 Scorecard with reason codes, types, treatments and outputs', () => {
    const compiled = compileModel(creditLogisticModel());
    const pmml = parseXml(exportPmml(compiled, { includeGrade: true }));
    expect(pmml.name).toBe('PMML');
    expect(pmml.attrs).toEqual({ xmlns: PMML_NAMESPACE, version: '4.4' });
    expect(PMML_NAMESPACE).toBe('http://www.dmg.org/PMML-4_4');
    const card = one(pmml, 'Scorecard');
    expect(card.attrs).toMatchObject({
      modelName: 'credit.logistic',
      functionName: 'regression',
      useReasonCodes: 'true',
      reasonCodeAlgorithm: 'pointsBelow',
      initialScore: String(compiled.basePoints),
    });
    expect(compiled.basePoints % 1).not.toBe(0);

    const dict = one(pmml, 'DataDictionary');
    expect(dict.attrs.numberOfFields).toBe('12');
    const types = Object.fromEntries(
      all(dict, 'DataField').map((f) => [f.attrs.name, [f.attrs.optype, f.attrs.dataType]]),
    );
    expect(types.Seniority).toEqual(['continuous', 'double']);
    expect(types.Home).toEqual(['categorical', 'string']);
    const expenses = all(dict, 'DataField').find((f) => f.attrs.name === 'Expenses');
    expect(expenses?.children.map((v) => v.attrs)).toEqual([
      { value: 'NaN', property: 'missing' },
      { value: '180', property: 'invalid' },
      { value: '175', property: 'invalid' },
    ]);

    const treatments = Object.fromEntries(
      all(one(card, 'MiningSchema'), 'MiningField').map((f) => [
        f.attrs.name,
        `${f.attrs.missingValueTreatment}/${f.attrs.invalidValueTreatment}`,
      ]),
    );
    expect(treatments).toMatchObject({
      Marital: 'returnInvalid/returnInvalid', // missing rejects; no unseen policy
      Job: 'asIs/returnInvalid', // unseen rejects
      Home: 'asIs/asIs', // unseen scores through <True/>
      Debt: 'returnInvalid/asIs',
      Expenses: 'asIs/returnInvalid', // special values reject
    });

    const output = all(one(card, 'Output'), 'OutputField').map((f) => [
      f.attrs.name,
      f.attrs.feature,
      f.attrs.rank,
    ]);
    expect(output).toEqual([
      ['score', 'predictedValue', undefined],
      ['reason1', 'reasonCode', '1'],
      ['reason2', 'reasonCode', '2'],
      ['reason3', 'reasonCode', '3'],
      ['grade', 'transformedValue', undefined],
    ]);

    // Baselines are the library's maxPoints (Age, excluded from reasons, its minimum).
    const sample = score(compiled, rows[0] as ScoreRow);
    const characteristics = all(one(card, 'Characteristics'), 'Characteristic');
    for (const [i, c] of characteristics.entries()) {
      const lib = sample.characteristics[i];
      expect(c.attrs.reasonCode).toBe(lib?.id);
      if (lib?.id === 'Age') expect(Number(c.attrs.baselineScore)).toBeLessThan(lib.maxPoints);
      else expect(Number(c.attrs.baselineScore)).toBe(lib?.maxPoints);
    }
    const home = characteristics.find((c) => c.attrs.name === 'Home');
    const homeAttributes = all(home as never, 'Attribute').map((a) => a.children[0]?.name);
    expect(homeAttributes).toEqual([
      'SimplePredicate', // isMissing
      'SimpleSetPredicate',
      'SimpleSetPredicate',
      'SimpleSetPredicate',
      'True', // unseen, last
    ]);
  });

  it.each([
    ['logistic', creditLogisticModel(), 3],
    ['indicator', CREDIT_INDICATOR_MODEL, 4],
    ['fitted', fitScorecard(rows, { target: 'Status', bad: 'bad' }).model, 4],
  ] as const)(
    '%s: a PMML evaluator reading only the XML scores all 4,454 rows as score() does',
    (_n, model, top) => {
      const compiled = compileModel(model);
      const evaluator = pmmlScorecard(parseXml(exportPmml(compiled, { includeGrade: true })));
      const mismatches: string[] = [];
      let invalid = 0;
      let withReasons = 0;
      rows.forEach((row, i) => {
        const want = libraryOutcome(scoreOrNull(compiled, row), top);
        const got = evaluator.evaluate(row);
        if (got.invalid) invalid++;
        else if (got.outputs.reason1 !== null) withReasons++;
        // toEqual would treat 0.1 + 0.2 and 0.3 alike only if equal: Object.is on the score below.
        const scoresMatch = want.invalid || got.invalid || Object.is(want.outputs.score, got.outputs.score);
        if (!scoresMatch || JSON.stringify(want) !== JSON.stringify(got)) {
          mismatches.push(`row ${i + 1}: library ${JSON.stringify(want)}, PMML ${JSON.stringify(got)}`);
        }
      });
      expect(mismatches.slice(0, 10)).toEqual([]);
      expect(withReasons).toBeGreaterThan(4000);
      if (_n === 'logistic') expect(invalid).toBeGreaterThan(100);
    },
  );

  it('random models (fast-check, 30 runs): scores and reasons agree on every row', () => {
    fc.assert(
      fc.property(randomCreditModel, (model) => {
        const compiled = compileModel(model);
        const evaluator = pmmlScorecard(parseXml(exportPmml(compiled, { includeGrade: true })));
        for (const [i, row] of rows.entries()) {
          const want = libraryOutcome(scoreOrNull(compiled, row), 4);
          const got = evaluator.evaluate(row);
          const same = JSON.stringify(want) === JSON.stringify(got);
          if (!same || (!want.invalid && !got.invalid && !Object.is(want.outputs.score, got.outputs.score))) {
            expect.fail(`row ${i + 1}: library ${JSON.stringify(want)}, PMML ${JSON.stringify(got)}`);
          }
        }
      }),
      { numRuns: 30, seed: 20260630 },
    );
  }, 60_000);

  it('escapes XML: quotes, ampersands, angle brackets, backslashes, tabs and line breaks survive', () => {
    const values = [
      'a & b',
      '<tag>',
      'say "hi"',
      "O'Brien",
      'back\\slash',
      'two words',
      'tab\tand\nline\r\nend',
      '中文',
      '',
    ];
    const model = {
      ...INDICATOR_MODEL,
      id: 'odd <"&"> model',
      characteristics: [
        {
          id: 'kind & "sort" <x>',
          label: { 'zh-CN': '类', en: 'kind' },
          reasonText: { 'zh-CN': '类', en: 'kind' },
          type: 'categorical' as const,
          bins: values.map((v, i) => ({ values: [v], points: i + 0.5 })),
          missing: { points: 100 },
          unseen: { points: -1 },
        },
      ],
    };
    const xml = exportPmml(model);
    const evaluator = pmmlScorecard(parseXml(xml));
    const id = 'kind & "sort" <x>';
    for (const [i, value] of [...values, 'unseen', null].entries()) {
      const got = evaluator.evaluate({ [id]: value });
      const want = score(model, { [id]: value });
      expect(got).toEqual({
        invalid: false,
        outputs: {
          score: want.score,
          reason1: want.reasons[0]?.id ?? null,
          reason2: null,
          reason3: null,
          reason4: null,
        },
      });
      expect(want.score).toBe(i < values.length ? i + 0.5 : i === values.length ? -1 : 100);
    }
  });

  it('refuses text XML cannot hold, and output names that clash', () => {
    const bad = {
      ...INDICATOR_MODEL,
      characteristics: [
        {
          ...(INDICATOR_MODEL.characteristics[3] as object),
          bins: [{ values: ['bell\u0007'], points: 1 }],
        },
      ],
    };
    expect(() => exportPmml(bad as never)).toThrow(
      /characteristic "village": value "bell\\u0007" cannot be exported/,
    );
    expect(() => exportPmml(INDICATOR_MODEL, { scoreField: 'age' })).toThrow(/output field "age" clashes/);
    expect(() => exportPmml(INDICATOR_MODEL, { reasonFieldPrefix: 'score' })).not.toThrow();
    expect(() => exportPmml(INDICATOR_MODEL, { includeGrade: true, gradeField: 'reason2' })).toThrow(
      /clashes/,
    );
    expect(() => exportPmml(INDICATOR_MODEL, { nope: true } as never)).toThrow(/nope/);
  });
});
