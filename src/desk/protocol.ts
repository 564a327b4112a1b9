/**
 * What the desk's page and its server say to each other (`scripts/desk/deskPlugin.ts` answers):
 * the files of `data/` with their versions, the preview of unsaved files, saves and measurements.
 */
import type { RouteGeography } from '../content/schema.ts';

/** The header every call carries: the per-run secret the desk's page holds. */
export const TOKEN_HEADER = 'x-desk-token';
/** The meta element that hands the desk's page its secret. */
export const TOKEN_META = 'trans-caspian-desk-token';
/** The meta element that names the data folder the desk edits (for its header and its drafts). */
export const DATA_META = 'trans-caspian-desk-data';
/** The desk page's path on its server. */
export const DESK_PAGE = '/desk.html';

/** A file's version: the SHA-256 of its text; null for a file that does not exist. */
export type Version = string | null;

/** One file of `data/` (path relative to it) as the desk read it. */
export interface DeskFile {
  text: string;
  version: string;
}

/** One change a save asks for: a file's new content, and the version it was edited from. */
export interface FileChange {
  path: string;
  value: unknown;
  base: Version;
}

export type SaveResult =
  | { status: 'saved'; files: Record<string, DeskFile> }
  | { status: 'refused'; reason: string }
  | { status: 'conflict'; conflicts: { path: string; version: Version }[] }
  | { status: 'invalid'; errors: string[] };

/** Each project's routes, measured as the build measures them, by project id and route name. */
export type Measurements = Record<string, Record<string, RouteGeography>>;

/** The answer to a preview: the unsaved files pass the check (and the preview shows them), or not. */
export type PreviewResult = { ok: true; routes: Measurements } | { ok: false; errors: string[] };
