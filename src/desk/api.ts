/** The desk page's calls to its server, each carrying the run's secret from the page. */
import type { RouteGeography } from '../content/schema.ts';
import {
  type DeskFile,
  type FileChange,
  type PreviewResult,
  type SaveResult,
  TOKEN_HEADER,
  TOKEN_META,
} from './protocol.ts';

/** The secret the desk's server put in this page; null when the page was not served by the desk. */
export function deskToken(): string | null {
  return document.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`)?.content ?? null;
}

async function call<T>(path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      [TOKEN_HEADER]: deskToken() ?? '',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: 'no-store',
  });
  const answer = (await response.json()) as T & { error?: string };
  if (response.status === 403 || response.status === 404 || response.status === 405) {
    throw new Error(answer.error ?? `the desk's server answered ${response.status}`);
  }
  return { status: response.status, body: answer };
}

/** Every file of `data/`, with its version. */
export async function loadFiles(): Promise<Record<string, DeskFile>> {
  return (await call<{ files: Record<string, DeskFile> }>('/api/files')).body.files;
}

/** Checks unsaved files (parsed values by path) and, if they pass, shows them in the preview. */
export async function previewDraft(files: Record<string, unknown>): Promise<PreviewResult> {
  return (await call<PreviewResult>('/api/preview', { files })).body;
}

/** The preview shows `data/` as saved again. */
export async function resetPreview(): Promise<void> {
  await call('/api/preview', { reset: true });
}

/** Saves changes; refused, in conflict or invalid says why. */
export async function saveFiles(changes: readonly FileChange[]): Promise<SaveResult> {
  return (await call<SaveResult>('/api/save', { changes })).body;
}

/** A route as the build measures it: length, end places, countries and seas. */
export async function measureRoute(
  route: { type: 'Feature'; properties: Record<string, unknown>; geometry: unknown },
  places: readonly unknown[],
): Promise<RouteGeography> {
  return (await call<RouteGeography>('/api/measure', { route, places })).body;
}
