/** A small line sample drawn with the map's own colours and dash patterns. */
import type { Certainty, RouteKind } from '../content/schema';
import type { Theme } from '../map/theme';

interface SwatchProps {
  theme: Theme;
  kind: RouteKind;
  certainty: Certainty;
  color: string;
  /** A project whose indicative dash differs from its kind's. */
  project?: string;
}

const WIDTH = 40;
const HEIGHT = 14;

/** The dash pattern in pixels (MapLibre counts dashes in line widths, SVG in pixels). */
function dashPixels(
  dash: readonly number[] | null | undefined,
  lineWidth: number,
): string | undefined {
  return dash ? dash.map((length) => Math.max(length * lineWidth, 0.01)).join(' ') : undefined;
}

/** The swatch; decorative, so hidden from assistive technology (its label says the same). */
export function Swatch({ theme, kind, certainty, color, project }: SwatchProps) {
  const style = theme.kinds[kind];
  const width = Math.min(style.width, 4);
  const indicative = certainty === 'indicative';
  const dash = indicative
    ? ((project ? theme.projectIndicativeDash[project] : undefined) ?? style.indicativeDash)
    : style.dash;
  const y = HEIGHT / 2;
  return (
    <svg
      className="swatch"
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      aria-hidden={true}
    >
      <line x1={2} y1={y} x2={WIDTH - 2} y2={y} stroke={theme.casing} strokeWidth={width + 3} />
      <line
        x1={2}
        y1={y}
        x2={WIDTH - 2}
        y2={y}
        stroke={color}
        strokeWidth={width}
        strokeLinecap={style.cap}
        strokeDasharray={dashPixels(dash, width)}
      />
      {kind === 'rail' && (
        <line
          x1={2}
          y1={y}
          x2={WIDTH - 2}
          y2={y}
          stroke={theme.railTies}
          strokeWidth={1.2}
          strokeDasharray={dashPixels([1, 3], 1.2)}
        />
      )}
    </svg>
  );
}
