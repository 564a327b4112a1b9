/**
 * The plan of a picture: from a request and the content, the camera, what the map draws (the
 * layer state) and where each overlay card sits. Every output is drawn from it: the PNG (the
 * off-screen map with the overlay painted from the same scene), the SVG and the PDF, the share
 * pictures. Composed like a map: the legend and the quote take the corners that cover none of
 * what the picture is about (the selected project, else every visible project, with the names
 * of the places its lines end at), and the camera fits that into the room left. Pure.
 */
import type { DescriptionWords } from '../content/describe';
import type { Project, Status } from '../content/schema';
import {
  coverage,
  type Footprint,
  type PreparedFootprint,
  prepareFootprint,
  type Rect as ViewRect,
} from '../geo/footprint';
import type { I18n } from '../i18n/i18nOf';
import { REGION_BOUNDS } from '../map/basemapBounds';
import { type Framing, frameFootprint, projectsFootprint } from '../map/framing';
import type { Card } from '../map/overlays';
import {
  MIN_MAP_SHARE,
  type Overlay,
  type OverlayTexts,
  overlayFor,
  overlayTexts,
} from './overlay';
import type { Rect } from './overlayLayout';
import type { SnapshotRequest } from './snapshotOptions';
import {
  moveText,
  type OverlayType,
  type SetText,
  setCredit,
  setLegend,
  setQuote,
  setTitle,
} from './typeset';
import type { FontBook } from './vector/fontBook';
import type { Camera } from './vector/projection';
import type { TextLine } from './vector/scene';

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
export interface PlannedOverlay {
  title: { box: Rect; title: SetText; subtitle: SetText };
  /** A band across the picture (narrow pictures) or a card; null with nothing to list. */
  legend: { box: Rect; band: boolean; rows: LegendRow[]; size: number } | null;
  quote: { box: Rect; quote: SetText; source: SetText } | null;
  credit: { box: Rect; credit: SetText };
}

