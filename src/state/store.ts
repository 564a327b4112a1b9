/**
 * The reader's state, as plain data in small slices with their actions beside them. Nothing here
 * touches the map or the URL: `MapView` and `useUrlSync` subscribe to it.
 */
import { create } from 'zustand';
import { type Language, SOURCE_LANGUAGE } from '../content/languages.ts';
import type { ThemeChoice } from './embedParams.ts';
import type { MapView } from './url.ts';

interface SelectionSlice {
  /** The selected project, whose panel is open. */
  selected: string | null;
  /** Other projects at the point the reader clicked, nearest first, offered in the panel. */
  alternatives: string[];
  /** Whether the reader's own action (a click, Enter) made the selection: the panel takes focus. */
  focusPanel: boolean;
  select: (id: string, alternatives?: readonly string[], byReader?: boolean) => void;
  clearSelection: () => void;
}

interface HoverSlice {
  hovered: string | null;
  setHovered: (id: string | null) => void;
}

interface VisibilitySlice {
  hidden: string[];
  setVisible: (id: string, visible: boolean) => void;
}

/**
 * Where someone asked the map to look: a view (a changed URL), a project to fit, or a clicked
 * point to keep in sight once the panel has opened over the map.
 */
export type CameraRequest =
  | { view: MapView; animate?: boolean }
  | { project: string; animate?: boolean }
  | { region: true; animate?: boolean }
  | { reveal: { lng: number; lat: number } };

interface ViewSlice {
  /** The camera as the map last reported it. */
  view: MapView | null;
  /** A camera the map should move to; the map clears it once done. */
  cameraRequest: CameraRequest | null;
  setView: (view: MapView) => void;
  requestCamera: (request: CameraRequest | null) => void;
}

interface DateSlice {
  /** The day (`YYYY-MM-DD`) whose status the map shows; null for the latest milestone. */
  asOf: string | null;
  setAsOf: (day: string | null) => void;
}

interface DisplaySlice {
  /** Whether the projects are shown as a table in place of the map. */
  table: boolean;
  setTable: (table: boolean) => void;
}

interface SettingsSlice {
  /** The language the map speaks, chosen by `main.tsx` and changed by the reader or host page. */
  language: Language;
  setLanguage: (language: Language) => void;
  /** Light, dark, or whatever the system prefers. */
  themeChoice: ThemeChoice;
  setThemeChoice: (choice: ThemeChoice) => void;
}

interface NoticeSlice {
  /** A project a link asked for that the map does not have; shown until dismissed. */
  unknownProject: string | null;
  setUnknownProject: (id: string | null) => void;
  dismissUnknownProject: () => void;
}

interface StorySlice {
  /** What a screen reader is told a story step showed; `serial` tells one step from the next. */
  narration: { text: string; serial: number } | null;
  /** Shows a story step: selection, visible projects, date and camera in one change, and says so. */
  showStep: (
    step: {
      selected: string | null;
      hidden: string[];
      asOf: string | null;
      camera: CameraRequest;
    },
    narration: string,
  ) => void;
}

export type AppState = SelectionSlice &
  StorySlice &
  HoverSlice &
  VisibilitySlice &
  ViewSlice &
  DateSlice &
  DisplaySlice &
  SettingsSlice &
  NoticeSlice;

/** The app's store; `main.tsx` seeds it from the URL before the first render. */
export const useAppStore = create<AppState>()((set) => ({
  selected: null,
  alternatives: [],
  focusPanel: false,
  select: (id, alternatives = [], byReader = false) =>
    set((state) => {
      if (state.hidden.includes(id)) return {};
      // A project opened shows on the map, with its panel: the table, if shown, gives way.
      return {
        selected: id,
        alternatives: alternatives.filter((other) => other !== id),
        focusPanel: byReader,
        table: false,
      };
    }),
  clearSelection: () => set({ selected: null, alternatives: [] }),

  hovered: null,
  setHovered: (id) => set((state) => (state.hovered === id ? {} : { hovered: id })),

  hidden: [],
  setVisible: (id, visible) =>
    set((state) => {
      if (visible) return { hidden: state.hidden.filter((other) => other !== id) };
      if (state.hidden.includes(id)) return {};
      const hidingSelected = state.selected === id;
      return {
        hidden: [...state.hidden, id],
        hovered: state.hovered === id ? null : state.hovered,
        alternatives: state.alternatives.filter((other) => other !== id),
        ...(hidingSelected ? { selected: null, alternatives: [] } : {}),
      };
    }),

  asOf: null,
  setAsOf: (asOf) => set({ asOf }),

  table: false,
  setTable: (table) => set({ table }),

  language: SOURCE_LANGUAGE,
  setLanguage: (language) => set({ language }),
  themeChoice: 'auto',
  setThemeChoice: (themeChoice) => set({ themeChoice }),

  unknownProject: null,
  setUnknownProject: (unknownProject) => set({ unknownProject }),
  dismissUnknownProject: () => set({ unknownProject: null }),

  narration: null,
  showStep: ({ selected, hidden, asOf, camera }, text) =>
    set((state) => ({
      selected,
      alternatives: [],
      focusPanel: false,
      hidden,
      hovered: state.hovered && hidden.includes(state.hovered) ? null : state.hovered,
      asOf,
      cameraRequest: camera,
      narration: { text, serial: (state.narration?.serial ?? 0) + 1 },
    })),

  view: null,
  cameraRequest: null,
  setView: (view) => set({ view }),
  requestCamera: (cameraRequest) => set({ cameraRequest }),
}));

/** The selected project id. */
export const useSelected = () => useAppStore((state) => state.selected);
/** Other projects at the clicked point. */
export const useAlternatives = () => useAppStore((state) => state.alternatives);
/** Ids of hidden projects. */
export const useHidden = () => useAppStore((state) => state.hidden);
/** The day whose status the map shows; null for the latest milestone. */
export const useAsOf = () => useAppStore((state) => state.asOf);
/** Whether the table is shown in place of the map. */
export const useTable = () => useAppStore((state) => state.table);

/**
 * Calls `listener` with the new state each time one of `keys` changes; returns the unsubscribe.
 * For code outside React (the map, the URL, the host page) that acts on a few parts of the state.
 */
export function onChangeOf(
  keys: readonly (keyof AppState)[],
  listener: (state: AppState) => void,
): () => void {
  return useAppStore.subscribe((state, previous) => {
    if (keys.some((key) => state[key] !== previous[key])) listener(state);
  });
}
