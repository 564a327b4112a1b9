/**
 * Where the title, legend, callout and credit sit on an exported image, in CSS pixels of the
 * image (the drawing multiplies by the scale). Sizes grow with the image's shorter side, so that
 * the text stays readable however large the image is. Pure, so tests can sample the legend.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CardLayout {
  /** One unit: 1 on a 630-pixel-high link preview, more on larger images. */
  unit: number;
  padding: number;
  /**
   * Whether the cards are bands above and below the map (a narrow picture: a phone's view, a
   * printed column) rather than cards floating over it.
   */
  bands: boolean;
  /** `baselines`: of the title and of the subtitle, from the top. */
  title: Rect & { titleSize: number; subtitleSize: number; baselines: [number, number] };
  legend: Rect & { rows: { swatch: Rect; textX: number; baseline: number }[]; textSize: number };
  /** Zero wide where there is no room for a callout. */
  callout: Rect & { textSize: number };
  /** `lines`: how many lines the credit may take; `firstBaseline` from its top, `lineStep` apart. */
  credit: Rect & { textSize: number; lines: number; firstBaseline: number; lineStep: number };
  /** Room the map's camera should keep clear when it fits routes into the image. */
  mapPadding: { top: number; right: number; bottom: number; left: number };
}

/** The credit's lines at most: the sources and licences of what the image shows need two. */
export const CREDIT_LINES = 2;

/** Pictures narrower than this get their cards as bands above and below the map. */
export const BANDS_BELOW_WIDTH = 640;
/** About how long a credit runs, in characters, for the room a narrow picture keeps for it. */
const CREDIT_CHARS = 360;
/** Noto Sans's mean advance, in ems, for that estimate. */
const MEAN_ADVANCE = 0.55;

/**
 * A narrow picture's layout: the title in a band on top; the legend (in two columns where they
 * fit) and the credit in bands below the map, which keeps the room between them. No callout.
 */
function bandLayout(width: number, height: number, legendRows: number, unit: number): CardLayout {
  const padding = 10 * unit;
  const titleHeight = 54 * unit;
  const inner = width - 2 * padding;
  const creditSize = 12 * unit;
  const lineStep = 1.25 * creditSize;
  const perLine = Math.max(1, Math.floor(inner / (creditSize * MEAN_ADVANCE)));
  const creditLines = Math.max(CREDIT_LINES, Math.ceil(CREDIT_CHARS / perLine));
  const creditHeight = 8 * unit + creditLines * lineStep;
  const columns = legendRows > 2 && width >= 420 ? 2 : 1;
  const perColumn = Math.ceil(legendRows / columns);
  const rowHeight = 22 * unit;
  const legendHeight = legendRows === 0 ? 0 : perColumn * rowHeight + 8 * unit;
  const legendY = height - creditHeight - legendHeight;
  const columnWidth = inner / columns;
  const rows = Array.from({ length: legendRows }, (_, index) => {
    const column = Math.floor(index / perColumn);
    const x = padding + column * columnWidth;
    const top = legendY + 4 * unit + (index % perColumn) * rowHeight;
    return {
      swatch: { x, y: top + 6 * unit, width: 22 * unit, height: 10 * unit },
      textX: x + 28 * unit,
      baseline: top + 15 * unit,
    };
  });
  return {
    unit,
    padding,
    bands: true,
    title: {
      x: 0,
      y: 0,
      width,
      height: titleHeight,
      titleSize: 20 * unit,
      subtitleSize: 12 * unit,
      baselines: [24 * unit, 44 * unit],
    },
    legend: {
      x: 0,
      y: legendY,
      // Each column's text may run to the column's end.
      width: columns === 1 ? width : padding + columnWidth,
      height: legendHeight,
      rows,
      textSize: 13 * unit,
    },
    callout: { x: width, y: titleHeight, width: 0, height: 0, textSize: 12 * unit },
    credit: {
      x: 0,
      y: height - creditHeight,
      width,
      height: creditHeight,
      textSize: creditSize,
      lines: creditLines,
      firstBaseline: 4 * unit + creditSize,
      lineStep,
    },
    mapPadding: {
      top: titleHeight + padding,
      right: padding,
      bottom: legendHeight + creditHeight + padding,
      left: padding,
    },
  };
}

/** The layout for an image of `width` × `height` with `legendRows` projects listed. */
export function cardLayout(
  width: number,
  height: number,
  legendRows: number,
  withCallout: boolean,
): CardLayout {
  // Never below 0.75, so that a small image (a phone's current view) still has readable text.
  const unit = Math.max(Math.min(width, height) / 630, 0.75);
  if (width < BANDS_BELOW_WIDTH) return bandLayout(width, height, legendRows, unit);
  const padding = 16 * unit;
  const titleHeight = 70 * unit;
  const creditHeight = (12 + CREDIT_LINES * 16) * unit;
  const rowHeight = 28 * unit;
  const legendWidth = Math.min(width * 0.5, 400 * unit);
  const legendHeight = legendRows * rowHeight + 16 * unit;
  const legendY = height - creditHeight - padding - legendHeight;
  const rows = Array.from({ length: legendRows }, (_, index) => {
    const top = legendY + 8 * unit + index * rowHeight;
    return {
      swatch: { x: padding + 10 * unit, y: top + 6 * unit, width: 40 * unit, height: 16 * unit },
      textX: padding + 60 * unit,
      baseline: top + 19 * unit,
    };
  });
  const calloutWidth = Math.min(width * 0.4, 420 * unit);
  return {
    unit,
    padding,
    bands: false,
    title: {
      x: 0,
      y: 0,
      width,
      height: titleHeight,
      titleSize: 26 * unit,
      subtitleSize: 15 * unit,
      baselines: [34 * unit, 58 * unit],
    },
    legend: {
      x: padding,
      y: legendY,
      width: legendWidth,
      height: legendHeight,
      rows,
      textSize: 15 * unit,
    },
    callout: {
      x: width - padding - calloutWidth,
      y: titleHeight + padding,
      width: calloutWidth,
      height: 0,
      textSize: 15 * unit,
    },
    credit: {
      x: 0,
      y: height - creditHeight,
      width,
      height: creditHeight,
      textSize: 12 * unit,
      lines: CREDIT_LINES,
      firstBaseline: 17 * unit,
      lineStep: 16 * unit,
    },
    mapPadding: {
      top: titleHeight + padding,
      right: padding + (withCallout ? calloutWidth + padding : 0),
      bottom: creditHeight + legendHeight + 2 * padding,
      left: padding,
    },
  };
}
