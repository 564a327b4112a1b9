/**
 * The route editor's map: a MapLibre map of its own (the reader's map is never touched), the
 * project's lines, and terra-draw editing one line at a time: drag a vertex, click a midpoint to
 * add one, right-click a vertex to delete it, or draw a new line. Created on mount, removed on
 * unmount; the editor's state reaches it through props, its edits leave through callbacks.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import {
  type GeoJSONSource,
  Map as MapLibreMap,
  type MapMouseEvent,
  NavigationControl,
} from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import {
  type GeoJSONStoreFeatures,
  type HexColor,
  TerraDraw,
  type TerraDrawEventListeners,
  TerraDrawLineStringMode,
  TerraDrawSelectMode,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import { type Bounds, boundsOf } from '../../geo/bounds.ts';
import { BASEMAP_PATH, REGION_BOUNDS } from '../../map/basemapBounds.ts';
import { BASEMAP_SOURCE } from '../../map/layers/basemap.ts';
import { setBundledWorkerUrl } from '../../map/worker.ts';
import {
  changedVertex,
  DECIMALS,
  type Line,
  type LngLat,
  nearestVertex,
  roundLine,
  sameLine,
} from './geometry.ts';
import { LINES_LAYER, LINES_SOURCE, routeMapStyle, VERTEX_SOURCE, vertexData } from './mapStyle.ts';

declare global {
  interface Window {
    /** The route editor's map, for the desk's end-to-end tests; set in development only. */
    __deskRouteMap?: MapLibreMap;
  }
}

/** A click this close (pixels) to a vertex of the edited line chooses that vertex. */
const PICK_PX = 12;
/** A press this close (pixels) to a vertex grabs it for dragging. */
const GRAB_PX = 16;

/** The line being edited, and what it is: a route's part (`"<index>:<part>"`) or `"new"`. */
export interface EditTarget {
  key: string;
  line: Line;
}

/** An edit made on the map: the whole line after it, and whether the gesture is over. */
export interface LineEdit {
  line: Line;
  final: boolean;
  /** The vertex the edit moved or added; null when it removed one; undefined to keep the choice. */
  vertex: number | null | undefined;
}

export interface RouteMapProps {
  /** The project's colour, `#rrggbb`. */
  colour: string;
  /** The project's other lines (`linesData`). */
  lines: FeatureCollection;
  target: EditTarget | null;
  /** Whether a new line is being drawn (then `target` is null). */
  drawing: boolean;
  /** Where the chosen vertex is, ringed; null for none. */
  ring: LngLat | null;
  /** The view to open on: the project's lines. */
  bounds: Bounds | null;
  onEdit: (edit: LineEdit) => void;
  onDrawn: (line: Line) => void;
  onPickVertex: (index: number) => void;
  onPickRoute: (index: number, part: number) => void;
}

type FeatureId = string | number;

/** What the map's event handlers share, outside React's renders. */
interface DrawState {
  /** The terra-draw id of the edited line, and which target it is. */
  id: FeatureId | null;
  key: string | null;
  /** The edited line as last seen: edits are told apart from it. */
  line: Line | null;
  /** A gesture is under way: the editor's line may lag behind the map's until it ends. */
  busy: boolean;
  drawing: boolean;
  /** Lines drawn in drawing mode, removed when it ends. */
  drawn: FeatureId[];
}

const lineOf = (feature: GeoJSONStoreFeatures | undefined): Line | null =>
  feature?.geometry.type === 'LineString' ? roundLine(feature.geometry.coordinates) : null;

