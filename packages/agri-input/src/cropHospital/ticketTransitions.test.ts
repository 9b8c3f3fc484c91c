import { describe, expect, it } from 'vitest';
import { EXAMPLE_PESTICIDES } from '../catalogue/exampleCatalogue';
import { checkPrescription } from './checkPrescription';
import { diagnoseTicket, followUpTicket, openTicket, prescribeTicket } from './ticketTransitions';

const opened = openTicket({
  id: 'T-1',
  memberId: 'M001',
  crop: 'winterWheat',
  symptoms: ['叶片发黄，有锈色斑点'],
  openedOn: '2026-04-20',
});
const DIAGNOSIS = {
  diagnosedOn: '2026-04-21',
  kind: 'disease' as const,
  problem: { 'zh-CN': '小麦条锈病', en: 'wheat stripe rust' },
  diagnosedBy: 'agronomist-07',
};
const diagnosed = diagnoseTicket(opened, DIAGNOSIS);
const tebuconazole = (applicationDate: string) => ({
  pesticideId: 'tebuconazole-430sc',
  dosePerMu: { amount: 15, unit: 'mL' as const },
  applicationDate,
});

describe('crop hospital tickets', () => {
  it('moves open → diagnosed → prescribed → followedUp → prescribed → closed', () => {
    expect(opened).toMatchObject({
      status: 'open',
      photoUrls: [],
      diagnosis: null,
      prescriptions: [],
      followUps: [],
    });
    const prescribed = prescribeTicket(
      diagnosed,
      { prescribedOn: '2026-04-21', plannedHarvestDate: '2026-06-05', items: [tebuconazole('2026-04-22')] },
      EXAMPLE_PESTICIDES,
    );
    expect(prescribed.prescriptions[0]?.items[0]?.safeHarvestFrom).toBe('2026-05-13');
    const still = followUpTicket(prescribed, { followedUpOn: '2026-04-29', outcome: 'improved' });
    expect(still.status).toBe('followedUp');
    const again = prescribeTicket(
      still,
      { prescribedOn: '2026-04-29', plannedHarvestDate: '2026-06-05', items: [tebuconazole('2026-04-30')] },
      EXAMPLE_PESTICIDES,
    );
    const closed = followUpTicket(again, { followedUpOn: '2026-05-08', outcome: 'resolved' });
    expect(closed.status).toBe('closed');
    expect(closed.prescriptions).toHaveLength(2);
    expect(() => diagnoseTicket(closed, { ...DIAGNOSIS, diagnosedOn: '2026-05-09' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['ticket', 'status'] }),
    );
  });

  it('accepts harvest on the last day of the interval, and refuses the day before', () => {
    // Tebuconazole on wheat: 21 days. Applied 2026-05-15 → safe from 2026-06-05.
    const ok = checkPrescription(
      'winterWheat',
      { prescribedOn: '2026-05-15', plannedHarvestDate: '2026-06-05', items: [tebuconazole('2026-05-15')] },
      EXAMPLE_PESTICIDES,
    );
    expect(ok.items[0]).toMatchObject({
      preHarvestIntervalDays: 21,
      safeHarvestFrom: '2026-06-05',
      toxicity: 'low',
    });
    expect(() =>
      checkPrescription(
        'winterWheat',
        { prescribedOn: '2026-05-15', plannedHarvestDate: '2026-06-04', items: [tebuconazole('2026-05-15')] },
        EXAMPLE_PESTICIDES,
      ),
    ).toThrow(
      expect.objectContaining({ code: 'DATE_ORDER', path: ['prescription', 'items', 0, 'applicationDate'] }),
    );
  });

  it('refuses dates out of order and a dose in another unit', () => {
    expect(() => diagnoseTicket(opened, { ...DIAGNOSIS, diagnosedOn: '2026-04-19' })).toThrow(
      expect.objectContaining({ code: 'DATE_ORDER', path: ['diagnosis', 'diagnosedOn'] }),
    );
    expect(() =>
      checkPrescription(
        'winterWheat',
        { prescribedOn: '2026-05-15', plannedHarvestDate: '2026-07-01', items: [tebuconazole('2026-05-14')] },
        EXAMPLE_PESTICIDES,
      ),
    ).toThrow(expect.objectContaining({ code: 'DATE_ORDER' }));
    expect(() =>
      checkPrescription(
        'winterWheat',
        {
          prescribedOn: '2026-05-15',
          plannedHarvestDate: '2026-07-01',
          items: [{ ...tebuconazole('2026-05-15'), dosePerMu: { amount: 15, unit: 'g' } }],
        },
        EXAMPLE_PESTICIDES,
      ),
    ).toThrow(expect.objectContaining({ path: ['prescription', 'items', 0, 'dosePerMu'] }));
    expect(() =>
      openTicket({
        id: 'T-2',
        memberId: 'M1',
        crop: 'maize',
        symptoms: ['x'],
        openedOn: '2026-04-20',
        photoUrls: ['ftp://example.org/a.jpg'],
      }),
    ).toThrow(expect.objectContaining({ path: ['opening', 'photoUrls', 0] }));
  });
});
