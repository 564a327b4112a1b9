/**
 * `npm run desk [-- --port N]`: the newsroom's editor for `data/`, on this checkout, served on the
 * loopback address only, by the app's own dev server (so the preview is the real map). Never part
 * of a build: `vite build` knows only index.html.
 */
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createServer } from 'vite';
import { DESK_PAGE } from '../src/desk/protocol.ts';
import { deskPlugin } from './desk/deskPlugin.ts';

/** The desk's port when none is given. */
export const DESK_PORT = 5183;

const { values } = parseArgs({
  options: { port: { type: 'string' }, data: { type: 'string' } },
});
const port = Number(values.port ?? process.env.DESK_PORT ?? DESK_PORT);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`--port must be a port number, not "${values.port}"`);
  process.exit(1);
}
const root = fileURLToPath(new URL('..', import.meta.url));
// `--data DIR` edits another copy of data/ (the end-to-end tests edit a scratch copy).
const dataDir = resolve(values.data ?? fileURLToPath(new URL('../data', import.meta.url)));
// The preview (the app's content plugin, configured in vite.config.ts) reads the same folder.
process.env.TRANS_CASPIAN_DATA = dataDir;
process.env.TRANS_CASPIAN_DESK = '1';
const secret = randomBytes(32).toString('base64url');

const server = await createServer({
  root,
  configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
  plugins: [deskPlugin({ dataDir, port, secret })],
  // Both pages' dependencies found before the first page loads: one found later (the route
  // editor's map, say) would make Vite optimise again and reload the desk mid-edit.
  optimizeDeps: { entries: ['index.html', 'desk.html'] },
  server: {
    host: '127.0.0.1',
    port,
    strictPort: true,
    // No cross-origin reads of any page (Vite's default lets other localhost origins read):
    // the desk's page holds the secret.
    cors: false,
    allowedHosts: [],
    // The desk lists the check's problems itself; Vite's overlay would cover the editor.
    hmr: { overlay: false },
    // Both pages transformed while the desk starts, so the first one opened is not the slowest.
    warmup: { clientFiles: ['./src/main.tsx', './src/desk/main.tsx'] },
  },
});
await server.listen();
console.log(`\n  The desk, editing ${dataDir}:\n\n    http://127.0.0.1:${port}${DESK_PAGE}\n`);
console.log('  Served on this computer only (127.0.0.1). Ctrl+C stops it.\n');
