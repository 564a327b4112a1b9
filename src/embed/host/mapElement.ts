/**
 * `<trans-caspian-map>`: the script embed. Its light DOM, written by the embed code, already holds
 * the title, the article's words with their source and the share picture, for readers without
 * JavaScript, feed readers, search and find-in-page. Once defined, the element mounts the map in
 * an iframe inside its shadow root (so the host's styles and policy and the map's never meet),
 * sizes it to the map's content, and hides that content only once the map has spoken; with the
 * `story` attribute it sticks to the top of the screen while the story's steps scroll below. It mirrors
 * the host API: methods `select(project)`, `setView(view)`, `setLanguage(lang)`, `setStep(step)`
 * and `measure()`,
 * and the map's messages as DOM events of the same names (`trans-caspian:selected`,
 * `trans-caspian:height`, with the message as `detail`), bubbling out of the shadow root.
 */
import { parseEmbedEvent } from '../messages.ts';
import { embedUrl, IFRAME_SANDBOX } from '../snippet.ts';
import {
  elementOptions,
  MAP_ELEMENT,
  MAP_ELEMENT_ATTRIBUTES,
  type MapElementAttribute,
  mapBase,
} from './elementOptions.ts';

/** How long the content stays in place while the map has not spoken; then it stays for good. */
const GIVE_UP_MS = 30_000;

const STYLE = `:host{display:block}
iframe{display:block;width:100%;border:0;height:0;visibility:hidden}
:host([data-state=live]) iframe{visibility:visible}
:host([data-state=live]) .content,:host([data-state=failed]) iframe{display:none}
:host([story]){position:sticky;top:0;z-index:1;background:Canvas}`;

export function defineMapElement(scriptUrl: string | null): void {
  if (customElements.get(MAP_ELEMENT)) return;

  class TransCaspianMap extends HTMLElement {
    static observedAttributes = MAP_ELEMENT_ATTRIBUTES;
    #iframe: HTMLIFrameElement | null = null;
    #origin = '';
    #giveUp = 0;

    connectedCallback() {
      if (this.#iframe) return;
      const base = mapBase(this.getAttribute('src'), scriptUrl, document.baseURI);
      if (!base) return; // nowhere to load the map from: the content stays
      this.#origin = new URL(base).origin;
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = STYLE;
      const content = document.createElement('div');
      content.className = 'content';
      content.append(document.createElement('slot'));
      const iframe = document.createElement('iframe');
      iframe.setAttribute('part', 'map');
      iframe.setAttribute('sandbox', IFRAME_SANDBOX);
      iframe.setAttribute('allow', 'fullscreen');
      iframe.setAttribute('referrerpolicy', 'no-referrer');
      iframe.setAttribute('scrolling', 'no');
      shadow.replaceChildren(style, iframe, content);
      this.#iframe = iframe;
      this.#load();
      window.addEventListener('message', this.#onMessage);
    }

    disconnectedCallback() {
      window.removeEventListener('message', this.#onMessage);
      window.clearTimeout(this.#giveUp);
      this.#iframe?.remove();
      this.#iframe = null;
    }

    attributeChangedCallback(
      name: MapElementAttribute,
      before: string | null,
      after: string | null,
    ) {
      if (!this.#iframe || before === after) return;
      const live = this.dataset.state === 'live';
      const options = this.#options();
      if (live && name === 'lang') this.setLanguage(options.lang);
      else if (live && name === 'project') this.select(options.project);
      else this.#load();
    }

    /** Selects a project on the map (null for none), as the host message does. */
    select(project: string | null) {
      this.#post({ type: 'trans-caspian:select', project });
    }

    /** Moves the map to a view, `zoom/lat/lng`. */
    setView(view: string) {
      this.#post({ type: 'trans-caspian:view', view });
    }

    /** Changes the map's language without reloading it. */
    setLanguage(lang: string) {
      this.#post({ type: 'trans-caspian:language', lang });
    }

    /** Shows a story step (`{ project, date, view, visible }`, each optional; null: as it opened). */
    setStep(step: unknown) {
      this.#post({ type: 'trans-caspian:step', step });
    }

    /** Asks the map for its height again. */
    measure() {
      this.#post({ type: 'trans-caspian:measure' });
    }

    #options() {
      return elementOptions(
        (name) => this.getAttribute(name),
        this.closest('[lang]')?.getAttribute('lang') ?? '',
      );
    }

    #load() {
      const base = mapBase(this.getAttribute('src'), scriptUrl, document.baseURI);
      if (!this.#iframe || !base) return;
      const options = this.#options();
      const label = this.getAttribute('label');
      if (label) this.#iframe.title = label;
      this.#iframe.src = embedUrl(base, options);
      if (this.dataset.state !== 'live') {
        this.dataset.state = 'loading';
        window.clearTimeout(this.#giveUp);
        this.#giveUp = window.setTimeout(() => {
          if (this.dataset.state === 'loading') this.dataset.state = 'failed';
        }, GIVE_UP_MS);
      }
    }

    #post(message: object) {
      this.#iframe?.contentWindow?.postMessage(message, this.#origin);
    }

    #onMessage = (event: MessageEvent) => {
      if (!this.#iframe || event.source !== this.#iframe.contentWindow) return;
      if (event.origin !== this.#origin) return;
      const message = parseEmbedEvent(event.data);
      if (!message) return;
      if (message.type === 'trans-caspian:height') {
        this.#iframe.style.height = `${Math.ceil(message.height)}px`;
        if (this.dataset.state !== 'live') {
          window.clearTimeout(this.#giveUp);
          this.dataset.state = 'live';
        }
      }
      this.dispatchEvent(
        new CustomEvent(message.type, { detail: message, bubbles: true, composed: true }),
      );
    };
  }

  customElements.define(MAP_ELEMENT, TransCaspianMap);
}
