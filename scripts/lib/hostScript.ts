/**
 * `embed.js`, the script a host page loads, bundled from `src/embed/host/main.ts` by esbuild into
 * one small file that runs as a classic or a module script: served by the dev server, written into
 * the build. Its name has no hash, since news pages keep pointing at it.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const ENTRY = fileURLToPath(new URL('../../src/embed/host/main.ts', import.meta.url));
export const HOST_SCRIPT = 'embed.js';

/** The bundled script's text. */
export async function bundleHostScript(): Promise<string> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('embed.js: esbuild wrote nothing');
  return output.text;
}

export function hostScript(): Plugin {
  return {
    name: 'trans-caspian-host-script',
    configureServer(server) {
      server.middlewares.use(async (request, response, next) => {
        if (request.url?.split('?')[0] !== `/${HOST_SCRIPT}`) return next();
        try {
          response.setHeader('content-type', 'text/javascript');
          response.end(await bundleHostScript());
        } catch (error) {
          next(error);
        }
      });
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: HOST_SCRIPT, source: await bundleHostScript() });
    },
  };
}
