/**
 * The host side of the iframe embed code: keeps each iframe marked `data-trans-caspian-embed`
 * as tall as its content. It believes a height only from that iframe's own window and only in the
 * exact shape; it sends nothing but a request to measure again, and stores nothing.
 */
import { parseEmbedEvent } from '../messages.ts';
import { HOST_ATTRIBUTE } from '../snippet.ts';

export function resizeMarkedIframes(): void {
  const marked = () => document.querySelectorAll<HTMLIFrameElement>(`iframe[${HOST_ATTRIBUTE}]`);
  // An embed may have reported its height before this script arrived: ask again.
  for (const iframe of marked()) {
    const ask = () => iframe.contentWindow?.postMessage({ type: 'trans-caspian:measure' }, '*');
    iframe.addEventListener('load', ask);
    ask();
  }
  window.addEventListener('message', (event) => {
    const message = parseEmbedEvent(event.data);
    if (message?.type !== 'trans-caspian:height') return;
    for (const iframe of marked()) {
      if (event.source === iframe.contentWindow) {
        iframe.style.height = `${Math.ceil(message.height)}px`;
        iframe.setAttribute('scrolling', 'no');
      }
    }
  });
}
