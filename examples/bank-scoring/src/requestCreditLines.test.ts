import { createBankClient } from '@hezuo/finance';
import { type ReferenceBank, startReferenceBank } from '@hezuo/reference-bank';
import { afterEach, describe, expect, it } from 'vitest';
import type { ScoredHousehold } from './readScores';
import { requestCreditLines } from './requestCreditLines';

const households: ScoredHousehold[] = [
  { householdId: 'H00001', score: 612, grade: 'AAA', reasons: [] },
  { householdId: 'H00002', score: 541, grade: 'unrated', reasons: ['finance.onTimeShare'] },
  { householdId: 'H00003', score: 583, grade: 'AA', reasons: ['core.equityFen'] },
  { householdId: 'H00004', score: 566, grade: 'A', reasons: ['core.headAge'] },
];
const cooperativeOf = new Map(households.map((h) => [h.householdId, '93370785MA00000017']));
const model = { id: 'county-bank.household-scorecard', hash: 'f'.repeat(64) };
const requests = {
  cooperativeOf,
  requestedFen: { AAA: 6_000_000, AA: 5_000_000, A: 2_000_000 },
  requestIdPrefix: 'CLR-2027',
};

let bank: ReferenceBank | undefined;
afterEach(async () => {
  await bank?.close();
  bank = undefined;
});

describe('asking the bank for credit lines', () => {
  it('asks for each rated household, and the bank grants up to its cap per grade', async () => {
    bank = await startReferenceBank({ now: () => new Date('2027-01-15T01:00:00Z') });
    const outcomes = await requestCreditLines(
      createBankClient({ baseUrl: bank.url }),
      households,
      model,
      requests,
    );
    expect(
      outcomes.map((o) => [o.householdId, o.grade, o.requestedFen, o.decision.approvedAmountFen]),
    ).toEqual([
      ['H00001', 'AAA', 6_000_000, 6_000_000],
      ['H00003', 'AA', 5_000_000, 3_000_000], // the reference bank's AA cap is 30,000 yuan
      ['H00004', 'A', 2_000_000, 2_000_000],
    ]);
    expect(outcomes[0]?.decision).toMatchObject({
      status: 'approved',
      validFrom: '2027-01-15',
      validUntil: '2029-01-14',
    });
  });

  it('grants each line once when the round is sent again', async () => {
    bank = await startReferenceBank();
    const client = createBankClient({ baseUrl: bank.url });
    const first = await requestCreditLines(client, households, model, requests);
    const again = await requestCreditLines(client, households, model, requests);
    expect(again).toEqual(first);
    expect(bank.creditLines()).toHaveLength(3);
  });

  it('stops at a household with no cooperative on record, before asking for it', async () => {
    bank = await startReferenceBank();
    const client = createBankClient({ baseUrl: bank.url });
    const without = { ...requests, cooperativeOf: new Map([['H00001', '93370785MA00000017']]) };
    await expect(requestCreditLines(client, households, model, without)).rejects.toThrow(/H00003/);
    expect(bank.creditLines().map((d) => d.requestId)).toEqual(['CLR-2027-H00001']);
  });
});
