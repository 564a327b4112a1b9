/**
 * Vite plugin serving `virtual:content`: the content of `data/`, checked by the one schema. A bad
 * file stops the build (and shows an overlay in dev) with the file, the feature and the reason.
 * Each route comes measured against the basemap's countries and seas.
 *
 * It also writes "Get the data": the files of `src/content/downloads.ts`, under `downloads/` of
 * the build (as assets, so the precompress plugin, which runs when the bundle is closed, gives
 * them `.br`/`.gz` copies) and of the dev server.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { DOWNLOADS_DIR } from '../../src/content/downloadFiles.ts';
import { buildDownloads, type DownloadFile } from '../../src/content/downloads.ts';
import type { DataFiles, ValidationResult } from '../../src/content/validate.ts';
import { checkData } from './loadContent.ts';
import { readDataDir } from './readDataDir.ts';

const VIRTUAL_ID = 'virtual:content';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** The plugin's name, by which the desk finds it among a server's plugins. */
export const CONTENT_PLUGIN = 'trans-caspian-content';

/** What the plugin offers other plugins (Vite's `api`): the desk's preview of unsaved files. */
export interface ContentPluginApi {
  /**
   * Serves these files instead of `data/` from now on (undefined: `data/` again); `result`, their
   * check when the caller has just run it, so that it is not run again.
   */
  setDraft(files: DataFiles | undefined, result?: ValidationResult): void;
}

/**
 * The plugin; `dataDir` is the folder holding projects.json, places.geojson and the rest. With
 * `reloadPages` false (the desk), an edit of `data/` reloads no page: the desk reloads its own
 * preview, and a reload of its editor would throw away what is being typed.
 */
export function contentPlugin(
  dataDir: string,
  { reloadPages = true } = {},
): Plugin<ContentPluginApi> {
  const root = resolve(dataDir);
  // Without data/LICENCE.md (the benchmark's synthetic copies) the data's terms are not known,
  // so nothing is offered for download.
  const licensed = () => existsSync(resolve(root, 'LICENCE.md'));
  // The content last checked, and its downloads made from it when first asked for; an edit of
  // data/ clears both.
  let checked: { files: DataFiles; result: ValidationResult } | undefined;
  let downloads: DownloadFile[] | undefined;
  // The desk's unsaved files, previewed in place of data/.
  let draft: DataFiles | undefined;
  let invalidate = () => {};
  const check = () => {
    if (!checked) {
      const files = draft ?? readDataDir(root);
      checked = { files, result: checkData(files) };
    }
    return checked;
  };
  const forget = (path: string) => {
    if (!resolve(path).startsWith(root)) return false;
    checked = undefined;
    downloads = undefined;
    return true;
  };
  const currentDownloads = (): DownloadFile[] => {
    const { result } = check();
    if (!result.ok) throw new Error(`data/ is invalid:\n  ${result.errors.join('\n  ')}`);
    downloads ??= buildDownloads(result.content);
    return downloads;
  };
  return {
    name: CONTENT_PLUGIN,
    api: {
      setDraft(files, result) {
        draft = files;
        checked = files && result ? { files, result } : undefined;
        downloads = undefined;
        invalidate();
      },
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const { files, result } = check();
      // Watched, an edit of data/ reloads every page through Vite's own update: the desk's editor
      // too, mid-edit. The desk reloads its preview itself.
      if (reloadPages) for (const path of files.keys()) this.addWatchFile(resolve(root, path));
      if (!result.ok) {
        this.error(`data/ is invalid:\n  ${result.errors.join('\n  ')}`);
      }
      return `export default ${JSON.stringify(result.content)};`;
    },
    // `vite build --watch` loads the content again after an edit: it must be read again too.
    watchChange(id) {
      forget(id);
    },
    generateBundle() {
      if (!licensed()) {
        this.warn(`no LICENCE.md in ${root}: the data's terms are not known, so no downloads`);
        return;
      }
      let files: DownloadFile[] = [];
      try {
        files = currentDownloads();
      } catch (error) {
        this.error(`the downloads: ${error instanceof Error ? error.message : String(error)}`);
      }
      for (const file of files) {
        // A fixed name, not hashed: the page links it, and so may anyone who cites the data.
        this.emitFile({
          type: 'asset',
          fileName: `${DOWNLOADS_DIR}/${file.fileName}`,
          source: file.text,
        });
      }
    },
    configureServer(server) {
      server.watcher.add(root);
      invalidate = () => {
        const module = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (module) server.moduleGraph.invalidateModule(module);
      };
      const reload = (path: string) => {
        if (!forget(path)) return;
        invalidate();
        if (reloadPages) server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
      server.middlewares.use((request, response, next) => {
        const prefix = `${server.config.base}${DOWNLOADS_DIR}/`;
        const path = request.url?.split('?')[0] ?? '';
        if (!path.startsWith(prefix) || !licensed()) return next();
        try {
          const name = path.slice(prefix.length);
          const file = currentDownloads().find((candidate) => candidate.fileName === name);
          if (!file) return next();
          response.setHeader('Content-Type', file.mediaType);
          response.end(file.text);
        } catch (error) {
          next(error);
        }
      });
    },
  };
}
