import { describe, expect, it } from 'vitest';
import { errorOf } from './__tests__/helpers';
import { type ResolutionSubject, resolutionKindOf, SPECIAL_SUBJECT_TYPES } from './resolution';

describe('resolutionKindOf (Art. 30)', () => {
  it.each(SPECIAL_SUBJECT_TYPES)('%s always needs a special resolution', (type) => {
    expect(resolutionKindOf({ type } as ResolutionSubject)).toBe('special');
  });

  it.each([
    [{ type: 'admitMembers', partyIds: ['p1'] }, 'ordinary'],
    [{ type: 'surplusDistribution', year: 2025 }, 'ordinary'],
    [{ type: 'surplusDistribution' }, 'ordinary'],
    [{ type: 'election', office: 'chair', candidateId: 'm7' }, 'election'],
    [{ type: 'other', title: 'Buy a grain dryer' }, 'ordinary'],
    [{ type: 'other', title: 'Sell the warehouse', special: true }, 'special'],
    [{ type: 'other', title: 'Sell the warehouse', special: false }, 'ordinary'],
  ] as const)('%j is %s', (subject, kind) => {
    expect(resolutionKindOf(subject as ResolutionSubject)).toBe(kind);
  });

  it.each([
    [{ type: 'merger', special: false }, ['subject']],
    [{ type: 'election', office: 'manager', candidateId: 'm1' }, ['subject', 'office']],
    [{ type: 'admitMembers', partyIds: [] }, ['subject', 'partyIds']],
    [{ type: 'other', title: '   ' }, ['subject', 'title']],
    [{ type: 'liquidation' }, ['subject', 'type']],
  ])('refuses %j', (subject, path) => {
    const error = errorOf(() => resolutionKindOf(subject as unknown as ResolutionSubject));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.path).toEqual(path);
  });
});
