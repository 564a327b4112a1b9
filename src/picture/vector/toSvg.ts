/**
 * Writes a vector scene as SVG a designer can open and edit: each group a named layer (the id
 * Illustrator reads, the label Inkscape reads), every line a path, every label text in Noto Sans.
 */
import type { FontBook } from '../../fonts/fontBook.ts';
import { type Group, type Node, pathData, type Scene, type TextShape } from './scene.ts';

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export const FONT_FAMILY = "'Noto Sans', sans-serif";

/** The font's credit, written into every SVG that names it. */
export const FONT_NOTE =
  'Text is set in Noto Sans (SIL Open Font License 1.1, by the Noto Project Authors), referenced by name, not embedded: install Noto Sans to edit it as drawn.';

type Attributes = Record<string, string | number | undefined | null | false>;

function attributes(attrs: Attributes): string {
  return Object.entries(attrs)
    .filter(([, value]) => value !== undefined && value !== null && value !== false)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}

const element = (name: string, attrs: Attributes, content?: string) =>
  content === undefined
    ? `<${name}${attributes(attrs)}/>`
    : `<${name}${attributes(attrs)}>${content}</${name}>`;

/** A layer name as an XML id, encoded as Illustrator encodes it (`routes/titr` → `routes_x2F_titr`). */
export function layerId(name: string): string {
  return name.replace(
    /[^A-Za-z0-9_.-]/g,
    (char) => `_x${(char.codePointAt(0) ?? 0).toString(16).toUpperCase()}_`,
  );
}

/** Decimals of every number written: a hundredth of a pixel. */
const DIGITS = 2;
const num = (value: number) => String(Math.round(value * 10 ** DIGITS) / 10 ** DIGITS);

/** A label's rotation about its anchor, as an SVG transform; empty when it is level. */
function rotation(shape: TextShape): string {
  return shape.rotate
    ? `rotate(${num(shape.rotate.angle)} ${num(shape.rotate.origin[0])} ${num(shape.rotate.origin[1])})`
    : '';
}

/** A label's fill and its halo: a stroke drawn under the glyphs. */
function paintOf(shape: TextShape): Attributes {
  return {
    fill: shape.fill,
    opacity: shape.opacity,
    stroke: shape.halo?.color,
    'stroke-width': shape.halo ? num(shape.halo.width * 2) : undefined,
    'stroke-linejoin': shape.halo ? 'round' : undefined,
    'paint-order': shape.halo ? 'stroke' : undefined,
  };
}

/** Text drawn as outlines: one path per label, with its halo, in the text's place. */
function outlinedText(shape: TextShape, fonts: FontBook): string {
  const d = shape.lines
    .map((line) =>
      fonts.outline(line.text, shape.weight, shape.size, line.x, line.y, shape.letterSpacing ?? 0),
    )
    .join('');
  if (!d) return '';
  const slant = shape.italic ? ` skewX(-12)` : '';
  const rotate = rotation(shape);
  const first = shape.lines[0];
  // An italic slant leans each glyph about the first line's baseline.
  const italic =
    shape.italic && first
      ? `translate(${num(first.y * Math.tan((12 * Math.PI) / 180))} 0)${slant}`
      : '';
  return element('path', {
    d,
    ...paintOf(shape),
    transform: [rotate, italic].filter(Boolean).join(' ') || undefined,
  });
}

function textElement(shape: TextShape): string {
  const attrs: Attributes = {
    'font-size': num(shape.size),
    'font-weight': shape.weight === 400 ? undefined : shape.weight,
    'font-style': shape.italic ? 'italic' : undefined,
    'letter-spacing': shape.letterSpacing ? num(shape.letterSpacing) : undefined,
    ...paintOf(shape),
    transform: rotation(shape) || undefined,
  };
  const [first, ...rest] = shape.lines;
  if (!first) return '';
  if (rest.length === 0) {
    return element('text', { x: num(first.x), y: num(first.y), ...attrs }, escapeXml(first.text));
  }
  const spans = shape.lines
    .map((line) => element('tspan', { x: num(line.x), y: num(line.y) }, escapeXml(line.text)))
    .join('');
  return element('text', attrs, spans);
}

function nodeElement(node: Node, fonts?: FontBook): string {
  switch (node.type) {
    case 'group':
      return groupElement(node, fonts);
    case 'path':
      return element('path', {
        d: pathData(node.segments, DIGITS),
        fill: node.fill ?? 'none',
        'fill-rule': node.fill && node.fillRule === 'evenodd' ? 'evenodd' : undefined,
        stroke: node.stroke,
        'stroke-width': node.stroke ? num(node.strokeWidth ?? 1) : undefined,
        'stroke-dasharray': node.stroke && node.dash ? node.dash.map(num).join(' ') : undefined,
        'stroke-linecap': node.stroke && node.cap && node.cap !== 'butt' ? node.cap : undefined,
        'stroke-linejoin':
          node.stroke && node.join && node.join !== 'miter' ? node.join : undefined,
        opacity: node.opacity,
      });
    case 'circle':
      return element('circle', {
        cx: num(node.cx),
        cy: num(node.cy),
        r: num(node.r),
        fill: node.fill ?? 'none',
        stroke: node.stroke,
        'stroke-width': node.stroke ? num(node.strokeWidth ?? 1) : undefined,
        opacity: node.opacity,
      });
    case 'text':
      return fonts ? outlinedText(node, fonts) : textElement(node);
  }
}

function groupElement(group: Group, fonts?: FontBook): string {
  const children = group.children.map((child) => nodeElement(child, fonts)).join('\n');
  return element(
    'g',
    { id: layerId(group.name), 'inkscape:groupmode': 'layer', 'inkscape:label': group.name },
    `\n${children}\n`,
  );
}

export interface SvgOptions {
  /** The size written on the root, e.g. `115mm`; the picture's pixels otherwise. */
  width?: string;
  height?: string;
  /** Draws text as outlines in these fonts, for a rasteriser that has none (share images). */
  outlineText?: FontBook;
}

/** The scene as an SVG document. */
export function sceneToSvg(scene: Scene, options: SvgOptions = {}): string {
  const size = options;
  const body = [
    element('title', {}, escapeXml(scene.title)),
    scene.description ? element('desc', {}, escapeXml(scene.description)) : '',
    options.outlineText ? '' : `<!-- ${FONT_NOTE} -->`,
    ...scene.groups.map((group) => groupElement(group, options.outlineText)),
  ].filter(Boolean);
  const svg = element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      'xmlns:inkscape': 'http://www.inkscape.org/namespaces/inkscape',
      width: size.width ?? scene.width,
      height: size.height ?? scene.height,
      viewBox: `0 0 ${num(scene.width)} ${num(scene.height)}`,
      role: 'img',
      'aria-label': scene.title,
      'font-family': FONT_FAMILY,
    },
    `\n${body.join('\n')}\n`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}
