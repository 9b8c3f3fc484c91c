import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { thrown } from '../__tests__/thrown';
import { foundCooperative } from '../cooperative/founding';
import { CooperativeSchema, NaturalPersonSchema } from '../cooperative/party';
import { FederationSchema } from '../federation/federation';
import { MeetingAttendanceRecordSchema } from '../governance/attendanceRecord';
import { IsoDateSchema, validateResidentId } from '../identity/residentId';
import { validateUscc } from '../identity/uscc';
import { DeliverySchema } from '../marketing/delivery';
import { type County, CountyOptionsSchema, generateCounty } from './index';

const county = generateCounty({ seed: 2026 });

/** Every string of the form YYYY-MM-DD anywhere in a value. */
function datesIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) out.push(value);
  else if (Array.isArray(value)) for (const v of value) datesIn(v, out);
  else if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) datesIn(v, out);
  return out;
}

/** Kilometres between two nearby points (equirectangular; fine over a few km). */
function km(a: { lng: number; lat: number }, b: { lng: number; lat: number }): number {
  const x = (a.lng - b.lng) * Math.cos((((a.lat + b.lat) / 2) * Math.PI) / 180);
  return Math.hypot(x, a.lat - b.lat) * 111.2;
}

describe('generateCounty options', { timeout: 60_000 }, () => {
  it('fills in the defaults: 3,000 households, the 2026 season, 3 years of history', () => {
    expect(county.households).toHaveLength(3000);
    expect([county.year, county.historyYears, county.asOf, county.outcomeThrough]).toEqual([
      2026,
      3,
      '2026-01-01',
      '2026-12-31',
    ]);
    expect(CountyOptionsSchema.parse({ seed: 1 })).toEqual({
      seed: 1,
      households: 3000,
      year: 2026,
      historyYears: 3,
    });
  });

  it.each([
    [{ seed: -1 }, ['options', 'seed']],
    [{ seed: 1.5 }, ['options', 'seed']],
    [{ seed: 2 ** 32 }, ['options', 'seed']],
    [{ seed: 1, households: 199 }, ['options', 'households']],
    [{ seed: 1, households: 100_001 }, ['options', 'households']],
    [{ seed: 1, year: 1999 }, ['options', 'year']],
    [{ seed: 1, historyYears: 0 }, ['options', 'historyYears']],
    [{ seed: 1, colour: 'red' }, ['options']],
    [{}, ['options', 'seed']],
  ])('refuses %j with INVALID_INPUT at its path', (options, path) => {
    expect(thrown(() => generateCounty(options as never))).toEqual({ code: 'INVALID_INPUT', path });
  });

  it('refuses something that is not an options object', () => {
    expect(thrown(() => generateCounty(null as never)).code).toBe('INVALID_INPUT');
    expect(thrown(() => generateCounty(2026 as never)).code).toBe('INVALID_INPUT');
  });
});

describe('generateCounty determinism', { timeout: 60_000 }, () => {
  it('gives a deep-equal county for the same seed and options', () => {
    expect(generateCounty({ seed: 2026 })).toEqual(county);
    const small = { seed: 99, households: 250, year: 2031, historyYears: 2 };
    expect(generateCounty(small)).toEqual(generateCounty(small));
  });

  it('gives another county for another seed', () => {
    const other = generateCounty({ seed: 2027 });
    expect(other.households.map((h) => h.party.residentId)).not.toEqual(
      county.households.map((h) => h.party.residentId),
    );
    expect(other.deliveries).not.toEqual(county.deliveries);
  });

  it('gives the county on record for a seed, on any engine (no engine-specific maths in it)', () => {
    // Update this fingerprint only when the generator is meant to change its counties.
    const small = generateCounty({ seed: 1, households: 200 });
    expect(bytesToHex(sha256(utf8ToBytes(JSON.stringify(small))))).toBe(
      '82d4605a4bb298ef3fbe956a7043f8bbdfed49aba93098489f4e4e6c11bccfba',
    );
  });

  it('is plain data: JSON gives it back unchanged', () => {
    expect(JSON.parse(JSON.stringify(county)) as County).toEqual(county);
  });
});

