import { residentIdCheckCharacter } from '../identity/residentId';
import { usccCheckCharacter } from '../identity/uscc';
import type { Random } from './random';

/** GB 11714 organisation-code weights for its 8 body characters. */
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;
/** Characters a sample organisation code's body draws from (digits and code-alphabet capitals). */
const ORG_CODE_BODY = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Value of an organisation-code character: digits 0–9, letters A=10 … Z=35. */
function orgValue(ch: string): number {
  const code = ch.charCodeAt(0);
  return code <= 57 ? code - 48 : code - 55;
}

/**
 * Mints synthetic identifiers, never the same one twice: resident IDs with a correct GB 11643
 * check character, and unified social credit codes (GB 32100) whose organisation code carries
 * its own GB 11714 check character, as real codes do.
 * @internal
 */
export class IdentityMint {
  readonly #residentIds = new Set<string>();
  readonly #usccs = new Set<string>();

  constructor(
    private readonly random: Random,
    private readonly regionCode: string,
  ) {}

  /** A resident ID for someone born on `birthDate` (`YYYY-MM-DD`), odd sequence for men. */
  residentId(birthDate: string, sex: 'male' | 'female'): string {
    const born = birthDate.replaceAll('-', '');
    for (;;) {
      // Sequence 001–999 with the parity of the sex; redraw on the rare collision.
      const half = this.random.int(0, 498);
      const sequence = String(sex === 'male' ? 2 * half + 1 : 2 * half + 2).padStart(3, '0');
      const first17 = `${this.regionCode}${born}${sequence}`;
      const id = first17 + residentIdCheckCharacter(first17);
      if (!this.#residentIds.has(id)) {
        this.#residentIds.add(id);
        return id;
      }
    }
  }

  /**
   * A credit code with the given registration-authority-and-type prefix (`93` farmer
   * cooperative, `91` enterprise, `51` social organisation), registered in `regionCode`.
   */
  uscc(prefix: string, regionCode: string): string {
    for (;;) {
      // New-style organisation codes start "MA"; six more characters, then the GB 11714 check.
      let body = 'MA';
      for (let i = 0; i < 6; i++) body += ORG_CODE_BODY[this.random.int(0, ORG_CODE_BODY.length - 1)];
      let sum = 0;
      for (let i = 0; i < 8; i++) sum += orgValue(body[i] as string) * (ORG_CODE_WEIGHTS[i] as number);
      const check = 11 - (sum % 11);
      const orgCode = body + (check === 10 ? 'X' : check === 11 ? '0' : String(check));
      const first17 = `${prefix}${regionCode.slice(0, 6)}${orgCode}`;
      const code = first17 + usccCheckCharacter(first17);
      if (!this.#usccs.has(code)) {
        this.#usccs.add(code);
        return code;
      }
    }
  }
}
