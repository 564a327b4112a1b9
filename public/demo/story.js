// The story demo's map: an embed beside the text on a desktop, above it on a phone, sized to the
// viewport once at load (the map's credit below it takes up to three lines). The map may live on another origin (?map=...), but only one of these.
const MAP_ORIGINS = [location.origin, 'http://127.0.0.1:4173', 'http://localhost:4173'];
const asked = new URLSearchParams(location.search).get('map');
const askedUrl = (() => {
  try {
    return asked ? new URL(asked) : null;
  } catch {
    return null;
  }
})();
const mapBase =
  askedUrl && MAP_ORIGINS.includes(askedUrl.origin)
    ? new URL('/', askedUrl)
    : new URL('../', location.href);
const FOOTER = 32;
const phone = matchMedia('(max-width: 720px)').matches;
const height = Math.max(
  240,
  Math.min(1200, Math.round(phone ? innerHeight * 0.45 : innerHeight - 140)),
);
const iframe = document.createElement('iframe');
iframe.src = new URL(`?embed=1&mapOnly=1&height=${height}`, mapBase).href;
iframe.title = 'Map: Azerbaijan–Kazakhstan joint projects across the Caspian';
iframe.width = '100%';
iframe.height = String(height + FOOTER);
iframe.style.border = '0';
iframe.style.display = 'block';
iframe.setAttribute(
  'sandbox',
  'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads',
);
iframe.setAttribute('referrerpolicy', 'no-referrer');
iframe.setAttribute('data-trans-caspian-embed', '');
document.getElementById('map-figure').append(iframe);
const hostScript = document.createElement('script');
hostScript.src = new URL('embed.js', mapBase).href;
document.head.append(hostScript);