export interface PicturePlan {
  width: number;
  height: number;
  /** One unit: type and lines grow with the picture (see `overlayLayout`). */
  unit: number;
  overlay: Overlay;
  texts: OverlayTexts;
  cards: PlannedOverlay;
  /** The map's camera for a picture of the request's size (MapLibre's zoom at that size). */
  camera: Camera & { bearing: number; pitch: number };
  /** What the map's layers show. */
  layerState: {
    selected: string | null;
    hovered: null;
    visible: string[];
    statuses: Readonly<Record<string, Status>>;
  };
  /** What the picture frames (the lines, and the names kept whole), and the room it was fitted in. */
  footprint: Footprint;
  room: ViewRect;
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
function subjectOf(overlay: Overlay): Project[] {
  return overlay.project ? [overlay.project] : overlay.visible;
}

/** The region as a footprint, for a picture about no project. */
const REGION_FOOTPRINT: Footprint = {
  lines: [[REGION_BOUNDS[0], REGION_BOUNDS[1]]],
  labels: [],
};

function viewCamera(view: NonNullable<SnapshotRequest['view']>) {
  return { center: [view.lng, view.lat] as [number, number], zoom: view.zoom };
}

/** Where the legend and the quote go, and the framing that leaves them clear. */
interface Placement {
  legend: Rect | null;
  quote: Rect | null;
  framing: Framing | null;
}

/** The plan of a request's picture. */
export function planPicture(
  request: SnapshotRequest,
  inputs: PlanInputs,
  type: OverlayType = { minText: 0 },
): PicturePlan {
  const { i18n, fonts } = inputs;
  const { content } = i18n;
  const { width } = request;
  const base = overlayFor(request, content);
  const texts = overlayTexts(base, request, i18n);
  const { layout } = base;
  const { unit, padding } = layout;

  const title = setTitle(layout, texts, fonts, type);
  const credit = setCredit(layout, texts, fonts, type);
  const legend = base.entries.length > 0 ? setLegend(base, texts, fonts, type) : null;
  const quote = setQuote(layout, texts, fonts, type);
  // A narrow picture whose bands leave the map less than MIN_MAP_SHARE of its height, even with
  // the legend cut to the selected project or to nothing (`overlayFor`), grows taller.
  const bandsHeight =
    title.height + credit.height + (layout.bands && legend ? layout.legend.height : 0);
  const mapHeight = request.height - bandsHeight - 2 * padding;
  const least = MIN_MAP_SHARE * request.height;
  const height =
    layout.bands && mapHeight < least
      ? Math.ceil(request.height + least - mapHeight)
      : request.height;
  const view = { width, height };
  const creditTop = height - credit.height;

  // A narrow picture's legend is a band above the credit; a card is as wide as its longest name.
  const legendBand = layout.bands
    ? { x: 0, y: creditTop - layout.legend.height, width, height: layout.legend.height }
    : null;
  const legendSize = legend && {
    width: Math.min(
      layout.legend.width,
      (layout.legend.rows[0]?.textX ?? 0) - layout.legend.x + legend.widest + 14 * unit,
    ),
    height: layout.legend.height,
  };
  const quoteSize = quote && { width: layout.callout.width, height: quote.height };

  const bands = {
    top: title.height,
    bottom: height - (legendBand && legend ? legendBand.y : creditTop),
    left: 0,
    right: 0,
  };
  const room = { top: title.height + padding, bottom: creditTop - padding, right: width - padding };
  const inCorner = (corner: Corner, size: { width: number; height: number }): Rect => ({
    x: corner.endsWith('left') ? padding : room.right - size.width,
    y: corner.startsWith('top') ? room.top : room.bottom - size.height,
    ...size,
  });

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
  const options = { margin: padding, bands, minRoom: 0, gap: 4 * unit };

  // Every way to put the legend and the quote in two corners of the room, the usual first.
  const placements: Omit<Placement, 'framing'>[] = layout.bands
    ? [{ legend: null, quote: null }]
    : (legendSize ? LEGEND_CORNERS : [null]).flatMap((legendCorner) =>
        (quoteSize ? QUOTE_CORNERS : [null])
          .filter((quoteCorner) => quoteCorner === null || quoteCorner !== legendCorner)
          .map((quoteCorner) => ({
            legend: legendCorner && legendSize ? inCorner(legendCorner, legendSize) : null,
            quote: quoteCorner && quoteSize ? inCorner(quoteCorner, quoteSize) : null,
          })),
      );
  const cardsOf = (placement: Omit<Placement, 'framing'>): Card[] =>
    [placement.legend, placement.quote].flatMap((rect) => (rect ? [asCard(rect)] : []));

  let chosen: Placement | undefined;
  let camera: PicturePlan['camera'];
  let footprint = named;
  if (request.view) {
    // The reader's own view, as it is: the cards go where they cover least of the subject.
    const prepared = prepareFootprint(named);
    const fixed = viewCamera(request.view);
    let least = Number.POSITIVE_INFINITY;
    for (const placement of placements) {
      const covered = cardsOf(placement).reduce(
        (sum, card) => sum + coverage(prepared, fixed, view, card.rect),
        0,
      );
      if (covered < least) [least, chosen] = [covered, { ...placement, framing: null }];
    }
    const { bearing, pitch } = request.view;
    camera = { ...view, ...fixed, bearing, pitch };
  } else {
    const best = (prepared: PreparedFootprint) => {
      let found: Placement | undefined;
      for (const placement of placements) {
        const framing = frameFootprint(prepared, view, cardsOf(placement), options);
        if (
          framing &&
          (!found?.framing || framing.camera.zoom > found.framing.camera.zoom + 1e-9)
        ) {
          found = { ...placement, framing };
        }
      }
      return found;
    };
    // Where the names leave the lines too little room (the whole map in a 55 mm column), the
    // lines alone are framed: the vector labels then drop a name rather than cut it.
    chosen = best(prepareFootprint(named));
    if (!chosen) {
      footprint = { ...named, labels: [] };
      chosen = best(prepareFootprint(footprint));
    }
    // Nothing fits beside the cards (a tiny picture): the subject fills the room under them.
    const framed =
      chosen?.framing ?? frameFootprint(prepareFootprint(footprint), view, [], options);
    camera = {
      ...view,
      ...(framed?.camera ?? viewCamera({ zoom: 3, lat: 41, lng: 55, bearing: 0, pitch: 0 })),
      bearing: 0,
      pitch: 0,
    };
  }

  const legendBox = legendBand ?? chosen?.legend ?? null;
  const quoteBox = chosen?.quote ?? null;
  const planned: PlannedOverlay = {
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
            rows: base.entries.flatMap((project, index) => {
              const row = layout.legend.rows[index];
              if (!row) return [];
              // The layout's rows are laid out from its own legend box: move them with the card.
              const dx = legendBox.x - (legendBand ? 0 : layout.legend.x);
              const dy = legendBox.y - layout.legend.y;
              return [
                {
                  project,
                  swatch: { ...row.swatch, x: row.swatch.x + dx, y: row.swatch.y + dy },
                  name: {
                    text: legend.names[index] ?? project.name,
                    x: row.textX + dx,
                    y: row.baseline + dy,
                  },
                },
              ];
            }),
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
  const fittedRoom = chosen?.framing?.room ?? {
    left: padding,
    top: bands.top + padding,
    right: width - padding,
    bottom: height - bands.bottom - padding,
  };
  return {
    width,
    height,
    unit,
    overlay: { ...base, excerpt: planned.quote ? base.excerpt : null },
    texts: planned.quote ? texts : { ...texts, quote: null },
    cards: planned,
    camera,
    layerState: {
      selected: request.project,
      hovered: null,
      visible: base.visible.map((project) => project.id),
      statuses: base.statuses,
    },
    footprint,
    room: fittedRoom,
  };
}
