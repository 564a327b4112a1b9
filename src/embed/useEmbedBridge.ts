/**
 * The embedded map's side of the conversation with its host page: it reports its content height
 * and the reader's selection, and obeys the host's validated commands.
 */
import { useEffect } from 'react';
import { appI18n } from '../i18n/appI18n.ts';
import type { EmbedParams } from '../state/embedParams.ts';
import { onChangeOf, useAppStore } from '../state/store.ts';
import { parseHash } from '../state/url.ts';
import {
  asksForHeight,
  type HostContext,
  heightMessagesFor,
  wordpressLinkMessage,
} from './hostProtocols.ts';
import { type EmbedEvent, originAllowed, parseHostCommand } from './messages.ts';
import { type StoryStep, stepNarration, stepState } from './story.ts';

/** Wires the bridge while `params.embedded` and there is a parent page to talk to. */
export function useEmbedBridge(
  params: EmbedParams,
  projects: readonly string[],
  host: HostContext,
): void {
  useEffect(() => {
    if (!params.embedded || window.parent === window) return;
    // With an allowlist, messages go only to those origins; height and selection say nothing
    // about the reader, so without one they go to whichever page embeds the map.
    const targets = params.origins.length > 0 ? params.origins : ['*'];
    const post = (message: EmbedEvent | ReturnType<typeof heightMessagesFor>[number]) => {
      for (const target of targets) window.parent.postMessage(message, target);
    };

    // Where the map opened: a story goes back to it above its first step.
    const opened = useAppStore.getState();
    const opening: StoryStep = {
      project: opened.selected,
      date: opened.asOf,
      view: parseHash(window.location.hash, projects).view,
      visible:
        opened.hidden.length > 0 ? projects.filter((id) => !opened.hidden.includes(id)) : null,
    };

    const root = document.getElementById('root');
    let lastHeight = 0;
    const reportHeight = () => {
      if (lastHeight > 0) for (const message of heightMessagesFor(lastHeight, host)) post(message);
    };
    const measure = () => {
      const height = root?.getBoundingClientRect().height ?? 0;
      if (height === lastHeight || height <= 0) return;
      lastHeight = height;
      reportHeight();
    };
    const observer = new ResizeObserver(measure);
    if (root) observer.observe(root);
    // A host may hide the iframe until it hears a height (WordPress clips it to nothing), and a
    // hidden frame runs no rendering steps, so no resize observation: measure once by hand too.
    measure();
    window.addEventListener('load', measure);
    post({ type: 'trans-caspian:selected', project: useAppStore.getState().selected });

    const unsubscribe = onChangeOf(['selected'], (state) =>
      post({ type: 'trans-caspian:selected', project: state.selected }),
    );

    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent || !originAllowed(event.origin, params.origins)) return;
      if (asksForHeight(event.data)) {
        reportHeight();
        return;
      }
      const command = parseHostCommand(event.data, projects);
      if (!command) return;
      const store = useAppStore.getState();
      if (command.type === 'trans-caspian:measure') {
        reportHeight();
      } else if (command.type === 'trans-caspian:select') {
        if (command.project === null) store.clearSelection();
        else {
          store.setVisible(command.project, true);
          store.select(command.project);
          store.requestCamera({ project: command.project });
        }
      } else if (command.type === 'trans-caspian:view') {
        store.requestCamera({ view: command.view });
      } else if (command.type === 'trans-caspian:step') {
        const step = command.step ?? opening;
        store.showStep(stepState(step, projects), stepNarration(step, appI18n(store.language)));
      } else {
        store.setLanguage(command.lang);
      }
    };
    // Under WordPress's sandbox a link cannot open a tab: wp-embed opens the map's own links.
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      const message =
        link && wordpressLinkMessage(link.getAttribute('href') ?? '', window.location.href, host);
      if (!message) return;
      event.preventDefault();
      post(message);
    };
    window.addEventListener('message', onMessage);
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('click', onClick);
      window.removeEventListener('load', measure);
      observer.disconnect();
      unsubscribe();
      window.removeEventListener('message', onMessage);
    };
  }, [params, projects, host]);
}
