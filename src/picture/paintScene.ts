/**
 * Paints a `Scene`'s groups on a 2D canvas: the PNG's cards is drawn from the very groups the
 * SVG and PDF write, its text already set by the plan (so nothing is measured here) in the page's
 * own Noto Sans, the font those measurements come from.
 */
import type { CircleShape, Group, PathShape, Segment, TextShape } from './vector/scene.ts';

const FAMILY = '"Noto Sans", sans-serif';

/** A path's segments as a Path2D. */
function pathOf(segments: readonly Segment[]): Path2D {
  const path = new Path2D();
  for (const segment of segments) {
    if (segment[0] === 'M') path.moveTo(segment[1], segment[2]);
    else if (segment[0] === 'L') path.lineTo(segment[1], segment[2]);
    else path.closePath();
  }
  return path;
}

function paintPath(ctx: CanvasRenderingContext2D, shape: PathShape) {
  const path = pathOf(shape.segments);
  ctx.globalAlpha = shape.opacity ?? 1;
  if (shape.fill && shape.fill !== 'none') {
    ctx.fillStyle = shape.fill;
    ctx.fill(path, shape.fillRule ?? 'nonzero');
  }
  if (shape.stroke && shape.stroke !== 'none' && (shape.strokeWidth ?? 1) > 0) {
    ctx.strokeStyle = shape.stroke;
    ctx.lineWidth = shape.strokeWidth ?? 1;
    ctx.lineCap = shape.cap ?? 'butt';
    ctx.lineJoin = shape.join ?? 'miter';
    ctx.setLineDash(shape.dash ? [...shape.dash] : []);
    ctx.stroke(path);
  }
}

function paintCircle(ctx: CanvasRenderingContext2D, shape: CircleShape) {
  const path = new Path2D();
  path.arc(shape.cx, shape.cy, shape.r, 0, 2 * Math.PI);
  ctx.globalAlpha = shape.opacity ?? 1;
  if (shape.fill && shape.fill !== 'none') {
    ctx.fillStyle = shape.fill;
    ctx.fill(path);
  }
  if (shape.stroke && shape.stroke !== 'none' && (shape.strokeWidth ?? 1) > 0) {
    ctx.strokeStyle = shape.stroke;
    ctx.lineWidth = shape.strokeWidth ?? 1;
    ctx.setLineDash([]);
    ctx.stroke(path);
  }
}

function paintText(ctx: CanvasRenderingContext2D, shape: TextShape) {
  ctx.save();
  ctx.globalAlpha = shape.opacity ?? 1;
  ctx.font = `${shape.italic ? 'italic ' : ''}${shape.weight} ${shape.size}px ${FAMILY}`;
  ctx.letterSpacing = `${shape.letterSpacing ?? 0}px`;
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  if (shape.rotate) {
    const [x, y] = shape.rotate.origin;
    ctx.translate(x, y);
    ctx.rotate((shape.rotate.angle * Math.PI) / 180);
    ctx.translate(-x, -y);
  }
  if (shape.halo && shape.halo.width > 0) {
    ctx.strokeStyle = shape.halo.color;
    ctx.lineWidth = 2 * shape.halo.width;
    ctx.lineJoin = 'round';
    ctx.setLineDash([]);
    for (const line of shape.lines) ctx.strokeText(line.text, line.x, line.y);
  }
  ctx.fillStyle = shape.fill;
  for (const line of shape.lines) ctx.fillText(line.text, line.x, line.y);
  ctx.restore();
}

/** Paints the groups, bottom to top, in the scene's pixels (the caller scales the context). */
export function paintScene(ctx: CanvasRenderingContext2D, groups: readonly Group[]): void {
  const paint = (group: Group) => {
    for (const node of group.children) {
      if (node.type === 'group') paint(node);
      else if (node.type === 'path') paintPath(ctx, node);
      else if (node.type === 'circle') paintCircle(ctx, node);
      else paintText(ctx, node);
    }
  };
  ctx.save();
  for (const group of groups) paint(group);
  ctx.restore();
}
