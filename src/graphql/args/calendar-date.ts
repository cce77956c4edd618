// A date argument must be a day that exists: the ISO shape alone lets 2024-02-30 or
// 2024-13-45 through to Cypher, whose date() then fails as an internal error.
import { ValidateBy, ValidationOptions } from 'class-validator';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for YYYY-MM-DD naming a real day of the Gregorian calendar (leap years included). */
export function isCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one; UTC avoids time-zone shifts.
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** class-validator decorator: an ISO date (YYYY-MM-DD) that exists. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value) => isCalendarDate(value),
        defaultMessage: (args) => `${args?.property ?? 'the date'} must be a real date in ISO form (YYYY-MM-DD), e.g. 2024-02-29; '${String(args?.value)}' is not`,
      },
    },
    options,
  );
}
