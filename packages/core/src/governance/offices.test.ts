import { describe, expect, it } from 'vitest';
import { errorOf } from './__tests__/helpers';
import {
  checkOffices,
  OFFICES_BARRED_FROM_SUPERVISION,
  type Office,
  type Officer,
  SUPERVISORY_OFFICES,
} from './offices';

describe('checkOffices (Art. 33)', () => {
  it('returns who holds which office', () => {
    expect(
      checkOffices([
        { personId: 'p1', offices: ['chair'] },
        { personId: 'p2', offices: ['viceChair', 'manager'] },
        { personId: 'p3', offices: ['director'] },
        { personId: 'p4', offices: ['accountant'] },
        { personId: 'p5', offices: ['supervisorChair'] },
        { personId: 'p6', offices: ['supervisor'] },
      ]),
    ).toEqual({
      chairId: 'p1',
      boardMemberIds: ['p1', 'p2', 'p3'],
      supervisorIds: ['p5', 'p6'],
      managerIds: ['p2'],
      accountantIds: ['p4'],
    });
  });

  it('allows a chair or director to be the manager (Art. 35: 理事长或者理事可以兼任经理)', () => {
    expect(checkOffices([{ personId: 'p1', offices: ['chair', 'manager'] }]).managerIds).toEqual(['p1']);
  });

  it('returns an empty register for no officers', () => {
    expect(checkOffices([]).chairId).toBeNull();
  });

  const pairs = OFFICES_BARRED_FROM_SUPERVISION.flatMap((barred) =>
    SUPERVISORY_OFFICES.map((supervisory) => [barred, supervisory] as const),
  );
  it.each(pairs)('refuses %s combined with %s, naming the person and the offices', (barred, supervisory) => {
    const officers: Officer[] = [
      { personId: 'p1', offices: ['supervisor'] },
      { personId: 'p7', offices: [supervisory, barred] as Office[] },
    ];
    const error = errorOf(() => checkOffices(officers));
    expect(error.code).toBe('INCOMPATIBLE_OFFICES');
    expect(error.path).toEqual(['officers', 1, 'offices']);
    expect(error.message).toContain('p7');
    expect(error.message).toContain(barred);
    expect(error.message).toContain(supervisory);
    expect(error.details).toEqual({ personId: 'p7', offices: [barred], supervisoryOffices: [supervisory] });
  });

  it('masks an ID number used as a person id', () => {
    const id = '11010519491231002X';
    const error = errorOf(() => checkOffices([{ personId: id, offices: ['director', 'supervisor'] }]));
    expect(error.code).toBe('INCOMPATIBLE_OFFICES');
    expect(error.message).toContain('1101**********002X');
    expect(JSON.stringify(error.toJSON())).not.toContain(id);
  });

  it.each([
    [
      'a person listed twice',
      [
        { personId: 'p1', offices: ['director'] },
        { personId: 'p1', offices: ['manager'] },
      ],
      ['officers', 1, 'personId'],
    ],
    [
      'an office listed twice',
      [{ personId: 'p1', offices: ['director', 'director'] }],
      ['officers', 0, 'offices'],
    ],
    [
      'two chairs',
      [
        { personId: 'p1', offices: ['chair'] },
        { personId: 'p2', offices: ['chair'] },
      ],
      ['officers', 1, 'offices'],
    ],
    ['no office', [{ personId: 'p1', offices: [] }], ['officers', 0, 'offices']],
    ['an unknown office', [{ personId: 'p1', offices: ['treasurer'] }], ['officers', 0, 'offices', 0]],
  ])('refuses %s with INVALID_INPUT', (_label, officers, path) => {
    const error = errorOf(() => checkOffices(officers as Officer[]));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.path).toEqual(path);
  });
});
