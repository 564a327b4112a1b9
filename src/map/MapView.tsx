/** The only owner of the MapLibre map: creates it, wires reader input to the store, removes it. */
import {
  AttributionControl,
  type LngLatBoundsLike,
  Map as MapLibreMap,
  NavigationControl,
  prewarm,
} from 'maplibre-gl';
import { type ReactNode, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { statusesAsOf } from '../content/content.ts';
import type { Content } from '../content/schema.ts';
import { fontFaces } from '../fonts/fontFaces.ts';
import { type Bounds, boundsOf } from '../geo/bounds.ts';
import type { MapWords } from '../i18n/mapWords.ts';
import { type AppState, type CameraRequest, onChangeOf, useAppStore } from '../state/store.ts';
import type { MapView as View } from '../state/url.ts';
import { visibleProjects } from '../state/visibleProjects.ts';
import { BASEMAP_PATH, REGION_BOUNDS } from './basemapBounds.ts';
import {
  type Card,
  clearingInsets,
  FIT_MARGIN,
  fitsBounds,
  type Insets,
  largestArea,
  MAX_ZOOM,
  MIN_FREE,
  MIN_ZOOM,
  panToReveal,
  withMargin,
} from './clearings.ts';
import { type ProjectLayerState, stateValues } from './expressions.ts';
import { frameNamedOrLines, type MeasureText, projectsFootprint } from './framing.ts';
import { HIT_TOLERANCE, projectsAt } from './projectsAt.ts';
import { buildStyle } from './style.ts';
import type { Theme } from './theme.ts';
import { setBundledWorkerUrl } from './worker.ts';

setBundledWorkerUrl();
// The worker starts loading now, while React renders the page, rather than when the map is made.
prewarm();

function layerState(content: Content, state: AppState): ProjectLayerState {
  return {
    selected: state.selected,
    hovered: state.hovered,
    visible: visibleProjects(content.projects, state.hidden).map((project) => project.id),
    statuses: statusesAsOf(content.projects, state.asOf),
  };
}

/** Pushes selection, hover and visibility to the style's global state (MapLibre skips no-ops). */
function applyProjectState(map: MapLibreMap, content: Content, state: AppState) {
  for (const [key, value] of stateValues(layerState(content, state))) {
    map.setGlobalStateProperty(key, value);
  }
}

function readView(map: MapLibreMap): View {
  const center = map.getCenter();
  return {
    zoom: map.getZoom(),
    lat: center.lat,
    lng: center.lng,
    bearing: map.getBearing(),
    pitch: map.getPitch(),
  };
}

type Camera =
  | { center: [number, number]; zoom: number; bearing: number; pitch: number }
  | { bounds: LngLatBoundsLike; padding: Insets };

/** The cards drawn over the map (marked `data-map-card`), in the map's own pixels. */
function cardsOver(container: HTMLElement): Card[] {
  const map = container.getBoundingClientRect();
  const cards = container.parentElement?.querySelectorAll<HTMLElement>('[data-map-card]') ?? [];
  return [...cards].map((card) => {
    const box = card.getBoundingClientRect();
    return {
      rect: {
        left: box.left - map.left,
        top: box.top - map.top,
        right: box.right - map.left,
        bottom: box.bottom - map.top,
      },
      mayOverlap: card.dataset.mapCard === 'legend',
    };
  });
}

let measuring: CanvasRenderingContext2D | null | undefined;

/** A label's width in the page's Noto Sans (the font the map's labels are drawn in). */
const measureLabel: MeasureText = (text, weight, size) => {
  measuring ??= document.createElement('canvas').getContext('2d');
  if (!measuring) return text.length * size * 0.6;
  measuring.font = `${weight} ${size}px "Noto Sans", sans-serif`;
  return measuring.measureText(text).width;
};

/** Room kept between a fitted project and a card left over the map, in CSS pixels. */
const CARD_GAP = 8;

/**
 * A view as asked; else the project (or, for none, every project), with the names of the places
 * on its lines, as large as it fits beside the cards, under none of them (`frameFootprint`, the
 * rule every exported picture is composed by).
 */
function cameraFor(drawn: Drawn, request: Framing | null, container: HTMLElement): Camera {
  if (request && 'view' in request) {
    const { zoom, lat, lng, bearing, pitch } = request.view;
    return { zoom, center: [lng, lat], bearing, pitch };
  }
  const { content, words } = drawn;
  const id = request && 'project' in request ? request.project : null;
  const project = content.projects.find((candidate) => candidate.id === id);
  const subject = project
    ? [project]
    : visibleProjects(content.projects, useAppStore.getState().hidden);
  const footprint = projectsFootprint(subject, {
    places: content.places,
    approximateTemplate: words.approximatePlace,
    measure: measureLabel,
    scale: 1,
  });
  const { clientWidth: width, clientHeight: height } = container;
  const cards = cardsOver(container);
  const options = {
    margin: FIT_MARGIN,
    minRoom: MIN_FREE,
    gap: CARD_GAP,
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
  };
  const framed = frameNamedOrLines(footprint, { width, height }, cards, options);
  if (framed) return { ...framed.camera, bearing: 0, pitch: 0 };
  // No room beside the cards at all: the lines, beside the cards that must be cleared.
  const routes = project ? boundsOf(project.routes.map((route) => route.geometry)) : null;
  const [[west, south], [east, north]] = REGION_BOUNDS;
  const bounds: Bounds = routes ?? [west, south, east, north];
  const insets = clearingInsets(width, height, cards, fitsBounds(bounds));
  return { bounds, padding: withMargin(insets) };
}

/** The pan that brings a clicked point out from under the cards (the panel just opened). */
function revealPan(map: MapLibreMap, point: { lng: number; lat: number }): [number, number] {
  const container = map.getContainer();
  const { clientWidth: width, clientHeight: height } = container;
  const covered = clearingInsets(width, height, cardsOver(container), largestArea);
  return panToReveal(map.project([point.lng, point.lat]), width, height, covered);
}

/** A camera request that frames the map: a view or a project, not a point to reveal. */
type Framing = Exclude<CameraRequest, { reveal: unknown }>;

/** Moves the map to a framing: at once, or in a flight where asked and the reader allows motion. */
function frame(map: MapLibreMap, drawn: Drawn, request: Framing | null): void {
  const camera = cameraFor(drawn, request, map.getContainer());
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const motion = request?.animate && !still ? { duration: FLIGHT_MS } : { animate: false };
  if ('bounds' in camera) map.fitBounds(camera.bounds, { padding: camera.padding, ...motion });
  else if (request?.animate && !still) map.flyTo({ ...camera, duration: FLIGHT_MS });
  else map.jumpTo(camera);
}

/** How long a story step's flight takes. */
const FLIGHT_MS = 800;

function initialRequest(state: AppState): Framing | null {
  if (state.view) return { view: state.view };
  return state.selected ? { project: state.selected } : null;
}

/** What the map draws: content, theme and words change its style, never the map itself. */
interface Drawn {
  content: Content;
  theme: Theme;
  words: MapWords;
}

function styleOf({ content, theme, words }: Drawn, state: AppState) {
  const assets = {
    basemapUrl: new URL(BASEMAP_PATH, document.baseURI).href,
    fontFaces: fontFaces(document.baseURI),
  };
  const style = buildStyle(theme, content, layerState(content, state), assets, words);
  // A new theme fades in, unless the reader asked for less motion.
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  return still ? { ...style, transition: { duration: 0, delay: 0 } } : style;
}

interface MapViewProps extends Drawn {
  /** The accessible name of the map, and MapLibre's own control texts, in the reader's language. */
  label: string;
  controlTexts: Record<string, string>;
  /** The id of the text that says what the map shows. */
  describedBy?: string;
  /** Inside a news page: cooperative gestures, and the panel flows below the map. */
  embedded?: boolean;
  /** Shown in place of the map where the browser cannot draw it (no WebGL). */
  fallback: ReactNode;
  /** Whether the table covers the map: then the map is out of reach of keyboards and readers. */
  covered?: boolean;
  children?: ReactNode;
}

/** The map element; `aria-busy` stays true until the first complete render. */
export function MapView(props: MapViewProps) {
  const { label, controlTexts, describedBy, embedded = false, fallback, children } = props;
  const covered = props.covered ?? false;
  const containerRef = useRef<HTMLElement>(null);
  const [busy, setBusy] = useState(true);
  const [failed, setFailed] = useState(false);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  // The handlers read what is drawn now; a change of it restyles the map (below).
  const drawn = useRef<Drawn>(props);
  drawn.current = { content: props.content, theme: props.theme, words: props.words };
  const styled = useRef<Drawn | null>(null);
  // What the map was last asked to frame, kept while the reader has not moved it: a host that
  // shows the iframe at another size than it loaded at (WordPress, a script embed) gets it framed
  // again, rather than cropped.
  const framing = useRef<{ request: Framing | null; kept: boolean }>({ request: null, kept: true });

  // A new map only for new control texts (MapLibre reads them once) or a change of embedding.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    setBusy(true);
    const store = useAppStore.getState();
    const openingRequest = initialRequest(store);
    const opening = cameraFor(drawn.current, openingRequest, container);
    styled.current = drawn.current;
    let instance: MapLibreMap;
    try {
      instance = new MapLibreMap({
        container,
        style: styleOf(drawn.current, store),
        locale: controlTexts,
        ...('bounds' in opening
          ? { bounds: opening.bounds, fitBoundsOptions: { padding: opening.padding } }
          : opening),
        minZoom: MIN_ZOOM,
        maxZoom: MAX_ZOOM,
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        attributionControl: false,
        // Embedded in an article, the page scrolls; the map zooms with ctrl/⌘ + wheel or two fingers.
        cooperativeGestures: embedded,
      });
    } catch (error) {
      // No WebGL (disabled, blocked or failing): the page goes on without the interactive map.
      console.warn('The interactive map cannot be shown:', error);
      setFailed(true);
      setBusy(false);
      return;
    }
    instance.addControl(new AttributionControl({ compact: true }), 'bottom-left');
    instance.addControl(new NavigationControl({ showCompass: false }), 'bottom-right');
    // The canvas is what Tab reaches: it carries the map's name and the summary of what it shows.
    instance.getCanvas().setAttribute('aria-label', label);
    if (describedBy) instance.getCanvas().setAttribute('aria-describedby', describedBy);
    instance.touchZoomRotate.disableRotation();
    instance.keyboard.disableRotation();

    instance.once('idle', () => setBusy(false));
    // A lost graphics context (common on phones) comes back by itself in MapLibre; the selection,
    // hover and visibility are pushed again once the restored style has loaded.
    instance.on('webglcontextrestored', () => {
      instance.once('idle', () =>
        applyProjectState(instance, drawn.current.content, useAppStore.getState()),
      );
    });
    instance.on('moveend', () => useAppStore.getState().setView(readView(instance)));
    framing.current = { request: openingRequest, kept: true };
    instance.on('movestart', (event) => {
      if (event.originalEvent) framing.current.kept = false;
    });
    instance.on('resize', () => {
      const { kept, request } = framing.current;
      if (kept) frame(instance, drawn.current, request && { ...request, animate: false });
    });

    // Not every browser's click event says which pointer made it; the pointerdown before it does.
    let lastPointer = 'mouse';
    const onPointerDown = (event: PointerEvent) => {
      lastPointer = event.pointerType;
    };
    container.addEventListener('pointerdown', onPointerDown, { capture: true });
    const pointerTolerance = () =>
      lastPointer === 'touch' ? HIT_TOLERANCE.touch : HIT_TOLERANCE.mouse;
    const visible = () =>
      visibleProjects(drawn.current.content.projects, useAppStore.getState().hidden);
    const theme = () => drawn.current.theme;
    instance.on('mousemove', (event) => {
      const [nearest] = projectsAt(instance, event.point, HIT_TOLERANCE.mouse, visible(), theme());
      useAppStore.getState().setHovered(nearest?.project ?? null);
    });
    instance.on('mouseout', () => useAppStore.getState().setHovered(null));
    instance.on('click', (event) => {
      const ranked = projectsAt(instance, event.point, pointerTolerance(), visible(), theme());
      const [nearest, ...others] = ranked;
      const actions = useAppStore.getState();
      if (!nearest) {
        actions.clearSelection();
        return;
      }
      actions.select(
        nearest.project,
        others.map((other) => other.project),
        true,
      );
      // Keep the clicked route in sight once the panel has opened over the map.
      actions.requestCamera({ reveal: { lng: event.lngLat.lng, lat: event.lngLat.lat } });
    });

    let unsubscribe = () => {};
    instance.once('load', () => {
      const project = (state: AppState) =>
        applyProjectState(instance, drawn.current.content, state);
      project(useAppStore.getState());
      // A camera asked for before the map was ready (a hash changed early) waits for this.
      setMap(instance);
      unsubscribe = onChangeOf(['selected', 'hovered', 'hidden', 'asOf'], (state) => {
        instance.getCanvas().style.cursor = state.hovered ? 'pointer' : '';
        project(state);
      });
      // Record where the map opened, so that the URL holds a view from the start.
      useAppStore.getState().setView(readView(instance));
    });

    return () => {
      unsubscribe();
      setMap(null);
      // The next map starts where this one is, with no hover that no pointer makes any more.
      const store = useAppStore.getState();
      store.setHovered(null);
      if (instance.loaded()) store.setView(readView(instance));
      container.removeEventListener('pointerdown', onPointerDown, { capture: true });
      instance.remove();
    };
  }, [controlTexts, label, describedBy, embedded]);

  // A camera request is met after React has laid out what the same change opened or folded (the
  // panel, the legend), so that the cards are measured where they now are.
  const cameraRequest = useAppStore((state) => state.cameraRequest);
  useLayoutEffect(() => {
    if (!map || !cameraRequest) return;
    useAppStore.getState().requestCamera(null);
    if ('reveal' in cameraRequest) {
      framing.current.kept = false;
      const pan = revealPan(map, cameraRequest.reveal);
      if (pan[0] !== 0 || pan[1] !== 0) map.panBy(pan, { duration: 300 });
      return;
    }
    framing.current = { request: cameraRequest, kept: true };
    frame(map, drawn.current, cameraRequest);
  }, [map, cameraRequest]);

  // A new theme or language restyles the loaded map in place (MapLibre diffs the two styles).
  useEffect(() => {
    const now = { content: props.content, theme: props.theme, words: props.words };
    const before = styled.current;
    if (!map || !before) return;
    if (before.content === now.content && before.theme === now.theme && before.words === now.words)
      return;
    styled.current = now;
    map.setStyle(styleOf(now, useAppStore.getState()), { diff: true });
  }, [map, props.content, props.theme, props.words]);

  return (
    <>
      <section
        ref={containerRef}
        id="map"
        className={failed ? 'map map-unavailable' : 'map'}
        aria-busy={busy ? 'true' : 'false'}
        inert={covered}
      >
        {failed && fallback}
      </section>
      {children}
    </>
  );
}
