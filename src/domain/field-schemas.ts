// The fields every part of a story is made of: ids, text, dates and time zones, each with the
// message a writer is shown when one is wrong.
import { DATE_FORMS, parseDateValue } from './dates.ts';
import { isTimeZone } from './time-zones.ts';
import { formatCount } from './intl-cache.ts';
import { z } from './zod.ts';

export const idSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'an id is lowercase letters, digits and single hyphens, such as "bessent-kyiv"',
  )
  .max(100, 'an id is at most 100 characters');

// Anything but spaces and invisible format characters (zero-width spaces, joiners, direction
// marks). A test, not a replace: it stops at the first visible character and copies nothing.
const VISIBLE = /[^\s\p{Cf}\p{Z}]/u;

export function textSchema(max: number) {
  return (
    z
      .string()
      .trim()
      .min(1, 'must not be empty')
      // The message is written only when needed: a number format takes 20 ms to build.
      .max(max, { error: () => `is longer than ${formatCount(max, 'en')} characters` })
      .refine((text) => VISIBLE.test(text), {
        message: 'has no visible characters',
        abort: true,
      })
  );
}

export const dateValueSchema = z
  .string()
  .regex(DATE_FORMS, {
    error: (issue) =>
      `"${String(issue.input)}" is not a date: write 2025, 2025-02, 2025-02-12 or 2025-02-12T10:00-05:00`,
  })
  .meta({
    description:
      'A date as precise as it is known: 2025, 2025-02, 2025-02-12, or a moment with its UTC offset such as 2025-02-12T10:00-05:00.',
  })
  .transform((text, ctx) => {
    const result = parseDateValue(text);
    if (result.ok) return result.value;
    ctx.addIssue({ code: 'custom', message: result.message });
    return z.NEVER;
  });

export const timeZoneSchema = z.string().refine(isTimeZone, {
  error: (issue) => `"${String(issue.input)}" is not an IANA time zone, such as "Europe/Kyiv"`,
});
