/**
 * `embed.js`, the host page's script (as a classic or a module script): it sizes the iframe
 * embeds and defines `<trans-caspian-map>`. Loaded twice, it does its work once.
 */
import { defineMapElement } from './mapElement';
import { resizeMarkedIframes } from './resizeIframes';

declare global {
  interface Window {
    transCaspianEmbedHost?: boolean;
  }
}

if (!window.transCaspianEmbedHost) {
  window.transCaspianEmbedHost = true;
  resizeMarkedIframes();
  // A classic script knows its own address; a module script is found by its name.
  const script =
    document.currentScript instanceof HTMLScriptElement
      ? document.currentScript
      : document.querySelector<HTMLScriptElement>('script[src$="/embed.js"]');
  defineMapElement(script?.src ?? null);
}
