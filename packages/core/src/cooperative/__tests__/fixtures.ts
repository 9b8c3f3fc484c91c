import { residentIdCheckCharacter } from '../../identity/residentId';
import { usccCheckCharacter } from '../../identity/uscc';
import type { Cooperative, NaturalPerson, Organization, Party } from '../party';

/** A valid resident ID for person number `n` (born 1970-1999, Shandong, Gaomi). */
export function residentIdFor(n: number): string {
  const year = 1970 + (n % 30);
  const first17 = `370785${year}0${1 + (n % 9)}1${n % 10}${String(n % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

/** A valid credit code for organisation number `n` with the given authority and type. */
export function usccFor(n: number, head = '91'): string {
  const first17 = `${head}370785${String(n).padStart(9, '0')}`;
  return first17 + usccCheckCharacter(first17);
}

export const farmer = (n: number): NaturalPerson => ({
  kind: 'naturalPerson',
  id: `F${String(n).padStart(3, '0')}`,
  name: `农户${n}`,
  residentId: residentIdFor(n),
  farmer: true,
  regionCode: '370785',
});

export const nonFarmer = (n: number): NaturalPerson => ({
  ...farmer(n + 500),
  id: `P${String(n).padStart(3, '0')}`,
  farmer: false,
});

export const enterprise = (n: number, publicAdministrationFunctions = false): Organization => ({
  kind: 'enterprise',
  id: `E${String(n).padStart(3, '0')}`,
  name: `企业${n}`,
  uscc: usccFor(n),
  regionCode: '370785',
  publicAdministrationFunctions,
});

export const coopParty = (n: number): Cooperative => ({
  kind: 'cooperative',
  id: `C${String(n).padStart(3, '0')}`,
  name: `合作社${n}`,
  uscc: usccFor(n, '93'),
  regionCode: '370785',
});

export const cooperative: Cooperative = {
  kind: 'cooperative',
  id: 'coop-gaomi-1',
  name: '高密市丰收粮食种植专业合作社',
  regionCode: '370785',
};

/** `farmers` farmers, then `others` non-farmers and `orgs` enterprises. */
export function parties(farmers: number, orgs = 0, others = 0): Party[] {
  return [
    ...Array.from({ length: farmers }, (_, i) => farmer(i + 1)),
    ...Array.from({ length: orgs }, (_, i) => enterprise(i + 1)),
    ...Array.from({ length: others }, (_, i) => nonFarmer(i + 1)),
  ];
}
