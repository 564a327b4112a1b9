/**
 * The plan of a picture: from a request and the content, the camera, what the map draws (the
 * layer state) and where each cards card sits. Every output is drawn from it: the PNG (the
 * off-screen map with the cards painted from the same scene), the SVG and the PDF, the share
 * pictures. Composed like a map: the legend and the quote take the corners that cover none of
 * what the picture is about (the selected project, else every visible project, with the names
 * of the places on its lines), and the camera fits that into the room left. Pure.
 */

import type { Project, Status } from '../content/schema.ts';
import type { FontBook } from '../fonts/fontBook.ts';
import {
  coverage,
  extentInView,
  type Footprint,
  type FramedCamera,
  type PreparedFootprint,
  prepareFootprint,
  type Rect as ViewRect,
} from '../geo/footprint.ts';
import type { I18n } from '../i18n/createI18n.ts';
import type { DescriptionWords } from '../i18n/describe.ts';
import { REGION_BOUNDS } from '../map/basemapBounds.ts';
import { type Card, MAX_ZOOM, MIN_ZOOM } from '../map/clearings.ts';
import {
  type Framing,
  type FramingOptions,
  frameFootprint,
  projectsFootprint,
} from '../map/framing.ts';
import type { CardLayout, Rect } from './cardLayout.ts';
import {
  type CardContent,
  type CardTexts,
  cardContentFor,
  cardTexts,
  MIN_MAP_SHARE,
} from './cards.ts';
import type { PictureRequest } from './pictureRequest.ts';
import {
  type CardType,
  moveText,
  type SetText,
  setCredit,
  setLegend,
  setQuote,
  setTitle,
} from './typeset.ts';
import type { Camera } from './vector/projection.ts';
import type { TextLine } from './vector/scene.ts';

/** What a plan needs besides the request: the words and the font that measures them. */
export interface PlanInputs {
  i18n: Pick<I18n, 'content' | 'words'> & DescriptionWords;
  fonts: FontBook;
}

/** One row of the legend: its project, swatch and name. */
export interface LegendRow {
  project: Project;
  swatch: Rect;
  name: TextLine;
}

/** The cards over the picture, where they sit, and their words set in type. */
export interface PlannedCards {
  title: { box: Rect; title: SetText; subtitle: SetText };
  /** A band across the picture (narrow pictures) or a card; null with nothing to list. */
  legend: { box: Rect; band: boolean; rows: LegendRow[]; size: number } | null;
  quote: { box: Rect; quote: SetText; source: SetText } | null;
  credit: { box: Rect; credit: SetText };
}

export interface PicturePlan {
  width: number;
  height: number;
  /** One unit: type and lines grow with the picture (see `cardLayout`). */
  unit: number;
  cardContent: CardContent;
  texts: CardTexts;
  cards: PlannedCards;
  /** The map's camera for a picture of the request's size (MapLibre's zoom at that size). */
  camera: Camera & { bearing: number; pitch: number };
  /** What the map's layers show. */
  layerState: PictureLayerState;
  /** What the picture frames (the lines, and the names kept whole), and the room it was fitted in. */
  footprint: Footprint;
  room: ViewRect;
}

/** What a picture's map layers show: its selection, the visible projects, their statuses. */
export interface PictureLayerState {
  selected: string | null;
  hovered: null;
  visible: string[];
  statuses: Readonly<Record<string, Status>>;
}

/** The layer state of a request's picture (known before any text is measured). */
export function pictureLayerState(
  request: Pick<PictureRequest, 'project'>,
  cardContent: Pick<CardContent, 'visible' | 'statuses'>,
): PictureLayerState {
  return {
    selected: request.project,
    hovered: null,
    visible: cardContent.visible.map((project) => project.id),
    statuses: cardContent.statuses,
  };
}

type Corner = 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';
/** The corners tried, the usual places first (so that they win a tie). */
const LEGEND_CORNERS: readonly Corner[] = ['bottom-left', 'bottom-right', 'top-left', 'top-right'];
const QUOTE_CORNERS: readonly Corner[] = ['top-right', 'top-left', 'bottom-right', 'bottom-left'];

const asCard = (rect: Rect): Card => ({
  rect: { left: rect.x, top: rect.y, right: rect.x + rect.width, bottom: rect.y + rect.height },
  mayOverlap: false,
});

/** The projects a picture is about: the selected one, else every one it draws. */
function subjectOf(cardContent: CardContent): Project[] {
  return cardContent.project ? [cardContent.project] : cardContent.visible;
}

/** The region as a footprint, for a picture about no project. */
const REGION_FOOTPRINT: Footprint = {
  lines: [[REGION_BOUNDS[0], REGION_BOUNDS[1]]],
  labels: [],
};

function viewCamera(view: NonNullable<PictureRequest['view']>): FramedCamera {
  return { center: [view.lng, view.lat], zoom: view.zoom };
}

/** Where a picture looks that has nothing to frame: the region's middle. */
const DEFAULT_CAMERA: FramedCamera = { center: [55, 41], zoom: 3 };

