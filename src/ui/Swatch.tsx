/** A small line sample drawn with the map's own colours and dash patterns. */
import type { SwatchStyle } from '../map/swatch.ts';

const WIDTH = 40;
const HEIGHT = 14;

const dashArray = (dash: readonly number[]) => (dash.length > 0 ? dash.join(' ') : undefined);

/** The swatch; decorative, so hidden from assistive technology (its label says the same). */
export function Swatch({ style }: { style: SwatchStyle }) {
  const y = HEIGHT / 2;
  const line = { x1: 2, y1: y, x2: WIDTH - 2, y2: y };
  return (
    <svg
      className="swatch"
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      aria-hidden={true}
    >
      <line {...line} stroke={style.casing} strokeWidth={style.casingWidth} />
      <g opacity={style.opacity === 1 ? undefined : style.opacity}>
        <line
          {...line}
          stroke={style.color}
          strokeWidth={style.width}
          strokeLinecap={style.cap}
          strokeDasharray={dashArray(style.dash)}
        />
        {style.hollow && (
          <line
            {...line}
            stroke={style.hollow.color}
            strokeWidth={style.hollow.width}
            strokeLinecap={style.cap}
            strokeDasharray={dashArray(style.hollow.dash)}
          />
        )}
        {style.ties && (
          <line
            {...line}
            stroke={style.ties.color}
            strokeWidth={style.ties.width}
            strokeDasharray={dashArray(style.ties.dash)}
          />
        )}
      </g>
    </svg>
  );
}
