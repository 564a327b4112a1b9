/**
 * The headers the app is served with by `npm run preview` (and the end-to-end tests): a strict
 * Content-Security-Policy (scripts, workers, styles, fonts and data from the app's own origin
 * only; no `unsafe-eval`, no `unsafe-inline`) and no referrer. The README gives them to hosts.
 * The demo news page under `/demo/` plays a foreign host and is served without them.
 */
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
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
};

/** Adds the headers to every response of the preview server outside `/demo/`. */
export function securityHeaders(): Plugin {
  return {
    name: 'trans-caspian-security-headers',
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
