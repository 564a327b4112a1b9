/**
 * The messages an embedded map and its host page exchange over postMessage. Pure: every message
 * that arrives is parsed here, and anything unknown or malformed comes out as null.
 */
import { isLanguage, type Language } from '../content/languages.ts';
import { type MapView, parseView } from '../state/url.ts';
import { parseStep, type StoryStep } from './story.ts';

/** Every message of ours carries a type starting with this. */
export const MESSAGE_PREFIX = 'trans-caspian:';

/** What the host may ask of the map. */
export type HostCommand =
  | { type: 'trans-caspian:measure' }
  | { type: 'trans-caspian:select'; project: string | null }
  | { type: 'trans-caspian:view'; view: MapView }
  | { type: 'trans-caspian:language'; lang: Language }
  /** A story step reached; null for none yet (the map goes back to how it opened). */
  | { type: 'trans-caspian:step'; step: StoryStep | null };

/** What the map tells the host. */
export type EmbedEvent =
  | { type: 'trans-caspian:height'; height: number }
  | { type: 'trans-caspian:selected'; project: string | null };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const onlyKeys = (value: Record<string, unknown>, keys: readonly string[]) =>
  Object.keys(value).every((key) => keys.includes(key));

/** A host's message as a command, or null when it is not one we know, exactly. */
export function parseHostCommand(data: unknown, projects: readonly string[]): HostCommand | null {
  // Own properties only: a message is data, whatever its prototype says.
  if (!isRecord(data) || !Object.hasOwn(data, 'type') || typeof data.type !== 'string') return null;
  switch (data.type) {
    case 'trans-caspian:measure':
      return onlyKeys(data, ['type']) ? { type: data.type } : null;
    case 'trans-caspian:select': {
      if (!onlyKeys(data, ['type', 'project'])) return null;
      const { project } = data;
      if (project === null) return { type: data.type, project: null };
      return typeof project === 'string' && projects.includes(project)
        ? { type: data.type, project }
        : null;
    }
    case 'trans-caspian:view': {
      if (!onlyKeys(data, ['type', 'view']) || typeof data.view !== 'string') return null;
      const view = parseView(data.view);
      return view ? { type: data.type, view } : null;
    }
    case 'trans-caspian:language': {
      if (!onlyKeys(data, ['type', 'lang']) || typeof data.lang !== 'string') return null;
      return isLanguage(data.lang) ? { type: data.type, lang: data.lang } : null;
    }
    case 'trans-caspian:step': {
      if (!onlyKeys(data, ['type', 'step']) || !Object.hasOwn(data, 'step')) return null;
      if (data.step === null) return { type: data.type, step: null };
      const step = parseStep(data.step, projects);
      return step ? { type: data.type, step } : null;
    }
    default:
      return null;
  }
}

/**
 * Whether a message from `origin` may drive the map: always when no allowlist is given, else only
 * from a listed origin.
 */
export function originAllowed(origin: string, allowlist: readonly string[]): boolean {
  return allowlist.length === 0 || allowlist.includes(origin);
}

/** The tallest height a host believes from an embed. */
export const MAX_REPORTED_HEIGHT = 20_000;

/** The map's message as the host reads it, or null when it is not one of ours, exactly. */
export function parseEmbedEvent(data: unknown): EmbedEvent | null {
  if (!isRecord(data) || !Object.hasOwn(data, 'type')) return null;
  if (data.type === 'trans-caspian:height') {
    const { height } = data;
    return onlyKeys(data, ['type', 'height']) &&
      typeof height === 'number' &&
      Number.isFinite(height) &&
      height > 0 &&
      height <= MAX_REPORTED_HEIGHT
      ? { type: data.type, height }
      : null;
  }
  if (data.type === 'trans-caspian:selected') {
    const { project } = data;
    return onlyKeys(data, ['type', 'project']) &&
      (project === null || (typeof project === 'string' && /^[\w-]{1,64}$/.test(project)))
      ? { type: data.type, project }
      : null;
  }
  return null;
}
