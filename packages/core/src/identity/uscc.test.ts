import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidUscc, maskUscc, UsccSchema, usccCheckCharacter, validateUscc } from './uscc';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const alphabetChar = fc.constantFrom(...ALPHABET);

const validCode = fc
  .record({
    head: fc.constantFrom('91', '92', '93', '12', '51', '52', 'N2', 'N3', 'Y1'),
    region: fc.stringMatching(/^\d{6}$/),
    org: fc.array(alphabetChar, { minLength: 9, maxLength: 9 }).map((cs) => cs.join('')),
  })
  .map(({ head, region, org }) => {
    const first17 = head + region + org;
    return first17 + usccCheckCharacter(first17);
  });

describe('validateUscc (GB 32100-2015)', () => {
  it('accepts the DESIGN.md vectors', () => {
    expect(validateUscc('91350100M000100Y43')).toMatchObject({
      code: '91350100M000100Y43',
      registrationAuthority: '9',
      entityTypeCode: '91',
      entityKind: 'enterprise',
      regionCode: '350100',
      organizationCode: 'M000100Y4',
    });
    expect(validateUscc('91110000600037341L').entityKind).toBe('enterprise');
    expect(validateUscc('91110000600037341l').code).toBe('91110000600037341L');
  });

  it('decodes 93 as a farmers cooperative and N2 as a village collective', () => {
    const coop = `93370781MA3C${'00001'}`;
    const code = coop + usccCheckCharacter(coop);
    expect(validateUscc(code)).toMatchObject({
      entityKind: 'farmerCooperative',
      entityKindLabel: { 'zh-CN': '农民专业合作社' },
    });
    const village = 'N2370781MF0000001';
    expect(validateUscc(village + usccCheckCharacter(village)).entityKind).toBe('villageCollective');
    const unlisted = '2A110000600037341';
    expect(validateUscc(unlisted + usccCheckCharacter(unlisted)).entityKind).toBe('unknown');
  });

  it('a flipped check character fails with INVALID_USCC', () => {
    for (const code of ['91350100M000100Y43', '91110000600037341L']) {
      for (const wrong of ALPHABET) {
        if (wrong === code[17]) continue;
        expect(() => validateUscc(code.slice(0, 17) + wrong)).toThrow(
          expect.objectContaining({
            code: 'INVALID_USCC',
            path: ['code'],
            details: { reason: 'checkCharacter' },
          }),
        );
      }
    }
  });

  it('rejects letters outside the alphabet, letters in the region, wrong lengths', () => {
    for (const bad of [
      '91350100M000100Y4',
      'I1350100M000100Y43',
      '913501O0M000100Y43',
      '91350100M00010SY43',
      '',
    ]) {
      expect(() => validateUscc(bad)).toThrow(
        expect.objectContaining({ code: 'INVALID_USCC', details: { reason: 'format' } }),
      );
    }
    expect(() => validateUscc(null as unknown as string)).toThrow(
      expect.objectContaining({ code: 'INVALID_USCC' }),
    );
  });

  it('property: generated codes pass and any single-character change fails', () => {
    fc.assert(
      fc.property(validCode, fc.nat(17), fc.integer({ min: 1, max: 30 }), (code, position, shift) => {
        expect(isValidUscc(code)).toBe(true);
        const value = ALPHABET.indexOf(code[position] as string);
        const replacement = ALPHABET[(value + shift) % 31] as string;
        const changed = code.slice(0, position) + replacement + code.slice(position + 1);
        // The weights 3^(i-1) mod 31 are units mod 31, so any single change moves the check.
        expect(isValidUscc(changed)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('property: masked output never contains the middle characters', () => {
    fc.assert(
      fc.property(validCode, (code) => {
        const masked = maskUscc(code);
        expect(masked).toBe(`${code.slice(0, 4)}${'*'.repeat(10)}${code.slice(14)}`);
      }),
      { numRuns: 1000 },
    );
  });

  it('UsccSchema upper-cases valid codes', () => {
    expect(UsccSchema.parse('91110000600037341l')).toBe('91110000600037341L');
    expect(UsccSchema.safeParse('91110000600037341K').success).toBe(false);
  });
});
