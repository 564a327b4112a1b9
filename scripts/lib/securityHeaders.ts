/**
 * The headers the app is served with by `npm run preview` (and the end-to-end tests): a strict
 * Content-Security-Policy (scripts, styles, fonts and data from the app's own origin only; no
 * `unsafe-eval`, no `unsafe-inline`), no referrer, and `Access-Control-Allow-Origin: *`. The
 * README gives them to hosts, and the build writes them into `dist/_headers`.
 *
 * The last one is for WordPress: its oEmbed iframe is sandboxed with `allow-scripts` alone, so the
 * map runs in an opaque origin ("null"), and every module script, font and data file it loads
 * from its own server is then a cross-origin request. The files are public and the map sends no
 * credentials, so a wildcard says nothing more than the files themselves. For the same reason
 * MapLibre starts its worker from a `data:` URL there (a worker must be same-origin, and an opaque
 * origin is the same as nothing), hence `worker-src 'self' data:`: only the map's own code, already
 * running, can start a worker.
 * The demo news page under `/demo/` plays a foreign host and is served without them.
 */
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' data:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Access-Control-Allow-Origin': '*',
};

/**
 * The headers as a `_headers` file, which Netlify and Cloudflare Pages read from the folder they
 * serve: every path gets them.
 */
export function headersFile(headers: Readonly<Record<string, string>> = SECURITY_HEADERS): string {
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return `/*\n${lines.join('\n')}\n`;
}

/**
 * Adds the headers to every response of the preview server outside `/demo/`, and writes them
 * into the build as `_headers`.
 */
export function securityHeaders(): Plugin {
  return {
    name: 'trans-caspian-security-headers',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        if (!request.url?.startsWith('/demo/')) {
          for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
            response.setHeader(name, value);
          }
        }
        next();
      });
    },
  };
}
