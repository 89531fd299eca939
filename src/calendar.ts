/** Calendar days that mean the same day in every time zone: what dates are read against. */

/** Noon UTC of a calendar day: the same day in every time zone. */
export function utcNoon(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d, 12));
}

/**
 * The reference as chrono needs it. Our reference days are noon UTC, but chrono reads a Date in the process's
 * time zone (in UTC+13 noon UTC is already tomorrow), and its `timezone` option is not honoured by "last night"
 * or "this week". So it gets noon of the same calendar day in local time: every zone then sees the same day.
 */
export const forChrono = (day: Date): Date => new Date(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 12);
