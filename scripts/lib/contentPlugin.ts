/**
 * Vite plugin serving `virtual:content`: the content of `data/`, checked by the one schema. A bad
 * file stops the build (and shows an overlay in dev) with the file, the feature and the reason.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { validateContent } from '../../src/content/validate.ts';
import { readDataDir } from './readDataDir.ts';

const VIRTUAL_ID = 'virtual:content';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** The plugin; `dataDir` is the folder holding projects.json, places.geojson and the rest. */
export function contentPlugin(dataDir: string): Plugin {
  const root = resolve(dataDir);
  return {
    name: 'trans-caspian-content',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const files = readDataDir(root);
      for (const path of files.keys()) this.addWatchFile(resolve(root, path));
      const result = validateContent(files);
      if (!result.ok) {
        this.error(`data/ is invalid:\n  ${result.errors.join('\n  ')}`);
      }
      return `export default ${JSON.stringify(result.content)};`;
    },
    configureServer(server) {
      server.watcher.add(root);
      const reload = (path: string) => {
        if (!resolve(path).startsWith(root)) return;
        const module = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
    },
  };
}
