/**
 * The desk writes files, so it must let no one else write them: a page on another origin can
 * neither read the desk's secret nor make a write, a rebound host name gets nothing, and the
 * build holds no part of the desk.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { versionOf } from '../scripts/desk/dataFiles';
import { DESK_ORIGIN, DESK_URL, deskDiff, resetDeskData } from './deskData';
import { DESK_PORT } from './ports';

test.beforeEach(() => resetDeskData());

/**
 * A page of another origin, served by the test itself on the loopback address: another local
 * server's page, the closest a foreign page comes (the browser's own guard against public pages
 * reaching loopback does not apply to it; Vite's default would let it read across origins).
 */
async function foreignSite(): Promise<{ url: string; close: () => void }> {
  const server = createServer((_, response) => {
    response.setHeader('Content-Type', 'text/html');
    response.end('<!doctype html><title>Another site</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

test('a page on another origin cannot read the desk or make it write', async ({ page }) => {
  const site = await foreignSite();
  test.info().attachments.push({
    name: 'foreign site',
    contentType: 'text/plain',
    body: Buffer.from(site.url),
  });
  await page.goto(site.url);
  const answers: number[] = [];
  page.on('response', (response) => {
    if (response.url().startsWith(DESK_ORIGIN)) answers.push(response.status());
  });
  // What an attacker can know from the public repository: the file and its version.
  const text = readFileSync('data/projects.json', 'utf8');
  const hacked = { ...JSON.parse(text), mapTitle: 'Hacked' };
  const edit = JSON.stringify({
    changes: [{ path: 'projects.json', value: hacked, base: versionOf(text) }],
  });
  const attempts = await page.evaluate(
    async ([desk, edit]) => {
      const outcome = async (attempt: () => Promise<Response>) => {
        try {
          const response = await attempt();
          return `status ${response.status} (${response.type})`;
        } catch {
          return 'blocked';
        }
      };
      return {
        readPage: await outcome(() => fetch(`${desk}/desk.html`)),
        readFiles: await outcome(() => fetch(`${desk}/api/files`)),
        jsonPost: await outcome(() =>
          fetch(`${desk}/api/save`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'x-desk-token': 'guessed' },
            body: edit,
          }),
        ),
        // A "simple" request needs no preflight: the browser sends it and hides the answer.
        simplePost: await outcome(() =>
          fetch(`${desk}/api/save`, { method: 'POST', mode: 'no-cors', body: edit }),
        ),
      };
    },
    [DESK_ORIGIN, edit] as const,
  );
  expect(attempts).toEqual({
    readPage: 'blocked',
    readFiles: 'blocked',
    jsonPost: 'blocked',
    simplePost: 'status 0 (opaque)',
  });
  // A classic cross-site form post, which navigates to the desk's answer.
  const answer = page.waitForResponse(`${DESK_ORIGIN}/api/save`);
  await page.evaluate(
    ([desk, edit]) => {
      const form = document.createElement('form');
      form.method = 'POST';
      form.action = `${desk}/api/save`;
      form.enctype = 'text/plain';
      const field = document.createElement('input');
      // text/plain sends name=value: the JSON, closed by a throwaway key.
      field.name = `${edit.slice(0, -1)},"x":"`;
      field.value = '"}';
      form.append(field);
      document.body.append(form);
      form.submit();
    },
    [DESK_ORIGIN, edit] as const,
  );
  expect((await answer).status()).toBe(403);
  // The desk itself refused whatever reached it: the browser hid the answers from the page.
  expect(answers.length).toBeGreaterThanOrEqual(2);
  expect(new Set(answers)).toEqual(new Set([403]));
  expect(deskDiff(), 'nothing was written').toEqual({});
  site.close();
});

/** A request to the desk naming another host, as a rebound DNS name would. */
function getWithHost(path: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: '127.0.0.1', port: DESK_PORT, path, headers: { Host: host } },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on('error', reject);
    request.end();
  });
}

test('a foreign host name gets nothing from the desk (DNS rebinding)', async () => {
  expect(await getWithHost('/desk.html', `rebound.example:${DESK_PORT}`)).toBe(403);
  expect(await getWithHost('/api/files', `rebound.example:${DESK_PORT}`)).toBe(403);
  expect(await getWithHost('/desk.html', `127.0.0.1:${DESK_PORT}`)).toBe(200);
});

test("the desk's own page writes only with its secret, and only the content's files", async ({
  page,
}) => {
  await page.goto(DESK_URL);
  const results = await page.evaluate(async () => {
    const token =
      document.querySelector<HTMLMetaElement>('meta[name="trans-caspian-desk-token"]')?.content ??
      '';
    const save = async (headers: Record<string, string>, path: string) => {
      const response = await fetch('/api/save', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({ changes: [{ path, value: {}, base: null }] }),
      });
      return response.status;
    };
    return {
      tokenLength: token.length,
      withoutToken: await save({}, 'notes.json'),
      wrongToken: await save({ 'x-desk-token': `${token}x` }, 'notes.json'),
      outsideData: await save({ 'x-desk-token': token }, '../package.json'),
      unknownFile: await save({ 'x-desk-token': token }, 'notes.json'),
    };
  });
  expect(results).toEqual({
    tokenLength: 43,
    withoutToken: 403,
    wrongToken: 403,
    outsideData: 400,
    unknownFile: 400,
  });
  expect(deskDiff()).toEqual({});
  expect(existsSync('package.json.tmp')).toBe(false);
});

test('the build holds no part of the desk', () => {
  expect(existsSync('dist/desk.html')).toBe(false);
  const files = readdirSync('dist', { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && /\.(html|js|json)$/.test(entry.name),
  );
  expect(files.length).toBeGreaterThan(5);
  for (const file of files) {
    const text = readFileSync(join(file.parentPath, file.name), 'utf8');
    expect(text, file.name).not.toContain('trans-caspian-desk-token');
    expect(text, file.name).not.toContain('/api/save');
  }
});
