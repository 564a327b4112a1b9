/**
 * The share pages under `npm start`: the dev server draws each page, picture and oEmbed response
 * when it is asked for, for TRANS_CASPIAN_PUBLIC_URL when set, else for the address the dev server
 * was reached at (e.g. http://localhost:5173/).
 */
import { fileURLToPath } from 'node:url';
import type { Plugin, ViteDevServer } from 'vite';
import { publicUrlFrom } from '../../src/share/publicUrl.ts';
import type { ShareSite } from './shareSite.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function sharePagesDev(): Plugin {
  const sites = new Map<string, Promise<ShareSite>>();
  const siteFor = (server: ViteDevServer, host: string | undefined) => {
    const configured = publicUrlFrom(process.env.TRANS_CASPIAN_PUBLIC_URL);
    const base = configured.ok ? configured.url : `http://${host ?? 'localhost:5173'}/`;
    let site = sites.get(base);
    if (!site) {
      // Loaded on first use, through the dev server's own module loader: the renderer and its
      // fonts stay out of the config and of every other Vite command.
      site = server
        .ssrLoadModule('/scripts/lib/shareSite.ts')
        .then((module) => (module as typeof import('./shareSite.ts')).loadShareSite(ROOT, base));
      sites.set(base, site);
    }
    return site;
  };
  return {
    name: 'trans-caspian-share-pages-dev',
    apply: 'serve',
    configureServer(server) {
      // Content edits show on the next request.
      server.watcher.on('change', (path) => {
        if (path.includes('/data/')) sites.clear();
      });
      server.middlewares.use(async (request, response, next) => {
        const path = request.url?.split('?')[0]?.replace(/^\//, '') ?? '';
        if (!path.startsWith('share/')) return next();
        try {
          const file = (await siteFor(server, request.headers.host)).file(path);
          if (!file) return next();
          response.setHeader('content-type', file.type);
          response.end(file.body);
        } catch (error) {
          next(error);
        }
      });
    },
  };
}
