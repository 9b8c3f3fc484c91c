import type { BusinessCalendar } from './businessCalendar';

/**
 * The 2025 working-day calendar of mainland China, from the State Council General Office's
 * notice on the 2025 holidays (国务院办公厅关于2025年部分节假日安排的通知): 元旦 1 January;
 * 春节 28 January to 4 February (26 January and 8 February worked); 清明 4-6 April; 劳动节 1-5
 * May (27 April worked); 端午 31 May to 2 June; 国庆·中秋 1-8 October (28 September and 11
 * October worked). Example data: load each year's calendar from the published notice.
 */
export const CN_2025_BUSINESS_CALENDAR: BusinessCalendar = Object.freeze({
  id: 'CN-2025',
  weekendDays: Object.freeze([6, 7]) as number[],
  holidays: Object.freeze([
    '2025-01-01',
    '2025-01-28',
    '2025-01-29',
    '2025-01-30',
    '2025-01-31',
    '2025-02-01',
    '2025-02-02',
    '2025-02-03',
    '2025-02-04',
    '2025-04-04',
    '2025-04-05',
    '2025-04-06',
    '2025-05-01',
    '2025-05-02',
    '2025-05-03',
    '2025-05-04',
    '2025-05-05',
    '2025-05-31',
    '2025-06-01',
    '2025-06-02',
    '2025-10-01',
    '2025-10-02',
    '2025-10-03',
    '2025-10-04',
    '2025-10-05',
    '2025-10-06',
    '2025-10-07',
    '2025-10-08',
  ]) as string[],
  workdays: Object.freeze(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']) as string[],
});
