/** Keeps the URL's hash and the store in step: replaceState on change, and back on `hashchange`. */
import { useEffect } from 'react';
import { asOfFor } from '../content/content.ts';
import { type AppState, onChangeOf, useAppStore } from './store.ts';
import { askedProject, parseHash, serializeHash } from './url.ts';

/** The project a hash asks for when the map has no such project, else null. */
function unknownProjectIn(hash: string, knownProjects: readonly string[]): string | null {
  const asked = askedProject(hash);
  return asked !== null && !knownProjects.includes(asked) ? asked : null;
}

/** The hash the store was seeded from: a hash changed before the sync began is applied then. */
let seededHash: string | null = null;

/** Seeds the store from a hash; used once before the first render. */
export function seedFromHash(hash: string, knownProjects: readonly string[]): void {
  seededHash = hash;
  const parsed = parseHash(hash, knownProjects);
  useAppStore.setState({
    view: parsed.view,
    selected: parsed.project,
    asOf: asOfFor(parsed.date),
    table: parsed.table === true,
    alternatives: [],
    unknownProject: unknownProjectIn(hash, knownProjects),
  });
}

/**
 * Writes view and selection to the URL, and applies a hash the reader edits by hand, unless
 * `followHashChanges` is false (an embed with an origin allowlist: its parent could otherwise
 * drive it by rewriting the iframe's fragment).
 */
export function useUrlSync(knownProjects: readonly string[], followHashChanges = true): void {
  useEffect(() => {
    const writeHash = (state: AppState) => {
      const hash = serializeHash({
        view: state.view,
        project: state.selected,
        date: state.asOf,
        table: state.table,
      });
      if (hash === window.location.hash) return;
      const { pathname, search } = window.location;
      window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
    };
    const unsubscribe = onChangeOf(['view', 'selected', 'asOf', 'table'], writeHash);
    const onHashChange = () => {
      const parsed = parseHash(window.location.hash, knownProjects);
      const store = useAppStore.getState();
      store.setUnknownProject(unknownProjectIn(window.location.hash, knownProjects));
      store.setAsOf(asOfFor(parsed.date));
      if (parsed.view) store.requestCamera({ view: parsed.view });
      else if (parsed.project) store.requestCamera({ project: parsed.project });
      if (parsed.project) {
        // A link names a project to show: bring it back if the reader had hidden it.
        store.setVisible(parsed.project, true);
        store.select(parsed.project);
      } else {
        store.clearSelection();
      }
      // After the selection, which shows the map: a link can ask for a project and the table.
      store.setTable(parsed.table === true);
      // Whatever was typed, the URL goes back to saying what the map shows.
      writeHash(useAppStore.getState());
    };
    if (followHashChanges) {
      window.addEventListener('hashchange', onHashChange);
      // A hash set between the seeding and now (a host or the desk's preview, while the page
      // started) fired its event before anyone listened: apply it, before the map's first moves
      // write over it.
      if (seededHash !== null && window.location.hash !== seededHash) onHashChange();
      seededHash = null;
    }
    return () => {
      unsubscribe();
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [knownProjects, followHashChanges]);
}
