export { adjustToBusinessDay, isBusinessDay } from './adjustToBusinessDay';
export {
  BUSINESS_DAY_CONVENTIONS,
  type BusinessCalendar,
  type BusinessCalendarInput,
  BusinessCalendarSchema,
  type BusinessDayConvention,
  BusinessDayConventionSchema,
} from './businessCalendar';
export { CN_2025_BUSINESS_CALENDAR } from './cnCalendar2025';
