// The map may live on another origin (?map=...), but only one of these: this page never
// frames, let alone runs, whatever a link names.
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
const iframe = document.createElement('iframe');
iframe.src = new URL('?embed=1&height=440', mapBase).href;
iframe.title = 'Map: Azerbaijan–Kazakhstan joint projects across the Caspian';
iframe.width = '100%';
iframe.height = '472';
iframe.loading = 'lazy';
iframe.style.border = '0';
iframe.style.display = 'block';
iframe.setAttribute(
  'sandbox',
  'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads',
);
iframe.setAttribute('referrerpolicy', 'no-referrer');
iframe.setAttribute('data-trans-caspian-embed', '');
document.getElementById('map-figure').prepend(iframe);
const hostScript = document.createElement('script');
hostScript.src = new URL('../embed.js', location.href).href;
document.head.append(hostScript);

const phrases = [...document.querySelectorAll('.phrase')];
for (const phrase of phrases) {
  phrase.addEventListener('click', () => {
    iframe.contentWindow.postMessage(
      { type: 'trans-caspian:select', project: phrase.dataset.project },
      mapBase.origin,
    );
  });
}
window.addEventListener('message', (event) => {
  if (event.source !== iframe.contentWindow || event.origin !== mapBase.origin) return;
  const data = event.data;
  if (data?.type !== 'trans-caspian:selected') return;
  for (const phrase of phrases) {
    phrase.setAttribute('aria-pressed', String(phrase.dataset.project === data.project));
  }
});
