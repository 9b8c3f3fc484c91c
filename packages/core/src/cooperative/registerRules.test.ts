import { describe, expect, it } from 'vitest';
import { coopParty, enterprise, parties } from './__tests__/fixtures';
import { assertRegisterComposition, checkRegisterComposition, maxOrganizationMembers } from './registerRules';

describe('Art. 20 organisation cap', () => {
  it.each([
    [5, 1],
    [20, 1],
    [21, 1],
    [39, 1],
    [40, 2],
    [100, 5],
    [119, 5],
    [120, 6],
  ])('%i members may have at most %i organisation members', (members, cap) => {
    expect(maxOrganizationMembers(members)).toBe(cap);
  });
});

describe('checkRegisterComposition (Arts. 12, 19, 20, 56)', () => {
  it.each([
    // [label, farmers, orgs, nonFarmers, founding, expected rule or null]
    ['4 founders', 4, 0, 0, true, 'art12.minimumFounders'],
    ['5 founders', 5, 0, 0, true, null],
    ['80 % farmers exactly (4 of 5)', 4, 0, 1, true, null],
    ['79.1 % farmers (19 of 24; shown rounded down)', 19, 0, 5, false, 'art20.farmerShare'],
    ['20 members with 1 organisation', 19, 1, 0, false, null],
    ['20 members with 2 organisations', 18, 2, 0, false, 'art20.organizationCap'],
    ['21 members with 1 organisation', 20, 1, 0, false, null],
    ['21 members with 2 organisations', 19, 2, 0, false, 'art20.organizationCap'],
    ['100 members with 5 organisations', 95, 5, 0, false, null],
    ['100 members with 6 organisations', 94, 6, 0, false, 'art20.organizationCap'],
  ] as const)('%s', (_label, farmers, orgs, others, founding, rule) => {
    const result = checkRegisterComposition(parties(farmers, orgs, others), { founding });
    expect(result.violations.map((v) => v.rule)).toEqual(rule ? [rule] : []);
  });

  it('names the rule and the numbers', () => {
    try {
      assertRegisterComposition(parties(19, 0, 5));
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({
        code: 'MEMBERSHIP_COMPOSITION',
        message: '79.1 % farmers (19 of 24) < 80 % (Art. 20)',
        details: { rule: 'art20.farmerShare', measured: '79.1', required: '80' },
      });
    }
  });

  it('refuses units with public-administration functions (Art. 19)', () => {
    const list = [...parties(19), enterprise(1, true)];
    expect(() => assertRegisterComposition(list)).toThrow(
      expect.objectContaining({
        code: 'INELIGIBLE_MEMBER',
        details: expect.objectContaining({ rule: 'art19.publicAdministration' }),
      }),
    );
  });

  it('a charter may ask for more farmers than 80 %, never fewer', () => {
    expect(checkRegisterComposition(parties(8, 0, 2), { minFarmerPercent: 90 }).violations).toHaveLength(1);
    expect(() => checkRegisterComposition(parties(8, 0, 2), { minFarmerPercent: 75 })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['options', 'minFarmerPercent'] }),
    );
  });

  it('a union is founded by at least 3 cooperatives, and only cooperatives (Art. 56)', () => {
    const coops = [coopParty(1), coopParty(2)];
    expect(
      checkRegisterComposition(coops, { union: true, founding: true }).violations.map((v) => v.rule),
    ).toEqual(['art56.unionFounders']);
    expect(
      checkRegisterComposition([...coops, enterprise(9)], { union: true, founding: true }).violations.map(
        (v) => v.rule,
      ),
    ).toEqual(['art56.unionMembersAreCooperatives']);
  });

  it('never puts a resident ID into a message', () => {
    const result = checkRegisterComposition(parties(3, 0, 2), { founding: true });
    for (const v of result.violations) expect(JSON.stringify(v)).not.toMatch(/\d{17}[\dX]/);
  });
});
