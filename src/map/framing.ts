/**
 * How the map frames projects, on screen and in every picture: the projects' footprint (their
 * lines, and the names of the labelled places on them, as the places layer draws them), fitted
 * into the room the cards over the map leave. A card stays over the map where it covers nothing
 * of the footprint; else the map gives it the edge beside it. The framing that shows the
 * footprint largest wins. Pure.
 */
import type { PlaceFeature, Project } from '../content/schema.ts';
import { lineKm } from '../geo/flowLine.ts';
import {
  type Align,
  coverage,
  type Footprint,
  type FramedCamera,
  fitFootprint,
  type LabelBox,
  type PreparedFootprint,
  prepareFootprint,
  type Rect,
} from '../geo/footprint.ts';
import { linesOf } from '../geo/linesOf.ts';
import { fillParts } from '../i18n/translate.ts';
import type { Card, Insets } from './clearings.ts';
import { clearingsOf, clipToMap, NONE, union } from './clearings.ts';
import { PLACE_LABEL } from './layers/places.ts';

/** Measures a line of text in the map's font: its width in pixels. */
export type MeasureText = (text: string, weight: 400 | 600, size: number) => number;

/** The name a place's label shows, as the places layer writes it. */
export function placeLabel(place: PlaceFeature, approximateTemplate: string): string {
  const { name, approximate } = place.properties;
  return approximate ? fillParts(approximateTemplate, { name }).join('') : name;
}

/** Words wrapped at the layer's `text-max-width`, as MapLibre breaks a long name. */
function labelLines(text: string, measure: (line: string) => number, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && measure(`${last} ${word}`) <= maxWidth) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else lines.push(word);
  }
  return lines;
}

/**
 * The box a place's dot and label may take, in pixels about the place's point: the label on any
 * of the layer's anchors (right of the dot, left of it, below or above), since MapLibre moves it
 * to another where the first collides with a neighbour's, so that it is whole on every one.
 */
export function labelBox(
  text: string,
  size: number,
  weight: 400 | 600,
  measure: MeasureText,
  scale: number,
): Rect {
  const px = size * scale;
  const lines = labelLines(text, (line) => measure(line, weight, px), PLACE_LABEL.maxWidthEms * px);
  const width = Math.max(0, ...lines.map((line) => measure(line, weight, px)));
  const height = lines.length * PLACE_LABEL.lineHeight * px;
  const halo = PLACE_LABEL.halo * scale;
  const offset = PLACE_LABEL.radialOffset * px;
  const across = Math.max(offset + width, width / 2) + halo;
  const along = Math.max(offset + height, height / 2) + halo;
  return { left: -across, right: across, top: -along, bottom: along };
}

/** What drawing a footprint needs besides the projects: the places, their words, the font. */
export interface FootprintInputs {
  places: readonly PlaceFeature[];
  approximateTemplate: string;
  measure: MeasureText;
  /** How much larger than on screen the map's type is drawn (a picture's unit). */
  scale: number;
}

/** How near a line's point a labelled place is taken to be on it, in kilometres. */
const ON_ROUTE_KM = 10;

/**
 * The labelled places on the projects' lines (within ON_ROUTE_KM of one of their points): the
 * names a frame keeps whole and uncovered. A line that ends at an unlabelled point (a city the
 * map names by its port) counts the labelled place beside it.
 */
export function placesOn(
  projects: readonly Project[],
  places: readonly PlaceFeature[],
): PlaceFeature[] {
  const labelled = places.filter((place) => place.properties.label);
  const points = projects.flatMap((project) =>
    project.routes.flatMap((route) => linesOf(route.geometry).flat()),
  );
  // A degree of latitude is 111 km: a cheap box test before the distance on the sphere.
  const near = ON_ROUTE_KM / 100;
  return labelled.filter((place) => {
    const [lng = 0, lat = 0] = place.geometry.coordinates;
    return points.some(
      (point) =>
        Math.abs((point[1] ?? 0) - lat) < near &&
        Math.abs((point[0] ?? 0) - lng) < near * 2 &&
        lineKm([point, place.geometry.coordinates]) <= ON_ROUTE_KM,
    );
  });
}

