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

export interface OverlayLayout {
  /** One unit: 1 on a 630-pixel-high link preview, more on larger images. */
  unit: number;
  padding: number;
  title: Rect & { titleSize: number; subtitleSize: number };
  legend: Rect & { rows: { swatch: Rect; textX: number; baseline: number }[]; textSize: number };
  callout: Rect & { textSize: number };
  credit: Rect & { textSize: number };
  /** Room the map's camera should keep clear when it fits routes into the image. */
  mapPadding: { top: number; right: number; bottom: number; left: number };
}

/** The credit's lines at most: the sources and licences of what the image shows need two. */
export const CREDIT_LINES = 2;

/** The layout for an image of `width` × `height` with `legendRows` projects listed. */
export function overlayLayout(
  width: number,
  height: number,
  legendRows: number,
  withCallout: boolean,
): OverlayLayout {
  // Never below 0.75, so that a small image (a phone's current view) still has readable text.
  const unit = Math.max(Math.min(width, height) / 630, 0.75);
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
    title: {
      x: 0,
      y: 0,
      width,
      height: titleHeight,
      titleSize: 26 * unit,
      subtitleSize: 15 * unit,
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
    credit: { x: 0, y: height - creditHeight, width, height: creditHeight, textSize: 12 * unit },
    mapPadding: {
      top: titleHeight + padding,
      right: padding + (withCallout ? calloutWidth + padding : 0),
      bottom: creditHeight + legendHeight + 2 * padding,
      left: padding,
    },
  };
}
