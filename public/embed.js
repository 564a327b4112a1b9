/*
 * Trans-Caspian map: host script for embeds. Keeps each iframe marked data-trans-caspian-embed
 * as tall as its content. It trusts a height message only from that iframe's own window and only
 * in the expected shape; it sends nothing and stores nothing.
 */
(() => {
  if (window.transCaspianEmbedHost) return;
  window.transCaspianEmbedHost = true;
  const MAX_HEIGHT = 20000;
  // An embed may have reported its height before this script arrived: ask again.
  for (const iframe of document.querySelectorAll('iframe[data-trans-caspian-embed]')) {
    const ask = () => iframe.contentWindow?.postMessage({ type: 'trans-caspian:measure' }, '*');
    iframe.addEventListener('load', ask);
    ask();
  }
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (
      !data ||
      typeof data !== 'object' ||
      data.type !== 'trans-caspian:height' ||
      typeof data.height !== 'number' ||
      !Number.isFinite(data.height) ||
      data.height <= 0 ||
      data.height > MAX_HEIGHT
    ) {
      return;
    }
    for (const iframe of document.querySelectorAll('iframe[data-trans-caspian-embed]')) {
      if (event.source === iframe.contentWindow) {
        iframe.style.height = `${Math.ceil(data.height)}px`;
        iframe.setAttribute('scrolling', 'no');
      }
    }
  });
})();
