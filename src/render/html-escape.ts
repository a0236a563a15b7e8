// Escaping for HTML built as strings: every piece of input text or record data
// passes through here before it enters a page, and every link a caller gives
// is checked here before it becomes an href.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/g;

/**
 * Text safe inside an element or a double- or single-quoted attribute value.
 * Any value is shown as its string, numbers included: a record read from a
 * tampered file may hold markup where a number belongs.
 */
export function escapeHtml(value: unknown): string {
  const text = typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
  return text.replace(SPECIAL, (character) => ENTITIES[character]!);
}

/** Browsers drop tabs and line breaks anywhere in a URL, and control characters and spaces before it. */
const IGNORED_IN_URL = /[\t\n\r]/g;
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

/**
 * `href` when it is an http(s) link, a relative link or a fragment; a
 * TypeError naming it otherwise (`javascript:`, `data:` and every other scheme).
 */
export function checkedLink(href: unknown, what: string): string {
  if (typeof href !== 'string') throw new TypeError(`${what} must be a string, got ${typeof href}`);
  const url = href.replace(IGNORED_IN_URL, '');
  let start = 0;
  while (start < url.length && url.charCodeAt(start) <= 0x20) start++;
  const scheme = SCHEME.exec(url.slice(start))?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https')
    throw new TypeError(`${what} must be an http(s), relative or #fragment link, got "${href}"`);
  return href;
}