/** Where the legend and the quote go, and the framing that leaves them clear. */
interface Placement {
  legend: Rect | null;
  quote: Rect | null;
  framing: Framing | null;
}

/** The height a picture gets: as asked, or taller where its bands leave its map too little. */
function pictureHeight(request: PictureRequest, layout: CardLayout, bands: number): number {
  // A narrow picture whose bands leave the map less than MIN_MAP_SHARE of its height, even with
  // the legend cut to the selected project or to nothing (`cardContentFor`), grows taller.
  const mapHeight = request.height - bands - 2 * layout.padding;
  const least = MIN_MAP_SHARE * request.height;
  return layout.bands && mapHeight < least
    ? Math.ceil(request.height + least - mapHeight)
    : request.height;
}

type Size = { width: number; height: number };

/** Every way to put the legend and the quote in two corners of the room, the usual first. */
function placementsIn(
  room: { top: number; bottom: number; left: number; right: number },
  legend: Size | null,
  quote: Size | null,
  gap: number,
): Omit<Placement, 'framing'>[] {
  const inCorner = (corner: Corner, size: Size): Rect => ({
    x: corner.endsWith('left') ? room.left : room.right - size.width,
    y: corner.startsWith('top') ? room.top : room.bottom - size.height,
    ...size,
  });
  const all = (legend ? LEGEND_CORNERS : [null]).flatMap((legendCorner) =>
    (quote ? QUOTE_CORNERS : [null])
      .filter((quoteCorner) => quoteCorner === null || quoteCorner !== legendCorner)
      .map((quoteCorner) => ({
        legend: legendCorner && legend ? inCorner(legendCorner, legend) : null,
        quote: quoteCorner && quote ? inCorner(quoteCorner, quote) : null,
      })),
  );
  // The two cards never meet: in a short picture, one in a corner above the other may not fit.
  const apart = all.filter(({ legend: a, quote: b }) => !a || !b || !overlaps(grow(a, gap), b));
  // Where they cannot stand apart, the quote is left out; the legend stays.
  return apart.length > 0 || !quote ? apart : placementsIn(room, legend, null, gap);
}

const grow = (rect: Rect, by: number): Rect => ({
  x: rect.x - by,
  y: rect.y - by,
  width: rect.width + 2 * by,
  height: rect.height + 2 * by,
});

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;

const cardsOf = (placement: Omit<Placement, 'framing'>): Card[] =>
  [placement.legend, placement.quote].flatMap((rect) => (rect ? [asCard(rect)] : []));

/** Of the placements, the one that scores highest (the first of equals); none scores null. */
function best(
  placements: readonly Omit<Placement, 'framing'>[],
  score: (
    placement: Omit<Placement, 'framing'>,
  ) => { value: number; framing: Framing | null } | null,
): Placement | undefined {
  let top = Number.NEGATIVE_INFINITY;
  let found: Placement | undefined;
  for (const placement of placements) {
    const scored = score(placement);
    if (scored && scored.value > top + 1e-9) {
      top = scored.value;
      found = { ...placement, framing: scored.framing };
    }
  }
  return found;
}

/** Of the placements, the one whose framing shows the footprint largest. */
function framedBeside(
  placements: readonly Omit<Placement, 'framing'>[],
  prepared: PreparedFootprint,
  view: Size,
  options: FramingOptions,
): Placement | undefined {
  return best(placements, (placement) => {
    const framing = frameFootprint(prepared, view, cardsOf(placement), options);
    return framing && { value: framing.camera.zoom, framing };
  });
}

/** Of the placements, the one whose cards cover least of the footprint seen by `camera`. */
function leastCovering(
  placements: readonly Omit<Placement, 'framing'>[],
  prepared: PreparedFootprint,
  camera: FramedCamera,
  view: Size,
): Placement | undefined {
  return best(placements, (placement) => ({
    value: -cardsOf(placement).reduce(
      (sum, card) => sum + coverage(prepared, camera, view, card.rect),
      0,
    ),
    framing: null,
  }));
}

/**
 * The least share of the room between the bands, one way, that a project's lines take when its
 * names are kept whole; where the names would take more, the lines alone are framed.
 */
const LINES_LEAST = 0.6;

/** The share of the room between the bands, the larger way, that the lines take. */
function linesFill(footprint: Footprint, camera: FramedCamera, view: Size, between: Size): number {
  const lines = extentInView(prepareFootprint({ ...footprint, labels: [] }), camera, view);
  if (!lines) return 0;
  return Math.max(
    (lines.right - lines.left) / between.width,
    (lines.bottom - lines.top) / between.height,
  );
}

/** The legend's rows, moved from where the layout set them to the card's place. */
function legendRows(
  cardContent: CardContent,
  names: readonly string[],
  box: Rect,
  band: boolean,
): LegendRow[] {
  const { legend } = cardContent.layout;
  const dx = box.x - (band ? 0 : legend.x);
  const dy = box.y - legend.y;
  return cardContent.entries.flatMap((project, index) => {
    const row = legend.rows[index];
    if (!row) return [];
    const swatch = { ...row.swatch, x: row.swatch.x + dx, y: row.swatch.y + dy };
    const name = { text: names[index] ?? project.name, x: row.textX + dx, y: row.baseline + dy };
    return [{ project, swatch, name }];
  });
}

