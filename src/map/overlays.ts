/**
 * Where the cards over the map sit (keep in step with styles.css): the legend on the left, or as a
 * bar on top on phones; the project panel on the right, or as a bottom sheet on phones. Pure, so
 * the camera logic that keeps routes out from under them can be tested.
 */

/** Widths up to this are laid out as a phone (the CSS media query's breakpoint). */
export const PHONE_MAX_WIDTH = 640;

/** Pixels covered along each edge of the map. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** How much of a map of this size the cards cover. */
export function coveredInsets(
  width: number,
  height: number,
  panelOpen: boolean,
  embedded = false,
): Insets {
  // Embedded, the legend starts folded to a bar and the panel flows below the map.
  if (embedded) return { top: 56, right: 0, bottom: 0, left: 0 };
  if (width > PHONE_MAX_WIDTH) {
    return { top: 0, right: panelOpen ? 414 : 0, bottom: 0, left: 354 };
  }
  return { top: 112, right: 0, bottom: panelOpen ? Math.round(height * 0.45) : 0, left: 0 };
}

/** Padding for fitting bounds into the part of the map the cards leave free. */
export function fitPadding(
  width: number,
  height: number,
  panelOpen: boolean,
  embedded = false,
): Insets {
  const covered = coveredInsets(width, height, panelOpen, embedded);
  const margin = 24;
  return {
    top: covered.top + margin,
    right: covered.right + margin,
    bottom: covered.bottom + margin,
    left: covered.left + margin,
  };
}

function shift(value: number, min: number, max: number): number {
  if (min > max) return 0;
  if (value < min) return value - min;
  if (value > max) return value - max;
  return 0;
}

/**
 * The pan, in pixels, that brings `point` into the free part of the map with `margin` to spare;
 * [0, 0] when it is already there (or when there is no free part to bring it to).
 */
export function panToReveal(
  point: { x: number; y: number },
  width: number,
  height: number,
  covered: Insets,
  margin = 40,
): [number, number] {
  return [
    shift(point.x, covered.left + margin, width - covered.right - margin),
    shift(point.y, covered.top + margin, height - covered.bottom - margin),
  ];
}