describe('the county', { timeout: 60_000 }, () => {
  it('has the townships of 高密市 with their villages and one service centre each', () => {
    expect(county.region).toMatchObject({ code: '370785', name: '高密市', nameEn: 'Gaomi' });
    expect(county.townships.map((t) => t.name)).toContain('柏城镇');
    expect(county.townships).toHaveLength(10);
    for (const t of county.townships) {
      expect(t.regionCode).toMatch(/^370785\d{3}$/);
      expect(new Set(t.villages).size).toBe(t.villages.length);
      const center = county.serviceCenters.find((s) => s.townshipId === t.id);
      expect(km(center?.center.location as never, t.centre)).toBeLessThan(0.6);
    }
  });

  it('gives every cooperative, union and the federation a valid credit code, each its own', () => {
    const bodies = [...county.cooperatives, ...county.unions];
    const codes = [...bodies.map((b) => b.cooperative.uscc), county.federation.uscc];
    expect(new Set(codes).size).toBe(codes.length);
    for (const b of bodies) {
      expect(CooperativeSchema.parse(b.cooperative)).toEqual(b.cooperative);
      const info = validateUscc(b.cooperative.uscc);
      expect(info.code).toBe(b.cooperative.uscc);
      expect(info.regionCode).toBe('370785');
      if (b.cooperative.kind !== 'grassrootsCooperative') expect(info.entityKind).toBe('farmerCooperative');
    }
    expect(validateUscc(county.federation.uscc).entityKind).toBe('socialOrganization');
    expect(FederationSchema.parse(county.federation.federation)).toEqual(county.federation.federation);
  });

  it('founds every cooperative lawfully with its founders (Arts. 12, 20) and every union with its co-ops (Art. 56)', () => {
    const households = new Map(county.households.map((h) => [h.id, h]));
    for (const c of county.cooperatives) {
      expect(c.founderIds.length).toBeGreaterThanOrEqual(5);
      const founders = c.founderIds.map((id) => households.get(id)?.party);
      const register = foundCooperative({
        cooperative: c.cooperative,
        founders: founders as never,
        foundedOn: c.cooperative.foundedOn,
      });
      expect(register.members).toHaveLength(c.founderIds.length);
      for (const id of c.founderIds) expect(households.get(id)?.joinedOn).toBe(c.cooperative.foundedOn);
    }
    const byId = new Map(county.cooperatives.map((c) => [c.cooperative.id, c]));
    for (const u of county.unions) {
      const members = u.memberCooperativeIds.map((id) => byId.get(id));
      expect(members.length).toBeGreaterThanOrEqual(3);
      for (const m of members) {
        expect(m?.unionId).toBe(u.cooperative.id);
        expect((m?.cooperative.foundedOn as string) < u.cooperative.foundedOn).toBe(true);
      }
      foundCooperative({
        cooperative: u.cooperative,
        founders: members.map((m) => m?.cooperative) as never,
        foundedOn: u.cooperative.foundedOn,
      });
    }
    const inFederation = new Set(county.federation.memberIds);
    for (const u of county.unions) expect(inFederation.has(u.cooperative.id)).toBe(true);
    for (const c of county.cooperatives) expect(inFederation.has(c.cooperative.id)).toBe(c.unionId === null);
  });

  it('gives every head a valid synthetic resident ID that says the birth date and sex on record', () => {
    const ids = new Set<string>();
    for (const h of county.households) {
      expect(NaturalPersonSchema.parse(h.party)).toEqual(h.party);
      const info = validateResidentId(h.party.residentId, { asOf: county.asOf });
      expect(info.regionCode).toBe('370785');
      expect(info.birthDate).toBe(h.birthDate);
      expect(info.sex).toBe(h.sex);
      expect(h.party.name).toMatch(/^\p{Script=Han}{2,3}$/u);
      ids.add(h.party.residentId);
    }
    expect(ids.size).toBe(county.households.length);
  });

  it('puts every household in a cooperative of its township, joined after its founding and before the season', () => {
    const coops = new Map(county.cooperatives.map((c) => [c.cooperative.id, c]));
    const townships = new Map(county.townships.map((t) => [t.id, t]));
    for (const h of county.households) {
      const c = coops.get(h.cooperativeId);
      expect(c?.townshipId).toBe(h.townshipId);
      expect(townships.get(h.townshipId)?.villages).toContain(h.village);
      expect(h.joinedOn >= (c?.cooperative.foundedOn as string)).toBe(true);
      expect(h.joinedOn < county.asOf).toBe(true);
      expect(h.party.regionCode).toBe(townships.get(h.townshipId)?.regionCode);
    }
  });

  it('lays each household’s plots near its township, in GCJ-02, adding up to its land', () => {
    const townships = new Map(county.townships.map((t) => [t.id, t]));
    for (const h of county.households) {
      const tenths = h.plots.reduce((sum, p) => sum + Math.round(p.registeredAreaMu * 10), 0);
      expect(tenths).toBe(Math.round(h.landMu * 10));
      for (const p of h.plots) {
        expect(p.memberId).toBe(h.id);
        expect(p.location.datum).toBe('GCJ-02');
        expect(p.registeredAreaMu).toBeGreaterThan(0);
        expect(km(p.location, townships.get(h.townshipId)?.centre as never)).toBeLessThan(7);
      }
    }
  });

  it('keeps every date valid and between the first founding and the end of the season', () => {
    const { households, ...rest } = county;
    const first = county.cooperatives.map((c) => c.cooperative.foundedOn).sort()[0] as string;
    expect(first >= `${county.year - 12}-01-01`).toBe(true);
    const dates = [...datesIn(rest), ...households.flatMap(({ birthDate, ...h }) => datesIn(h))];
    expect(dates.length).toBeGreaterThan(50_000);
    for (const d of new Set(dates)) {
      expect(d >= first && d <= county.outcomeThrough, d).toBe(true);
      expect(IsoDateSchema.safeParse(d).success, d).toBe(true);
    }
  });

  it('writes deliveries and meetings as core reads them', () => {
    for (const d of county.deliveries.slice(0, 500)) expect(DeliverySchema.parse(d)).toEqual(d);
    for (const m of county.meetings) {
      expect(MeetingAttendanceRecordSchema.parse(m)).toEqual(m);
      for (const id of m.present) expect(m.roll).toContain(id);
    }
  });

  it('keeps the history before the assessment date, and the season after it', () => {
    expect(county.deliveries.every((d) => d.deliveredOn < county.asOf)).toBe(true);
    expect(county.inputPurchases.every((p) => p.date < county.asOf)).toBe(true);
    expect(county.trusteeshipContracts.every((c) => c.signedOn < county.asOf)).toBe(true);
    expect(county.meetings.every((m) => m.meetingDate < county.asOf)).toBe(true);
    const season = county.loans.filter((l) => l.terms.startDate >= county.asOf);
    expect(season.map((l) => l.memberId)).toEqual(county.households.map((h) => h.id));
    expect(county.insurancePolicies.every((p) => p.startDate.startsWith(String(county.year)))).toBe(true);
  });
});