/** The plan of a request's picture. */
export function planPicture(
  request: PictureRequest,
  inputs: PlanInputs,
  type: CardType = { minText: 0 },
): PicturePlan {
  const { i18n, fonts } = inputs;
  const { content } = i18n;
  const { width } = request;
  const base = cardContentFor(request, content);
  const texts = cardTexts(base, request, i18n);
  const { layout } = base;
  const { unit, padding } = layout;

  const title = setTitle(layout, texts, fonts, type);
  const credit = setCredit(layout, texts, fonts, type);
  const legend = base.entries.length > 0 ? setLegend(base, texts, fonts, type) : null;
  const quote = setQuote(layout, texts, fonts, type);
  const legendBandHeight = layout.bands && legend ? layout.legend.height : 0;
  const height = pictureHeight(request, layout, title.height + credit.height + legendBandHeight);
  const view = { width, height };
  const creditTop = height - credit.height;
  // A narrow picture's legend is a band above the credit; a card is as wide as its longest name.
  const legendBand = layout.bands
    ? { x: 0, y: creditTop - legendBandHeight, width, height: legendBandHeight }
    : null;
  const bands = {
    top: title.height,
    bottom: height - creditTop + legendBandHeight,
    left: 0,
    right: 0,
  };
  const placements = layout.bands
    ? [{ legend: null, quote: null }]
    : placementsIn(
        {
          top: title.height + padding,
          bottom: creditTop - padding,
          left: padding,
          right: width - padding,
        },
        legend && {
          width: Math.min(
            layout.legend.width,
            (layout.legend.rows[0]?.textX ?? 0) - layout.legend.x + legend.widest + 14 * unit,
          ),
          height: layout.legend.height,
        },
        quote && { width: layout.callout.width, height: quote.height },
        4 * unit,
      );

  const subject = subjectOf(base);
  const named =
    subject.length > 0
      ? projectsFootprint(subject, {
          places: content.places,
          approximateTemplate: i18n.words.approximatePlace,
          measure: (text, weight, size) => fonts.measure(text, weight, size),
          scale: unit,
        })
      : REGION_FOOTPRINT;
  // The zooms the live map allows: a picture never shows the world repeated around a dot.
  const options = {
    margin: padding,
    bands,
    minRoom: 0,
    gap: 4 * unit,
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
  };

  let chosen: Placement | undefined;
  let camera: PicturePlan['camera'];
  let footprint = named;
  if (request.view) {
    // The reader's own view, as it is: the cards go where they cover least of the subject.
    const { bearing, pitch } = request.view;
    const fixed = viewCamera(request.view);
    chosen = leastCovering(placements, prepareFootprint(named), fixed, view);
    camera = { ...view, ...fixed, bearing, pitch };
  } else {
    chosen = framedBeside(placements, prepareFootprint(named), view, options);
    const between = { width, height: creditTop - legendBandHeight - title.height };
    if (!chosen?.framing || linesFill(named, chosen.framing.camera, view, between) < LINES_LEAST) {
      // Where the names leave the lines too little room (a 55 or 115 mm column), the lines alone
      // are framed: the vector labels then drop a name rather than cut it.
      footprint = { ...named, labels: [] };
      chosen = framedBeside(placements, prepareFootprint(footprint), view, options);
    }
    // Nothing fits beside the cards (a tiny picture): the lines fill the room, without the cards.
    const framed =
      chosen?.framing ?? frameFootprint(prepareFootprint(footprint), view, [], options);
    camera = { ...view, ...(framed?.camera ?? DEFAULT_CAMERA), bearing: 0, pitch: 0 };
  }

  const legendBox = legendBand ?? chosen?.legend ?? null;
  const quoteBox = chosen?.quote ?? null;
  const cards: PlannedCards = {
    title: {
      box: { x: 0, y: 0, width, height: title.height },
      title: title.title,
      subtitle: title.subtitle,
    },
    legend:
      legend && legendBox
        ? {
            box: legendBox,
            band: legendBand !== null,
            size: legend.size,
            rows: legendRows(base, legend.names, legendBox, legendBand !== null),
          }
        : null,
    quote:
      quote && quoteBox
        ? {
            box: quoteBox,
            quote: moveText(quote.quote, quoteBox.x, quoteBox.y),
            source: moveText(quote.source, quoteBox.x, quoteBox.y),
          }
        : null,
    credit: {
      box: { x: 0, y: creditTop, width, height: credit.height },
      credit: moveText(credit.credit, 0, creditTop),
    },
  };
  return {
    width,
    height,
    unit,
    cardContent: { ...base, excerpt: cards.quote ? base.excerpt : null },
    texts: cards.quote ? texts : { ...texts, quote: null },
    cards,
    camera,
    layerState: pictureLayerState(request, base),
    footprint,
    room: chosen?.framing?.room ?? {
      left: padding,
      top: bands.top + padding,
      right: width - padding,
      bottom: height - bands.bottom - padding,
    },
  };
}