/** The projects' lines, and the labels of the places on them. */
export function projectsFootprint(
  projects: readonly Project[],
  inputs: FootprintInputs,
): Footprint {
  const lines = projects.flatMap((project) =>
    project.routes.flatMap((route) => linesOf(route.geometry)),
  );
  const labels: LabelBox[] = placesOn(projects, inputs.places).map((place) => {
    const capital = place.properties.kind === 'capital';
    const text = placeLabel(place, inputs.approximateTemplate);
    const size = capital ? PLACE_LABEL.capitalSize : PLACE_LABEL.size;
    return {
      at: place.geometry.coordinates,
      box: labelBox(text, size, capital ? 600 : 400, inputs.measure, inputs.scale),
    };
  });
  return { lines, labels };
}

/** A framing: the camera, the edges it cleared, and the cards left over the map. */
export interface Framing {
  camera: FramedCamera;
  insets: Insets;
  /** The room the footprint was fitted into (the view less insets and margin). */
  room: Rect;
  /** The cards that stay over the map, covering none of the footprint. */
  over: Card[];
}

export interface FramingOptions {
  /** Room kept between the footprint and the edge of the room, in pixels. */
  margin: number;
  /** Insets that are never the map's (a picture's title and credit bands). */
  bands?: Insets;
  /** The smallest room worth fitting into, each way, margins included. */
  minRoom: number;
  /** Room kept between the footprint and a card left over the map. */
  gap: number;
  /** The zooms the map allows: a fit below `minZoom` would be drawn larger than it fits. */
  minZoom?: number;
  maxZoom?: number;
}

const SIDES: readonly Align[] = ['centre', 'start', 'end'];
/** Centred first; then the footprint slid to each side of the room where it has room to spare. */
const ALIGNS: readonly { x: Align; y: Align }[] = SIDES.flatMap((x) =>
  SIDES.map((y) => ({ x, y })),
);

const grow = (rect: Rect, by: number): Rect => ({
  left: rect.left - by,
  top: rect.top - by,
  right: rect.right + by,
  bottom: rect.bottom + by,
});

/**
 * The framing that shows the footprint largest beside `cards` on a `width` × `height` view,
 * covered by no card; null when no room is left for it (the caller falls back).
 */
export function frameFootprint(
  footprint: PreparedFootprint,
  view: { width: number; height: number },
  cards: readonly Card[],
  options: FramingOptions,
): Framing | null {
  const { width, height } = view;
  const onMap = cards.flatMap((card) => {
    const rect = clipToMap(card.rect, width, height);
    return rect ? [{ ...card, rect }] : [];
  });
  const combos = onMap.reduce<{ insets: Insets; over: Card[] }[]>(
    (sofar, card) =>
      sofar.flatMap(({ insets, over }) =>
        // A card may also stay over the map (null): where it covers none of the footprint.
        [null, ...clearingsOf(card.rect, width, height)].map((clearing) =>
          clearing ? { insets: union(insets, clearing), over } : { insets, over: [...over, card] },
        ),
      ),
    [{ insets: options.bands ?? NONE, over: [] }],
  );
  let best: Framing | null = null;
  for (const { insets, over } of combos) {
    const room = {
      left: insets.left + options.margin,
      top: insets.top + options.margin,
      right: width - insets.right - options.margin,
      bottom: height - insets.bottom - options.margin,
    };
    const roomWidth = room.right - room.left + 2 * options.margin;
    const roomHeight = room.bottom - room.top + 2 * options.margin;
    if (roomWidth < options.minRoom || roomHeight < options.minRoom) continue;
    for (const align of ALIGNS) {
      const camera = fitFootprint(footprint, room, view, { maxZoom: options.maxZoom, align });
      if (!camera || camera.zoom < (options.minZoom ?? Number.NEGATIVE_INFINITY)) break;
      if (best && camera.zoom <= best.camera.zoom + 1e-9) break;
      const clear = over.every(
        (card) => coverage(footprint, camera, view, grow(card.rect, options.gap)) === 0,
      );
      if (clear) {
        best = { camera, insets, room, over };
        break;
      }
    }
  }
  return best;
}

/**
 * The framing of a footprint with its names; where they leave no room (a small window at the
 * least zoom), of its lines alone, whose names MapLibre may then cut.
 */
export function frameNamedOrLines(
  footprint: Footprint,
  view: { width: number; height: number },
  cards: readonly Card[],
  options: FramingOptions,
): Framing | null {
  return (
    frameFootprint(prepareFootprint(footprint), view, cards, options) ??
    frameFootprint(prepareFootprint({ ...footprint, labels: [] }), view, cards, options)
  );
}