const hex = (colour: string): HexColor =>
  (/^#[0-9a-f]{6}$/i.test(colour) ? colour : '#555555') as HexColor;

function createDraw(map: MapLibreMap, colour: HexColor): TerraDraw {
  return new TerraDraw({
    // The files' precision: every position terra-draw writes is already rounded as they are.
    adapter: new TerraDrawMapLibreGLAdapter({ map, coordinatePrecision: DECIMALS }),
    modes: [
      new TerraDrawSelectMode({
        pointerDistance: GRAB_PX,
        // The line stays selected whatever is clicked: the editor chooses what is edited.
        allowManualDeselection: false,
        // No keys: Delete would remove the whole line, not a vertex.
        keyEvents: null,
        flags: {
          linestring: {
            feature: {
              draggable: false,
              coordinates: { midpoints: true, draggable: true, deletable: true },
            },
          },
        },
        styles: {
          selectedLineStringColor: colour,
          selectedLineStringWidth: 4,
          selectionPointColor: '#ffffff',
          selectionPointOutlineColor: colour,
          selectionPointWidth: 5,
          selectionPointOutlineWidth: 2,
          midPointColor: colour,
          midPointOutlineColor: '#ffffff',
          midPointWidth: 3,
          midPointOutlineWidth: 1,
        },
      }),
      new TerraDrawLineStringMode({
        styles: {
          lineStringColor: colour,
          lineStringWidth: 4,
          closingPointColor: '#ffffff',
          closingPointOutlineColor: colour,
          coordinatePointColor: '#ffffff',
          coordinatePointOutlineColor: colour,
        },
      }),
    ],
  });
}

/** The map; see the module's comment. */
export function RouteMap(props: RouteMapProps) {
  const { lines, target, drawing, ring } = props;
  const targetKey = target?.key ?? null;
  const targetLine = target?.line ?? null;
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const drawRef = useRef<TerraDraw | null>(null);
  const [ready, setReady] = useState(false);
  const [noLand, setNoLand] = useState(false);
  // The latest props, for handlers registered once with the map.
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  const shared = useRef<DrawState>({
    id: null,
    key: null,
    line: null,
    busy: false,
    drawing: false,
    drawn: [],
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    setBundledWorkerUrl();
    const state = shared.current;
    const [[west, south], [east, north]] = REGION_BOUNDS;
    const map = new MapLibreMap({
      container,
      style: routeMapStyle(new URL(BASEMAP_PATH, document.baseURI).href, latest.current.colour),
      bounds: latest.current.bounds ?? [west, south, east, north],
      fitBoundsOptions: { padding: 32 },
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      maxPitch: 0,
    });
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    mapRef.current = map;
    if (import.meta.env.DEV) window.__deskRouteMap = map;

    let draw: TerraDraw | null = null;

    const onChange: TerraDrawEventListeners['change'] = (ids, type) => {
      if (!draw || type !== 'update' || state.id === null || !ids.includes(state.id)) return;
      if (draw.getMode() !== 'select') return;
      const line = lineOf(draw.getSnapshotFeature(state.id));
      if (!line || !state.line || sameLine(line, state.line)) return;
      const vertex = changedVertex(state.line, line);
      state.line = line;
      state.busy = true;
      latest.current.onEdit({ line, final: false, vertex });
    };

    const onFinish: TerraDrawEventListeners['finish'] = (id, context) => {
      if (!draw) return;
      const line = lineOf(draw.getSnapshotFeature(id));
      if (context.mode === 'linestring') {
        state.drawn.push(id);
        if (context.action === 'draw' && line && line.length >= 2) latest.current.onDrawn(line);
        return;
      }
      if (id !== state.id || !line) return;
      const vertex =
        state.line && !sameLine(line, state.line) ? changedVertex(state.line, line) : undefined;
      state.line = line;
      state.busy = false;
      latest.current.onEdit({ line, final: true, vertex });
    };

    const onClick = (event: MapMouseEvent) => {
      if (state.drawing) return;
      if (state.line) {
        const pixels = state.line.map((position) => map.project(position));
        const vertex = nearestVertex(pixels, event.point, PICK_PX);
        if (vertex !== null) {
          latest.current.onPickVertex(vertex);
          return;
        }
      }
      const { x, y } = event.point;
      const [hit] = map.queryRenderedFeatures(
        [
          [x - 4, y - 4],
          [x + 4, y + 4],
        ],
        { layers: [LINES_LAYER] },
      );
      if (hit)
        latest.current.onPickRoute(Number(hit.properties.index), Number(hit.properties.part));
    };

    map.once('load', () => {
      draw = createDraw(map, hex(latest.current.colour));
      draw.start();
      draw.setMode('select');
      draw.on('change', onChange);
      draw.on('finish', onFinish);
      drawRef.current = draw;
      setReady(true);
    });
    map.on('click', onClick);
    // `npm run desk` serves the basemap only once it is built (`npm run basemap`): say so.
    map.on('error', (event) => {
      if ((event as { sourceId?: string }).sourceId === BASEMAP_SOURCE) setNoLand(true);
    });

    return () => {
      setReady(false);
      drawRef.current = null;
      mapRef.current = null;
      if (draw?.enabled) draw.stop();
      map.remove();
      Object.assign(state, { id: null, key: null, line: null, busy: false, drawn: [] });
      if (window.__deskRouteMap === map) delete window.__deskRouteMap;
    };
  }, []);

  // The edited line and the drawing mode follow the editor.
  useEffect(() => {
    const draw = drawRef.current;
    const map = mapRef.current;
    if (!ready || !draw || !map) return;
    const state = shared.current;
    state.drawing = drawing;
    const remove = (ids: FeatureId[]) => {
      const present = ids.filter((id) => draw.hasFeature(id));
      if (present.length > 0) draw.removeFeatures(present);
    };
    const clearEdited = () => {
      remove(state.id === null ? [] : [state.id]);
      Object.assign(state, { id: null, key: null, line: null, busy: false });
    };

    if (drawing) {
      clearEdited();
      if (draw.getMode() !== 'linestring') draw.setMode('linestring');
      return;
    }
    if (draw.getMode() !== 'select') draw.setMode('select');
    remove(state.drawn);
    state.drawn = [];
    if (targetKey === null || targetLine === null) {
      clearEdited();
      return;
    }
    if (state.key === targetKey && state.id !== null && draw.hasFeature(state.id)) {
      // The same line, changed by the editor (a button, a coordinate typed, a save reloaded):
      // unless it is the map's own edit coming back, or a gesture is under way.
      if (state.busy || sameLine(state.line, targetLine)) return;
      state.line = targetLine;
      draw.updateFeatureGeometry(state.id, { type: 'LineString', coordinates: targetLine });
      return;
    }
    const newTarget = state.key !== targetKey;
    clearEdited();
    const id = draw.getFeatureId();
    const [result] = draw.addFeatures([
      {
        id,
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: targetLine },
        properties: { mode: 'linestring' },
      },
    ]);
    if (!result?.valid) {
      console.warn(`The route map could not edit this line: ${result?.reason ?? 'invalid'}`);
      return;
    }
    draw.selectFeature(id);
    Object.assign(state, { id, key: targetKey, line: targetLine, busy: false });
    if (newTarget && targetKey !== 'new') {
      const bounds = boundsOf([{ type: 'LineString', coordinates: targetLine }]);
      if (bounds) map.fitBounds(bounds, { padding: 48, maxZoom: 9, animate: false });
    }
  }, [ready, targetKey, targetLine, drawing]);

  useEffect(() => {
    if (!ready) return;
    mapRef.current?.getSource<GeoJSONSource>(LINES_SOURCE)?.setData(lines);
  }, [ready, lines]);

  const [ringLng, ringLat] = ring ?? [];
  useEffect(() => {
    if (!ready) return;
    const position: LngLat | null =
      ringLng === undefined || ringLat === undefined ? null : [ringLng, ringLat];
    mapRef.current?.getSource<GeoJSONSource>(VERTEX_SOURCE)?.setData(vertexData(position));
  }, [ready, ringLng, ringLat]);

  return (
    <>
      <div
        ref={containerRef}
        className="route-map"
        data-testid="route-map"
        data-state={ready ? 'ready' : 'loading'}
      />
      {noLand && (
        <p className="route-muted">
          The land is missing: the basemap is not built. Run npm run basemap, then reload.
        </p>
      )}
    </>
  );
}
