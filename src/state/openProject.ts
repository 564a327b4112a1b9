/** Opens a project from a list (the legend's, the table's): shown, selected and fitted on the map. */
import { useAppStore } from './store.ts';

export function openProject(id: string): void {
  const store = useAppStore.getState();
  store.setVisible(id, true);
  store.select(id, [], true);
  store.requestCamera({ project: id });
}
