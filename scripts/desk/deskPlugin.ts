/**
 * The desk's server side, as a Vite plugin on the desk's own dev server: its page gets the run's
 * secret, `/api/*` reads and writes `data/` behind the guard, and the preview (the real app on
 * the same server) is fed the editor's unsaved files.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin, ViteDevServer } from 'vite';
import { formatDataFile } from '../../src/content/formatData.ts';
import { measureRoute } from '../../src/content/measure.ts';
import {
  DATA_META,
  DESK_PAGE,
  type FileChange,
  type Measurements,
  type PreviewResult,
  type SaveResult,
  TOKEN_HEADER,
  TOKEN_META,
} from '../../src/desk/protocol.ts';
import { basemapSurveyor } from '../lib/basemapCountries.ts';
import { CONTENT_PLUGIN, type ContentPluginApi } from '../lib/contentPlugin.ts';
import { fullCheck } from '../lib/loadContent.ts';
import { readDeskFiles, saveChanges, withDraft } from './dataFiles.ts';
import { apiRefusal, pageRefusal } from './guard.ts';

const MAX_BODY = 8 * 1024 * 1024;

function send(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.end(JSON.stringify(body));
}

async function bodyOf(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('the request is too large');
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null') as unknown;
}

const header = (request: IncomingMessage, name: string) => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

const SAVE_STATUS: Record<SaveResult['status'], number> = {
  saved: 200,
  refused: 400,
  conflict: 409,
  invalid: 422,
};

/** The texts of unsaved files, formatted as a save would write them. */
function draftTexts(files: unknown): Record<string, string> {
  if (!files || typeof files !== 'object') throw new Error('"files" must map paths to contents');
  return Object.fromEntries(
    Object.entries(files).map(([path, value]) => [path, formatDataFile(path, value)]),
  );
}

/** The plugin; `port` and `secret` are the run's, `dataDir` the folder it edits. */
export function deskPlugin(options: { dataDir: string; port: number; secret: string }): Plugin {
  const { dataDir, port, secret } = options;
  let content: ContentPluginApi | undefined;

  const preview = (files: unknown): PreviewResult => {
    const draft = withDraft(dataDir, draftTexts(files));
    const result = fullCheck(draft);
    if (!result.ok) return { ok: false, errors: result.errors };
    content?.setDraft(draft, result);
    const routes: Measurements = {};
    for (const project of result.content.projects) {
      routes[project.id] = Object.fromEntries(
        project.routes.map((route) => [route.properties.name, route.geography]),
      );
    }
    return { ok: true, routes };
  };

  const api = async (request: IncomingMessage, response: ServerResponse, path: string) => {
    const refusal = apiRefusal(
      {
        method: request.method ?? 'GET',
        host: header(request, 'host'),
        origin: header(request, 'origin'),
        token: header(request, TOKEN_HEADER),
      },
      { port, secret },
    );
    if (refusal) {
      // Read what was sent, so that the client gets the answer instead of a reset connection.
      request.resume();
      request.on('end', () => send(response, 403, { error: refusal }));
      return;
    }
    if (request.method === 'GET' && path === '/api/files') {
      return send(response, 200, { files: readDeskFiles(dataDir) });
    }
    if (request.method !== 'POST') return send(response, 405, { error: 'not allowed' });
    const body = (await bodyOf(request)) as Record<string, unknown> | null;
    if (path === '/api/preview') {
      if (body?.reset) {
        content?.setDraft(undefined);
        return send(response, 200, { ok: true });
      }
      return send(response, 200, preview(body?.files));
    }
    if (path === '/api/save') {
      const changes = body?.changes;
      if (!Array.isArray(changes))
        return send(response, 400, { error: '"changes" must be a list' });
      const result = saveChanges(dataDir, changes as FileChange[]);
      if (result.status === 'saved') content?.setDraft(undefined);
      return send(response, SAVE_STATUS[result.status], result);
    }
    if (path === '/api/measure') {
      const route = body?.route as Parameters<typeof measureRoute>[0] | undefined;
      const places = body?.places as Parameters<typeof measureRoute>[1] | undefined;
      if (!route?.geometry) return send(response, 400, { error: '"route" must be a feature' });
      return send(response, 200, measureRoute(route, places ?? [], basemapSurveyor().shapes));
    }
    return send(response, 404, { error: 'no such call' });
  };

  return {
    name: 'trans-caspian-desk',
    configureServer(server: ViteDevServer) {
      const plugin = server.config.plugins.find((candidate) => candidate.name === CONTENT_PLUGIN);
      content = plugin?.api as ContentPluginApi | undefined;
      server.middlewares.use((request, response, next) => {
        // Nothing at all for a foreign Host: a rebound name must not even read the page.
        const refusal = pageRefusal(header(request, 'host'), port);
        if (refusal) return send(response, 403, { error: refusal });
        const path = request.url?.split('?')[0] ?? '';
        if (path === '/' && request.method === 'GET' && !request.headers.upgrade) {
          response.statusCode = 302;
          response.setHeader('Location', DESK_PAGE);
          return response.end();
        }
        if (!path.startsWith('/api/')) return next();
        api(request, response, path).catch((error: unknown) =>
          send(response, 400, { error: error instanceof Error ? error.message : String(error) }),
        );
      });
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        if (context.path !== DESK_PAGE) return html;
        const folder = dataDir.replace(/[&"<>]/g, (character) => `&#${character.charCodeAt(0)};`);
        return html.replace(
          '</head>',
          `  <meta name="${TOKEN_META}" content="${secret}" />\n    <meta name="${DATA_META}" content="${folder}" />\n  </head>`,
        );
      },
    },
  };
}
