/** The map's public address, which the share pages need for absolute URLs. Pure. */

export type PublicUrl = { ok: true; url: string } | { ok: false; error: string };

const EXAMPLE = 'https://maps.example.org/trans-caspian/';

/** Reads the address from TRANS_CASPIAN_PUBLIC_URL: absolute http(s), ending in a slash. */
export function publicUrlFrom(value: string | undefined): PublicUrl {
  if (!value) {
    return {
      ok: false,
      error: `set TRANS_CASPIAN_PUBLIC_URL to the address dist/ is served from, e.g. TRANS_CASPIAN_PUBLIC_URL=${EXAMPLE} npm run build: link previews need absolute URLs.`,
    };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return {
      ok: false,
      error: `TRANS_CASPIAN_PUBLIC_URL is not a URL: "${value}" (e.g. ${EXAMPLE})`,
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return {
      ok: false,
      error: `TRANS_CASPIAN_PUBLIC_URL must be http or https, not ${url.protocol}`,
    };
  }
  if (url.search || url.hash) {
    return { ok: false, error: 'TRANS_CASPIAN_PUBLIC_URL must have no query or fragment' };
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { ok: true, url: url.href };
}
