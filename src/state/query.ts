/** The page's query string, where the reader's language and theme are kept (`?lang=ru&theme=dark`). */

/** `search` with one parameter set, or removed for null; other parameters keep their order. */
export function withQueryParam(search: string, name: string, value: string | null): string {
  const params = new URLSearchParams(search);
  if (value === null) params.delete(name);
  else params.set(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Rewrites one query parameter of the page's URL in place (no new history entry). */
export function replaceQueryParam(name: string, value: string | null): void {
  const { pathname, search, hash } = window.location;
  const next = withQueryParam(search, name, value);
  if (next !== search)
    window.history.replaceState(window.history.state, '', `${pathname}${next}${hash}`);
}
