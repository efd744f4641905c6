// Building an Intl formatter loads locale data and costs about a millisecond; formatting with
// one that exists costs microseconds. Every formatter the app needs is built once, here.

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** `new Intl.DateTimeFormat(locale, options)`, built once for each locale and options. */
export function dateTimeFormat(
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions = {},
): Intl.DateTimeFormat {
  const key = `${locale ?? ''} ${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

/** `new Intl.NumberFormat(locale, options)`, built once for each locale and options. */
export function numberFormat(
  locale: string,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A count as the locale writes it: `formatCount(3178, 'en')` → "3,178". */
export function formatCount(count: number, locale: string): string {
  return numberFormat(locale).format(count);
}

/** Megabytes as the locale writes them: `formatMegabytes(12, 'en')` → "12 MB". */
export function formatMegabytes(megabytes: number, locale: string): string {
  return numberFormat(locale, { style: 'unit', unit: 'megabyte' }).format(megabytes);
}
