import { parseDateValue, type DateValue } from '../domain/dates.ts';

/** A story date, read as a story file writes it: `date('2025-02-12')`. Throws if it is none. */
export function date(text: string): DateValue {
  const result = parseDateValue(text);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}
