import fc from 'fast-check';
import { FEDERATION_LEVELS, type Federation } from '../federation';

/**
 * Valid federation lists: a regional chain below each root, industry federations hung on
 * regional ones of the same or a higher level, in a random list order.
 */
export const validFederationsArb: fc.Arbitrary<Federation[]> = fc
  .array(
    fc.record({
      parentPick: fc.nat(),
      industry: fc.boolean(),
      levelDrop: fc.nat({ max: 3 }),
      rootLevel: fc.nat({ max: 3 }),
      asRoot: fc.boolean(),
    }),
    { maxLength: 30 },
  )
  .map((rows) => {
    const list: Federation[] = [];
    rows.forEach((row, i) => {
      const id = `f${String(i).padStart(2, '0')}`;
      const regional = list.filter((f) => f.type === 'regional');
      const base = { kind: 'federation' as const, id, name: id, regionCode: '370781' };
      const parent = regional[row.parentPick % Math.max(1, regional.length)];
      if (row.asRoot || !parent) {
        list.push({
          ...base,
          level: FEDERATION_LEVELS[row.rootLevel] as Federation['level'],
          type: row.industry ? 'industry' : 'regional',
        });
        return;
      }
      const parentRank = FEDERATION_LEVELS.indexOf(parent.level);
      if (row.industry) {
        const level = FEDERATION_LEVELS[Math.max(0, parentRank - row.levelDrop)] as Federation['level'];
        list.push({ ...base, level, type: 'industry', parentId: parent.id });
      } else if (parentRank > 0) {
        list.push({
          ...base,
          level: FEDERATION_LEVELS[parentRank - 1] as Federation['level'],
          type: 'regional',
          parentId: parent.id,
        });
      } else {
        list.push({ ...base, level: 'township', type: 'regional' });
      }
    });
    return list;
  })
  .chain((list) => fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }));
