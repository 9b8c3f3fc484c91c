import { describe, expect, it } from 'vitest';
import { CROP_NUTRIENT_TABLE } from '../recommendation/defaultCropTable';
import { EXAMPLE_PESTICIDES, EXAMPLE_SEEDS } from './exampleCatalogue';
import { PesticideCatalogueSchema, PesticideProductSchema } from './pesticideProduct';
import { SeedCatalogueSchema } from './seedProduct';

describe('example pesticides and seeds', () => {
  it('are valid, frozen catalogues for crops of the default table', () => {
    expect(PesticideCatalogueSchema.parse(EXAMPLE_PESTICIDES)).toEqual(EXAMPLE_PESTICIDES);
    expect(SeedCatalogueSchema.parse(EXAMPLE_SEEDS)).toEqual(EXAMPLE_SEEDS);
    expect(Object.isFrozen(EXAMPLE_PESTICIDES[0]?.registrations[0])).toBe(true);
    const crops = Object.keys(CROP_NUTRIENT_TABLE.crops);
    for (const p of EXAMPLE_PESTICIDES) for (const r of p.registrations) expect(crops).toContain(r.crop);
    for (const s of EXAMPLE_SEEDS) expect(crops).toContain(s.crop);
  });

  it('refuses a malformed registration number and a crop registered twice', () => {
    const first = EXAMPLE_PESTICIDES[0];
    expect(PesticideProductSchema.safeParse({ ...first, registrationNumber: 'pd-1' }).success).toBe(false);
    const twice = { ...first, registrations: [first?.registrations[0], first?.registrations[0]] };
    expect(PesticideProductSchema.safeParse(twice).error?.issues[0]?.path).toEqual([
      'registrations',
      1,
      'crop',
    ]);
  });
});
