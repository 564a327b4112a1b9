/**
 * Host pages for the embed tests: one page (and any scripts it loads) served by a real local
 * server on its own origin, http://localhost:<port> (Chromium will not let a page it cannot place
 * on the network, such as a routed one, frame a local one), and the embedded map inside it.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, type Frame, type Page } from '@playwright/test';
import { MAP_LOAD_TIMEOUT } from './ports.ts';

export interface Host {
  url: string;
  close: () => Promise<void>;
}

/** Serves `body` (given the host's origin) as a page, and `scripts` by their paths. */
export async function serveHost(
  body: string | ((origin: string) => string),
  scripts: Readonly<Record<string, string>> = {},
): Promise<Host> {
  let origin = '';
  const server = createServer((request, response) => {
    const script = scripts[request.url ?? ''];
    response.writeHead(200, {
      'content-type': script === undefined ? 'text/html; charset=utf-8' : 'text/javascript',
    });
    response.end(
      script ??
        `<!doctype html><html lang="en"><meta charset="utf-8"><link rel="icon" href="data:,"><body style="margin:0">${typeof body === 'string' ? body : body(origin)}</body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://localhost:${port}`;
  return {
    url: `${origin}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The embedded map's frame once its first complete render is done. */
export async function embeddedMap(page: Page): Promise<Frame> {
  const iframe = page.locator('iframe[src*="embed=1"]');
  await iframe.scrollIntoViewIfNeeded();
  await expect(page.frameLocator('iframe[src*="embed=1"]').locator('#map')).toHaveAttribute(
    'aria-busy',
    'false',
    { timeout: MAP_LOAD_TIMEOUT },
  );
  const frame = page.frames().find((candidate) => candidate.url().includes('embed=1'));
  if (!frame) throw new Error('no embedded map frame');
  return frame;
}
