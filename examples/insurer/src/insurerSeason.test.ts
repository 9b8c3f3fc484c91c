import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runInsurerSeason } from './insurerSeason';
import { formatSummary } from './summary';

describe('the insurer’s season, end to end', () => {
  it('adds up premiums by payer and claims paid, to the fen', async () => {
    const { shares, settlement } = await runInsurerSeason();
    // Four policies: 12.5 + 20.15 + 3.4 + 30 = 66.05 mu at 27 yuan of premium per mu.
    expect(shares).toEqual({
      policies: 4,
      sumInsuredFen: 2_972_250,
      premiumFen: 178_335,
      centreFen: 80_251,
      provinceFen: 44_583,
      countyFen: 17_834,
      farmerFen: 35_667,
    });
    expect(shares.centreFen + shares.provinceFen + shares.countyFen + shares.farmerFen).toBe(
      shares.premiumFen,
    );
    expect(settlement.paidFen).toBe(902_448);
  });

  it('prints the same summary on every run, in Chinese by default and in English', async () => {
    const first = formatSummary(await runInsurerSeason());
    expect(formatSummary(await runInsurerSeason())).toEqual(first);
    expect(first[1]).toBe('投保 5 户：承保 4 户，拒保 1 户');
    expect(formatSummary(await runInsurerSeason(), 'en')).toEqual([
      'Fengshou Wheat Growers Cooperative · winter wheat insurance (2025-10-15 – 2026-06-10)',
      '5 applications: 4 insured, 1 refused',
      '  M001  12.5 mu  premium CN¥337.50 = centre CN¥151.88 + province CN¥84.37 + county CN¥33.75 + farmer CN¥67.50  [12.5 mu under trusteeship]',
      '  M002  20.15 mu  premium CN¥544.05 = centre CN¥244.82 + province CN¥136.01 + county CN¥54.41 + farmer CN¥108.81  [20.15 mu under trusteeship]',
      '  M004  3.4 mu  premium CN¥91.80 = centre CN¥41.31 + province CN¥22.95 + county CN¥9.18 + farmer CN¥18.36  [no trusteeship contract, not checked]',
      '  M005  30 mu  premium CN¥810.00 = centre CN¥364.50 + province CN¥202.50 + county CN¥81.00 + farmer CN¥162.00  [30 mu under trusteeship]',
      'Refused M003: 8.8 mu asked, only 6 mu under trusteeship contract (FINANCE_RULE)',
      'Premiums CN¥1,783.35 = centre CN¥802.51 + province CN¥445.83 + county CN¥178.34 + farmer CN¥356.67',
      'Claims: hail on 2026-05-12, heading to filling (stage cap 80%, deductible 10%)',
      '  M001  10 mu damaged, loss rate 50%  indemnity CN¥1,440.00',
      '  M002  20.15 mu damaged, loss rate 85%  indemnity CN¥7,254.00 (total loss)',
      '  M004  3.4 mu damaged, loss rate 37%  indemnity CN¥330.48',
      '  M005  12.3 mu damaged, loss rate 8%  indemnity CN¥0.00 (below the deductible)',
      'Paid 3 claims, CN¥9,024.48 in all',
    ]);
  });

  it('prints what the README says it prints', async () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const printed = /```text\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(printed).toBe(`${formatSummary(await runInsurerSeason()).join('\n')}\n`);
  });
});
