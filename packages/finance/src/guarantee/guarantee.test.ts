import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cooperativeFundContribution } from './cooperativeFund';
import { guaranteeFee } from './guaranteeFee';
import { formJointLiabilityGroup } from './jointLiabilityGroup';
import { recoverDefault } from './recoverDefault';

describe('joint-liability groups (联保)', () => {
  it('takes 3 to 5 distinct households', () => {
    expect(formJointLiabilityGroup({ id: 'G1', memberIds: ['M1', 'M2', 'M3'] }).memberIds).toHaveLength(3);
    expect(() => formJointLiabilityGroup({ id: 'G1', memberIds: ['M1', 'M2'] })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['group', 'memberIds'] }),
    );
    expect(() => formJointLiabilityGroup({ id: 'G1', memberIds: ['M1', 'M2', 'M2'] })).toThrow(
      expect.objectContaining({ path: ['group', 'memberIds', 2] }),
    );
    expect(
      formJointLiabilityGroup({ id: 'G2', memberIds: ['a', 'b'] }, { minHouseholds: 2 }).memberIds,
    ).toEqual(['a', 'b']);
  });

  it('recovers borrower → group → guarantee fund → government cover → lender', () => {
    const recovery = recoverDefault({
      owedFen: 1_000_000,
      borrowerPaysFen: 400_000,
      groupMembers: [
        { memberId: 'M2', capacityFen: 100_000 },
        { memberId: 'M3', capacityFen: 300_000 },
      ],
      guaranteeFundFen: 100_000,
      governmentCover: { share: '0.5' },
    });
    expect(recovery.steps).toEqual([
      { source: 'borrower', amountFen: 400_000 },
      { source: 'groupMember', memberId: 'M2', amountFen: 100_000 },
      { source: 'groupMember', memberId: 'M3', amountFen: 300_000 },
      { source: 'guaranteeFund', amountFen: 100_000 },
      { source: 'governmentCover', amountFen: 50_000 },
      { source: 'lender', amountFen: 50_000 },
    ]);
    expect(recovery).toMatchObject({ recoveredFen: 950_000, lenderLossFen: 50_000 });
  });

  it('always accounts for every fen, and no one pays beyond capacity (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e10 }),
        fc.integer({ min: 0, max: 1e10 }),
        fc.array(fc.integer({ min: 0, max: 1e9 }), { maxLength: 5 }),
        fc.integer({ min: 0, max: 1e10 }),
        fc.integer({ min: 0, max: 100 }),
        (owed, borrower, capacities, fund, coverPercent) => {
          const recovery = recoverDefault({
            owedFen: owed,
            borrowerPaysFen: borrower,
            groupMembers: capacities.map((capacityFen, i) => ({ memberId: `M${i}`, capacityFen })),
            guaranteeFundFen: fund,
            governmentCover: { share: (coverPercent / 100).toFixed(2) },
          });
          expect(recovery.steps.reduce((s, step) => s + step.amountFen, 0)).toBe(owed);
          const group = recovery.steps.filter((s) => s.source === 'groupMember');
          group.forEach((s, i) => {
            expect(s.amountFen).toBeLessThanOrEqual(capacities[i] as number);
          });
          expect(recovery.steps.every((s) => s.amountFen >= 0)).toBe(true);
        },
      ),
    );
  });
});

describe('guarantee fees and the farmers’ cooperative fund', () => {
  it('prices a guarantee pro rata by month, within a scheme’s cap', () => {
    expect(guaranteeFee({ guaranteedFen: 5_000_000, annualRate: '0.008', termMonths: 18 })).toBe(60_000);
    expect(() =>
      guaranteeFee({ guaranteedFen: 5_000_000, annualRate: '0.015', termMonths: 12, maxAnnualRate: '0.01' }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_RATE', path: ['input', 'annualRate'] }));
  });

  it('feeds the fund with at least 20 % of the asset company’s income, rounded up', () => {
    expect(cooperativeFundContribution({ assetCompanyIncomeFen: 123_456_789 })).toBe(24_691_358);
    expect(cooperativeFundContribution({ assetCompanyIncomeFen: 100, share: '0.25' })).toBe(25);
    expect(() => cooperativeFundContribution({ assetCompanyIncomeFen: 100, share: '0.19' })).toThrow(
      expect.objectContaining({ code: 'INVALID_RATE', path: ['input', 'share'] }),
    );
  });
});
