import { describe, expect, it } from 'vitest';
import { adjustToBusinessDay, isBusinessDay } from './adjustToBusinessDay';
import { CN_2025_BUSINESS_CALENDAR } from './cnCalendar2025';

describe('business-day calendars', () => {
  it('knows weekends, holidays and make-up working days (调休)', () => {
    expect(isBusinessDay('2025-10-01', CN_2025_BUSINESS_CALENDAR)).toBe(false);
    expect(isBusinessDay('2025-09-28', CN_2025_BUSINESS_CALENDAR)).toBe(true); // a Sunday worked
    expect(isBusinessDay('2025-10-11', CN_2025_BUSINESS_CALENDAR)).toBe(true); // a Saturday worked
    expect(isBusinessDay('2025-10-12', CN_2025_BUSINESS_CALENDAR)).toBe(false); // an ordinary Sunday
    expect(isBusinessDay('2025-10-09', CN_2025_BUSINESS_CALENDAR)).toBe(true);
  });

  it.each([
    ['2025-10-01', 'following', '2025-10-09'],
    ['2025-10-04', 'preceding', '2025-09-30'],
    ['2025-05-31', 'following', '2025-06-03'],
    ['2025-05-31', 'modifiedFollowing', '2025-05-30'], // following would leave May
    ['2025-05-31', 'none', '2025-05-31'],
    ['2025-01-26', 'following', '2025-01-26'], // Sunday, worked before the Spring Festival
  ] as const)('%s %s → %s', (date, convention, moved) => {
    expect(adjustToBusinessDay(date, CN_2025_BUSINESS_CALENDAR, convention)).toBe(moved);
  });

  it('refuses a calendar that lists a day as holiday and workday, and one with no working day', () => {
    expect(() =>
      isBusinessDay('2025-01-01', { id: 'x', holidays: ['2025-01-04'], workdays: ['2025-01-04'] }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['calendar', 'workdays', 0] }));
    expect(() =>
      adjustToBusinessDay('2025-01-01', { id: 'never', weekendDays: [1, 2, 3, 4, 5, 6, 7] }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: ['calendar'] }));
  });
});
