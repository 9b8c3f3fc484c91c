import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  convertLegacyResidentId,
  isValidResidentId,
  maskResidentId,
  ResidentIdSchema,
  residentIdCheckCharacter,
  validateResidentId,
} from './residentId';

const CHECKS = '10X98765432';

/** Generates valid 18-character IDs: a real province prefix, a real date, a sequence, the check. */
const validId = fc
  .record({
    province: fc.constantFrom('11', '13', '32', '37', '44', '51', '65', '81', '83'),
    rest: fc.stringMatching(/^\d{4}$/),
    date: fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2025-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    sequence: fc.stringMatching(/^\d{3}$/),
  })
  .map(({ province, rest, date, sequence }) => {
    const first17 = `${province}${rest}${date.toISOString().slice(0, 10).replaceAll('-', '')}${sequence}`;
    return first17 + residentIdCheckCharacter(first17);
  });

describe('validateResidentId (GB 11643-1999)', () => {
  it('accepts the DESIGN.md vectors and says what they encode', () => {
    expect(validateResidentId('11010519491231002X')).toEqual({
      id: '11010519491231002X',
      convertedFromLegacy: false,
      regionCode: '110105',
      birthDate: '1949-12-31',
      sex: 'female',
    });
    expect(validateResidentId('440524188001010014')).toMatchObject({ birthDate: '1880-01-01', sex: 'male' });
    expect(validateResidentId('11010519491231002x').id).toBe('11010519491231002X');
  });

  it('converts 15-digit legacy numbers by inserting 19 and computing the check character', () => {
    expect(convertLegacyResidentId('110105491231002')).toBe('11010519491231002X');
    expect(validateResidentId('110105491231002')).toMatchObject({
      id: '11010519491231002X',
      convertedFromLegacy: true,
    });
  });

  it('a flipped check character fails with INVALID_RESIDENT_ID', () => {
    for (const id of ['11010519491231002X', '440524188001010014']) {
      for (const wrong of CHECKS) {
        if (wrong === id[17]) continue;
        expect(() => validateResidentId(id.slice(0, 17) + wrong)).toThrow(
          expect.objectContaining({
            code: 'INVALID_RESIDENT_ID',
            path: ['id'],
            details: { reason: 'checkCharacter' },
          }),
        );
      }
    }
  });

  it('rejects bad formats, regions and dates with a reason, never echoing the number', () => {
    const cases: [string, string][] = [
      ['1101051949123100', 'format'],
      ['11010519491231002A', 'format'],
      ['00010519491231002X', 'region'],
      ['110105194902300020', 'birthDate'], // 30 February
      ['110105170001010020', 'birthDate'], // before 1800
    ];
    for (const [id, reason] of cases) {
      try {
        validateResidentId(id);
        expect.unreachable();
      } catch (error) {
        expect(error).toMatchObject({ code: 'INVALID_RESIDENT_ID', details: { reason } });
        expect((error as Error).message).not.toContain(id.slice(6, 14));
      }
    }
    expect(() => validateResidentId('11010519491231002X', { asOf: '1949-12-30' })).toThrow(
      expect.objectContaining({ details: { reason: 'birthDate' } }),
    );
    expect(() => validateResidentId(11010519491231 as unknown as string)).toThrow(
      expect.objectContaining({ code: 'INVALID_RESIDENT_ID' }),
    );
  });

  it('property: generated valid numbers pass, and any single-character change fails', () => {
    fc.assert(
      fc.property(validId, fc.nat(17), fc.nat(9), (id, position, delta) => {
        expect(isValidResidentId(id)).toBe(true);
        // Changing one digit changes the weighted sum by a non-multiple of 11, so the check fails
        // (or the date/region becomes invalid first).
        const original = id[position] as string;
        const replacement =
          position === 17
            ? (CHECKS[(CHECKS.indexOf(original) + 1 + (delta % 10)) % 11] as string)
            : String((Number(original) + 1 + (delta % 9)) % 10);
        const changed = id.slice(0, position) + replacement + id.slice(position + 1);
        expect(isValidResidentId(changed)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('property: masked output never contains the middle characters', () => {
    fc.assert(
      fc.property(validId, (id) => {
        const masked = maskResidentId(id);
        expect(masked).toHaveLength(18);
        expect(masked).toBe(`${id.slice(0, 4)}**********${id.slice(14)}`);
        expect(masked.slice(4, 14)).toBe('*'.repeat(10));
      }),
      { numRuns: 1000 },
    );
  });

  it('masks the DESIGN.md example and short or odd inputs entirely', () => {
    expect(maskResidentId('11010519491231002X')).toBe('1101**********002X');
    expect(maskResidentId('110105491231002')).toBe('1101********002');
    expect(maskResidentId('1234567')).toBe('*******');
    expect(maskResidentId('')).toBe('');
  });

  it('ResidentIdSchema normalises and rejects', () => {
    expect(ResidentIdSchema.parse('110105491231002')).toBe('11010519491231002X');
    expect(ResidentIdSchema.safeParse('110105194912310021').success).toBe(false);
  });
});
