/**
 * `embed.js`, the host page's script (as a classic or a module script): it sizes the iframe
 * embeds, defines `<trans-caspian-map>`, and tells the maps the story step the reader is at. Loaded twice, it does its work once.
 */
import { HOST_ATTRIBUTE } from '../snippet.ts';
import { MAP_ELEMENT } from './elementOptions.ts';
import { defineMapElement } from './mapElement.ts';
import { resizeMarkedIframes } from './resizeIframes.ts';
import { type StoryTarget, watchStory } from './story.ts';

/** Every map on the page: the iframe embeds and the map elements. */
function storyTargets(): StoryTarget[] {
  const frames = [...document.querySelectorAll<HTMLIFrameElement>(`iframe[${HOST_ATTRIBUTE}]`)];
  const elements = [...document.querySelectorAll(MAP_ELEMENT)] as (HTMLElement & {
    setStep?: (step: unknown) => void;
  })[];
  return [
    ...frames.map((frame) => ({
      frame,
      tell: (step: unknown) =>
        frame.contentWindow?.postMessage(
          { type: 'trans-caspian:step', step },
          new URL(frame.src).origin,
        ),
    })),
    ...elements.flatMap((element) => {
      const frame = element.shadowRoot?.querySelector('iframe');
      return frame ? [{ frame, tell: (step: unknown) => element.setStep?.(step) }] : [];
    }),
  ];
}

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
  // The story's steps are in the page once it is parsed.
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => watchStory(storyTargets));
  } else watchStory(storyTargets);
}
