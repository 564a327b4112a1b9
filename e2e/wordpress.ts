/** A WordPress host, as its code and documentation describe it, for the embed tests. */

/**
 * What WordPress does to an oEmbed response's html from a provider it does not know
 * (wp_filter_oembed_result): keep only `a[href]`, `blockquote` and the iframe's src, width,
 * height, frameborder, margins, scrolling, title and class; take the blockquote and the iframe;
 * hide the iframe until it speaks; sandbox it with `allow-scripts` alone; put the secret on both
 * and at the end of the iframe's address.
 */
export function wordpressFiltered(html: string, secret: string): string {
  const allowed: Record<string, readonly string[]> = {
    a: ['href'],
    blockquote: [],
    iframe: [
      'src',
      'width',
      'height',
      'frameborder',
      'marginwidth',
      'marginheight',
      'scrolling',
      'title',
      'class',
    ],
  };
  const kept = html.replace(
    /<(\/?)([a-z]+)([^>]*)>/gi,
    (_tag, close: string, name: string, rest: string) => {
      const attributes = allowed[name.toLowerCase()];
      if (!attributes) return '';
      if (close) return `</${name}>`;
      const pairs = [...rest.matchAll(/([a-z-]+)(?:="([^"]*)")?/gi)]
        .filter(([, key]) => attributes.includes((key ?? '').toLowerCase()))
        .map(([, key, value]) => ` ${key}="${value ?? ''}"`);
      return `<${name}${pairs.join('')}>`;
    },
  );
  const parts = /(<blockquote>.*?<\/blockquote>)?.*(<iframe.*?><\/iframe>)/s.exec(kept);
  if (!parts?.[2]) throw new Error('WordPress would drop this embed: no iframe');
  let filtered = (parts[1] ?? '') + parts[2];
  if (parts[1]) {
    filtered = filtered
      .replace('<iframe', '<iframe style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"')
      .replace('<blockquote', '<blockquote class="wp-embedded-content"');
  }
  return filtered
    .replace(
      '<iframe',
      '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"',
    )
    .replace(
      / src="([^"]*)"/,
      (_match, src: string) => ` src="${src}#?secret=${secret}" data-secret="${secret}"`,
    )
    .replace('<blockquote', `<blockquote data-secret="${secret}"`);
}

/** wp-embed.js's side, in the message format it documents. */
export const WP_EMBED_HOST = `<script>addEventListener('message', (e) => {
  const d = e.data;
  if (!d || !d.secret || !d.message || /[^a-zA-Z0-9]/.test(d.secret)) return;
  for (const q of document.querySelectorAll('blockquote[data-secret="' + d.secret + '"]')) q.style.display = 'none';
  for (const f of document.querySelectorAll('iframe[data-secret="' + d.secret + '"]')) {
    if (e.source !== f.contentWindow) continue;
    f.removeAttribute('style');
    if (d.message === 'height') f.height = Math.min(Math.max(parseInt(d.value, 10), 200), 1000);
    if (d.message === 'link' && new URL(d.value).host === new URL(f.src).host && document.activeElement === f) top.location.href = d.value;
  }
});</script>`;
