import { bench, describe } from 'vitest';
import { type EvaluationResponse, evaluateFederation } from './evaluation';
import type { Federation } from './federation';
import { type MemberCooperativeStat, rollUpFederation } from './rollUp';
import { buildFederationTree } from './tree';

/** A deterministic pseudo-random sequence (LCG), so every run measures the same input. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state;
  };
}
const next = lcg(11);

// A province: 16 cities, 8 counties each, 12 townships each (1,680 federations) + 2 industry per county.
const federations: Federation[] = [
  { kind: 'federation', id: 'p', name: 'p', level: 'province', type: 'regional', regionCode: '370000' },
];
for (let c = 0; c < 16; c++) {
  federations.push({
    kind: 'federation',
    id: `c${c}`,
    name: 'c',
    level: 'city',
    type: 'regional',
    regionCode: '370700',
    parentId: 'p',
  });
  for (let k = 0; k < 8; k++) {
    const county = `c${c}k${k}`;
    federations.push({
      kind: 'federation',
      id: county,
      name: 'k',
      level: 'county',
      type: 'regional',
      regionCode: '370781',
      parentId: `c${c}`,
    });
    for (let i = 0; i < 2; i++)
      federations.push({
        kind: 'federation',
        id: `${county}i${i}`,
        name: 'i',
        level: 'county',
        type: 'industry',
        regionCode: '370781',
        parentId: county,
      });
    for (let t = 0; t < 12; t++)
      federations.push({
        kind: 'federation',
        id: `${county}t${t}`,
        name: 't',
        level: 'township',
        type: 'regional',
        regionCode: '370781100',
        parentId: county,
      });
  }
}
const townships = federations.filter((f) => f.level === 'township');
const tree = buildFederationTree(federations);
// 50,000 co-ops, a fifth of them also in an industry federation.
const stats: MemberCooperativeStat[] = [];
for (let i = 0; i < 50_000; i++) {
  const town = townships[next() % townships.length] as Federation;
  const stat = {
    cooperativeId: `coop${i}`,
    federationId: town.id,
    memberCount: 5 + (next() % 300),
    capitalFen: next() % 10_000_000,
    transactionAmountFen: next(),
  };
  stats.push(stat);
  if (i % 5 === 0) stats.push({ ...stat, federationId: `${town.parentId}i${i % 2}` });
}

const questions = Array.from({ length: 20 }, (_, q) => ({
  id: `q${q}`,
  label: { 'zh-CN': '问', en: 'q' },
  weight: 1 + (q % 5),
}));
const responses: EvaluationResponse[] = Array.from({ length: 10_000 }, (_, r) => ({
  cooperativeId: `coop${r}`,
  scores: Object.fromEntries(questions.map((q) => [q.id, next() % 101])),
}));

describe('federations', () => {
  bench(`buildFederationTree (${federations.length.toLocaleString('en')} federations)`, () => {
    buildFederationTree(federations);
  });
  bench(`rollUpFederation (${stats.length.toLocaleString('en')} memberships)`, () => {
    rollUpFederation(tree, stats);
  });
  bench('evaluateFederation (10,000 responses × 20 questions)', () => {
    evaluateFederation({ federationId: 'p', year: 2026, questions, responses });
  });
});
