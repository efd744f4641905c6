const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The link as it may be put in the page, or null when it is not an absolute http(s) or
 * mailto link: `safeHref('javascript:alert(1)')` is null.
 */
export function safeHref(url: string): string | null {
  const parsed = parseUrl(url);
  return parsed !== null && ALLOWED_PROTOCOLS.has(parsed.protocol) ? parsed.href : null;
}

/** An absolute address as a URL, or null: `parseUrl('not a url')` is null. */
export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
