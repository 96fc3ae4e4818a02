export * from "./workCalendar";
export { HOLIDAY_NAMES, ARRANGEMENTS, statutoryHolidays, type HolidayName } from "./chinaHolidays";
