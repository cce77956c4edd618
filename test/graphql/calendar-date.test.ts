// Date arguments are checked as dates, not only by their shape.
import 'reflect-metadata';
import { validate } from 'class-validator';
import { isCalendarDate } from '../../src/graphql/args/calendar-date';
import { MeetingFilter } from '../../src/graphql/args/meetings.args';

describe('isCalendarDate', () => {
  it.each(['2024-02-29', '2023-12-31', '2000-02-29', '1999-01-01'])('accepts the real day %s', (day) => {
    expect(isCalendarDate(day)).toBe(true);
  });
  it.each(['2024-02-30', '2023-02-29', '1900-02-29', '2024-13-45', '2024-00-10', '2024-04-31', '2024-01-00', '2024-1-5', '20240105', 'tomorrow', ''])('refuses %s', (day) => {
    expect(isCalendarDate(day)).toBe(false);
  });
});

it('a meeting filter with an impossible day fails validation with a message naming the field', async () => {
  const filter = Object.assign(new MeetingFilter(), { from: '2024-02-30' });
  const [error] = await validate(filter);
  expect(error.property).toBe('from');
  expect(Object.values(error.constraints ?? {})[0]).toMatch(/from must be a real date .*'2024-02-30' is not/);
});
