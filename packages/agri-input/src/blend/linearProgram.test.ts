import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solve } from 'yalps';
import { type LinearProgram, type LinearRow, solveLinearProgram } from './linearProgram';

const optimal = (program: LinearProgram, maxNodes?: number) => {
  const solution = solveLinearProgram(program, maxNodes);
  if (solution.status !== 'optimal') throw new Error(`expected optimal, got ${solution.status}`);
  return solution;
};

function satisfies(program: LinearProgram, x: readonly number[], tolerance = 1e-6): boolean {
  return program.rows.every(({ coefficients, min, max }) => {
    const lhs = coefficients.reduce((sum, a, j) => sum + a * (x[j] ?? 0), 0);
    const slack = tolerance * Math.max(1, Math.abs(lhs));
    return (min === undefined || lhs >= min - slack) && (max === undefined || lhs <= max + slack);
  });
}

describe('solveLinearProgram: linear programs', () => {
  it('finds the optimum of a small program by hand', () => {
    // min 2x + 3y, x + y ≥ 4, x ≤ 3: x = 3, y = 1, cost 9.
    const s = optimal({
      cost: [2, 3],
      rows: [
        { coefficients: [1, 1], min: 4 },
        { coefficients: [1, 0], max: 3 },
      ],
    });
    expect(s.x[0]).toBeCloseTo(3, 9);
    expect(s.x[1]).toBeCloseTo(1, 9);
    expect(s.value).toBeCloseTo(9, 9);
  });

  it('takes rows with both bounds, equalities and repeated rows', () => {
    const equal: LinearRow = { coefficients: [1, 2], min: 6, max: 6 };
    const s = optimal({
      cost: [1, 1],
      rows: [equal, equal, { coefficients: [1, 0], min: 1, max: 5 }],
    });
    // x = 6 − 2y, so the cost x + y = 6 − y is least at the largest y that keeps x ≥ 1: y = 2.5.
    expect(s.x[0]).toBeCloseTo(1, 9);
    expect(s.x[1]).toBeCloseTo(2.5, 9);
    expect(satisfies({ cost: [1, 1], rows: [equal] }, s.x)).toBe(true);
  });

  it('takes negative bounds', () => {
    // −x + y ≤ −2 means x ≥ y + 2; min x + y: x = 2, y = 0.
    const s = optimal({ cost: [1, 1], rows: [{ coefficients: [-1, 1], max: -2 }] });
    expect(s.value).toBeCloseTo(2, 9);
    // x − y ≥ −3 holds at the origin.
    expect(optimal({ cost: [1, 1], rows: [{ coefficients: [1, -1], min: -3 }] }).value).toBe(0);
  });

  it('reports infeasible and unbounded programs', () => {
    expect(
      solveLinearProgram({
        cost: [1],
        rows: [
          { coefficients: [1], min: 5 },
          { coefficients: [1], max: 3 },
        ],
      }).status,
    ).toBe('infeasible');
    expect(solveLinearProgram({ cost: [-1], rows: [{ coefficients: [1], min: 1 }] }).status).toBe(
      'unbounded',
    );
  });

  it("ends on Beale's program, on which the steepest-descent rule cycles", () => {
    // Beale (1955): min −¾x₁ + 20x₂ − ½x₃ + 6x₄; the optimum is −5/4 at x₁ = 1, x₃ = 1.
    const s = optimal({
      cost: [-0.75, 20, -0.5, 6],
      rows: [
        { coefficients: [0.25, -8, -1, 9], max: 0 },
        { coefficients: [0.5, -12, -0.5, 3], max: 0 },
        { coefficients: [0, 0, 1, 0], max: 1 },
      ],
    });
    expect(s.value).toBeCloseTo(-1.25, 9);
  });

  it('agrees with an independent simplex implementation on random programs', () => {
    const row = (n: number) =>
      fc.record({
        coefficients: fc.array(fc.integer({ min: -5, max: 9 }), { minLength: n, maxLength: n }),
        min: fc.option(fc.integer({ min: -20, max: 60 }), { nil: undefined }),
        max: fc.option(fc.integer({ min: -10, max: 90 }), { nil: undefined }),
      });
    const programs = fc.integer({ min: 1, max: 6 }).chain((n) =>
      fc.record({
        cost: fc.array(fc.integer({ min: -5, max: 20 }), { minLength: n, maxLength: n }),
        rows: fc.array(row(n), { minLength: 1, maxLength: 6 }),
      }),
    );
    fc.assert(
      fc.property(programs, (program) => {
        const ours = solveLinearProgram(program);
        const theirs = solve({
          direction: 'minimize',
          objective: 'cost',
          constraints: program.rows.map((r, i) => [
            `r${i}`,
            {
              ...(r.min === undefined ? {} : { min: r.min }),
              ...(r.max === undefined ? {} : { max: r.max }),
            },
          ]),
          variables: program.cost.map((c, j) => [
            `x${j}`,
            [
              ['cost', c] as [string, number],
              ...program.rows.map((r, i) => [`r${i}`, r.coefficients[j] ?? 0] as [string, number]),
            ],
          ]),
        });
        fc.pre(
          theirs.status === 'optimal' || theirs.status === 'infeasible' || theirs.status === 'unbounded',
        );
        expect(ours.status).toBe(theirs.status);
        if (ours.status === 'optimal') {
          expect(ours.value).toBeCloseTo(theirs.result, 6);
          expect(satisfies(program, ours.x)).toBe(true);
          expect(ours.x.every((v) => v >= 0)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('solveLinearProgram: integer programs', () => {
  it('finds the cheapest whole bags', () => {
    // Bags of 23 kg N at 110 yuan and of 9 kg N + 23 kg P at 195 yuan; need 60 N, 30 P.
    const s = optimal({
      cost: [11_000, 19_500],
      rows: [
        { coefficients: [23, 9], min: 60 },
        { coefficients: [0, 23], min: 30 },
      ],
      integers: [true, true],
    });
    // Two of the second (18 N, 46 P), then 42 N from two of the first.
    expect(s.x).toEqual([2, 2]);
    expect(s.value).toBe(61_000);
  });

  it('keeps continuous variables continuous in a mixed program', () => {
    // y whole, x ≤ 2.5y, x ≥ 4: y = 2 (cost 2) carries x = 4.
    const s = optimal({
      cost: [0, 1],
      rows: [
        { coefficients: [1, -2.5], max: 0 },
        { coefficients: [1, 0], min: 4 },
      ],
      integers: [false, true],
    });
    expect(s.x[1]).toBe(2);
    expect(s.x[0]).toBeCloseTo(4, 9);
  });

  it('says infeasible when no whole answer exists, though the relaxation has one', () => {
    // 2x = 3 has x = 1.5 only.
    expect(
      solveLinearProgram({ cost: [1], rows: [{ coefficients: [2], min: 3, max: 3 }], integers: [true] })
        .status,
    ).toBe('infeasible');
  });

  it('stops at the node limit with the best answer found', () => {
    const program: LinearProgram = {
      cost: [7, 11, 13],
      rows: [{ coefficients: [3.1, 4.7, 5.3], min: 97.3 }],
      integers: [true, true, true],
    };
    const full = optimal(program);
    // After the first node, the relaxation rounded up is in hand.
    const capped = solveLinearProgram(program, 1);
    expect(capped.status).toBe('bestFound');
    if (capped.status === 'bestFound') {
      expect(capped.value).toBeGreaterThan(full.value);
      expect(satisfies(program, capped.x, 0)).toBe(true);
    }
  });

  it('gives up at the node limit with nothing whole in hand, and proves infeasibility without one', () => {
    // 2x + 4y = 7 has no whole answer; rounding up does not meet an equality.
    const program: LinearProgram = {
      cost: [1, 1],
      rows: [
        { coefficients: [2, 4], min: 7, max: 7 },
        { coefficients: [1, 0], max: 10 },
        { coefficients: [0, 1], max: 10 },
      ],
      integers: [true, true],
    };
    expect(solveLinearProgram(program, 1).status).toBe('gaveUp');
    expect(solveLinearProgram(program).status).toBe('infeasible');
  });

  it('finds the cheapest whole vector, checked against trying every one', () => {
    const programs = fc.integer({ min: 1, max: 3 }).chain((n) =>
      fc.record({
        cost: fc.array(fc.integer({ min: 1, max: 30 }), { minLength: n, maxLength: n }),
        rows: fc.array(
          fc.record({
            coefficients: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }),
            min: fc.integer({ min: 0, max: 30 }),
          }),
          { minLength: 1, maxLength: 3 },
        ),
      }),
    );
    fc.assert(
      fc.property(programs, ({ cost, rows }) => {
        // Every variable at most 8, so trying every vector is finite.
        const program: LinearProgram = {
          cost,
          rows: [
            ...rows,
            ...cost.map((_, j) => ({ coefficients: cost.map((_, k) => (k === j ? 1 : 0)), max: 8 })),
          ],
          integers: cost.map(() => true),
        };
        let cheapest = Number.POSITIVE_INFINITY;
        const visit = (x: number[]) => {
          if (x.length === cost.length) {
            if (satisfies(program, x, 0))
              cheapest = Math.min(
                cheapest,
                x.reduce((s, v, j) => s + v * (cost[j] ?? 0), 0),
              );
            return;
          }
          for (let v = 0; v <= 8; v++) visit([...x, v]);
        };
        visit([]);
        const ours = solveLinearProgram(program);
        if (cheapest === Number.POSITIVE_INFINITY) {
          expect(ours.status).toBe('infeasible');
        } else {
          expect(ours.status).toBe('optimal');
          if (ours.status === 'optimal') {
            expect(ours.value).toBe(cheapest);
            expect(satisfies(program, ours.x, 0)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
