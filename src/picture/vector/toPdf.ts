/**
 * A `Scene` as a one-page, true-vector PDF for a print desk: paths and circles as PDF paths, text
 * as real text in embedded, subset Noto Sans (so it stays selectable, searchable and editable),
 * and every group as a named optional-content layer, which Acrobat and InDesign list as layers.
 * Runs in Node and the browser.
 */
import * as fontkit from 'fontkit';
import {
  appendBezierCurve,
  beginMarkedContent,
  beginText,
  closePath,
  concatTransformationMatrix,
  endMarkedContent,
  endText,
  LineCapStyle,
  LineJoinStyle,
  lineTo,
  moveTo,
  PDFArray,
  type PDFDict,
  PDFDocument,
  type PDFFont,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  type PDFPage,
  type PDFRef,
  popGraphicsState,
  pushGraphicsState,
  setCharacterSpacing,
  setDashPattern,
  setFillingRgbColor,
  setFontAndSize,
  setGraphicsState,
  setLineCap,
  setLineJoin,
  setLineWidth,
  setStrokingRgbColor,
  setTextMatrix,
  setTextRenderingMode,
  TextRenderingMode,
} from 'pdf-lib';
import type { Face, FontBook } from '../../fonts/fontBook.ts';
import { pdfFontkit } from './pdfFontkit.ts';
import {
  type Group,
  type Node,
  type PathShape,
  parseColor,
  type Rgba,
  type Scene,
  type Segment,
  type TextShape,
} from './scene.ts';

export interface PdfOptions {
  /** Size of a scene pixel in PDF points, e.g. 0.75 (96 px to the inch). */
  pointsPerPixel: number;
  author?: string;
  creator?: string;
  /** Used when the scene has no description. */
  subject?: string;
  keywords?: string[];
}

/** Rounds to 1/1000 px: far below print resolution, and keeps the content stream short. */
const num = (value: number): number => Math.round(value * 1000) / 1000;

/** Colour components to 1/10000: finer than any press prints. */
const unit = (value: number): number => Math.round(value * 10000) / 10000;
const fillColor = (c: Rgba) => setFillingRgbColor(unit(c.r), unit(c.g), unit(c.b));
const strokeColor = (c: Rgba) => setStrokingRgbColor(unit(c.r), unit(c.g), unit(c.b));

/** A CSS colour, or undefined when nothing would be painted. */
function paint(color: string | undefined): Rgba | undefined {
  if (color === undefined || color === 'none' || color === 'transparent') return undefined;
  const rgba = parseColor(color);
  return rgba.a > 0 ? rgba : undefined;
}

/** Bézier handle length for a quarter circle of radius 1. */
const KAPPA = 0.5522847498;

/** Italic is a slant of the upright face (Noto Sans Italic is not in the font book). */
const ITALIC_SKEW = Math.tan((12 * Math.PI) / 180);

/** How a path or circle is painted. */
type Style = Omit<PathShape, 'type' | 'segments'>;

const CAPS = {
  butt: LineCapStyle.Butt,
  round: LineCapStyle.Round,
  square: LineCapStyle.Projecting,
};
const JOINS = {
  miter: LineJoinStyle.Miter,
  round: LineJoinStyle.Round,
  bevel: LineJoinStyle.Bevel,
};

/** An embedded face: its resource name on the page, and fontkit's copy for kerning. */
interface EmbeddedFace {
  key: PDFName;
  pdf: PDFFont;
  layout: fontkit.Font;
}

/** A layer and its sublayers, for the layers panel's order. */
interface Layer {
  ref: PDFRef;
  children: Layer[];
}

/** A short, stable tag for a subset font's name (PDF wants six capitals and a plus). */
function subsetTag(id: string): string {
  let hash = 2166136261;
  for (const char of id) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 16777619) >>> 0;
  let tag = '';
  for (let n = 0; n < 6; n++, hash = Math.floor(hash / 26))
    tag += String.fromCharCode(65 + (hash % 26));
  return tag;
}

/** Draws one scene into one page's content stream. */
class PageWriter {
  readonly ops: PDFOperator[] = [];
  private readonly faces = new Map<string, EmbeddedFace>();
  private readonly states = new Map<string, PDFName>();
  private readonly properties: PDFDict;

  constructor(
    private readonly doc: PDFDocument,
    private readonly page: PDFPage,
    private readonly fonts: FontBook,
  ) {
    this.properties = doc.context.obj({});
    page.node.normalizedEntries().Resources.set(PDFName.of('Properties'), this.properties);
  }

  /** A group inside a `/OC … BDC … EMC` of its own layer, children in order. */
  async group(group: Group): Promise<Layer> {
    const { context } = this.doc;
    const ref = context.register(
      context.obj({ Type: 'OCG', Name: PDFHexString.fromText(group.name) }),
    );
    const key = PDFName.of(`oc${this.properties.keys().length + 1}`);
    this.properties.set(key, ref);
    this.ops.push(
      PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of('OC'), key]),
    );
    const layer: Layer = { ref, children: [] };
    for (const child of group.children) {
      if (child.type === 'group') layer.children.push(await this.group(child));
      else await this.shape(child);
    }
    this.ops.push(endMarkedContent());
    return layer;
  }

  private async shape(shape: Exclude<Node, Group>): Promise<void> {
    if (shape.type === 'text') return this.text(shape);
    if (shape.type === 'path') return this.path(this.outline(shape.segments), shape);
    const { cx, cy, r } = shape;
    const k = r * KAPPA;
    this.path(
      [
        moveTo(num(cx + r), num(cy)),
        appendBezierCurve(num(cx + r), num(cy + k), num(cx + k), num(cy + r), num(cx), num(cy + r)),
        appendBezierCurve(num(cx - k), num(cy + r), num(cx - r), num(cy + k), num(cx - r), num(cy)),
        appendBezierCurve(num(cx - r), num(cy - k), num(cx - k), num(cy - r), num(cx), num(cy - r)),
        appendBezierCurve(num(cx + k), num(cy - r), num(cx + r), num(cy - k), num(cx + r), num(cy)),
        closePath(),
      ],
      shape,
    );
  }

  private outline(segments: readonly Segment[]): PDFOperator[] {
    return segments.map((segment) =>
      segment[0] === 'Z'
        ? closePath()
        : (segment[0] === 'M' ? moveTo : lineTo)(num(segment[1]), num(segment[2])),
    );
  }

  /** Sets fill and stroke alpha through an ExtGState (PDF colours have none), one per pair. */
  private alpha(fill: number, stroke: number): PDFOperator[] {
    if (fill >= 1 && stroke >= 1) return [];
    const key = `${num(fill)}/${num(stroke)}`;
    let name = this.states.get(key);
    if (!name) {
      name = PDFName.of(`GS${this.states.size + 1}`);
      const state = this.doc.context.obj({ Type: 'ExtGState', ca: num(fill), CA: num(stroke) });
      this.page.node.setExtGState(name, this.doc.context.register(state));
      this.states.set(key, name);
    }
    return [setGraphicsState(name)];
  }

  private path(outline: PDFOperator[], style: Style): void {
    const fill = paint(style.fill);
    const width = style.strokeWidth ?? 1;
    const stroke = width > 0 ? paint(style.stroke) : undefined;
    if ((!fill && !stroke) || outline.length === 0) return;
    const opacity = style.opacity ?? 1;
    this.ops.push(
      pushGraphicsState(),
      ...this.alpha(opacity * (fill?.a ?? 1), opacity * (stroke?.a ?? 1)),
    );
    if (fill) this.ops.push(fillColor(fill));
    if (stroke) {
      this.ops.push(strokeColor(stroke), setLineWidth(num(width)));
      if (style.cap) this.ops.push(setLineCap(CAPS[style.cap]));
      if (style.join) this.ops.push(setLineJoin(JOINS[style.join]));
      // An all-zero dash array is an error in PDF; SVG draws it solid.
      if (style.dash?.some((length) => length > 0)) {
        this.ops.push(setDashPattern(style.dash.map(num), 0));
      }
    }
    const evenOdd = style.fillRule === 'evenodd';
    const operator = !fill
      ? PDFOperatorNames.StrokePath
      : stroke
        ? evenOdd
          ? PDFOperatorNames.FillEvenOddAndStroke
          : PDFOperatorNames.FillNonZeroAndStroke
        : evenOdd
          ? PDFOperatorNames.FillEvenOdd
          : PDFOperatorNames.FillNonZero;
    this.ops.push(...outline, PDFOperator.of(operator), popGraphicsState());
  }

  /** The halo of every line first (so no halo covers a neighbouring line's glyphs), then the fill. */
  private async text(shape: TextShape): Promise<void> {
    const fill = paint(shape.fill);
    const halo = shape.halo && shape.halo.width > 0 ? paint(shape.halo.color) : undefined;
    if (!fill && !halo) return;
    const opacity = shape.opacity ?? 1;
    this.ops.push(pushGraphicsState());
    if (shape.rotate) {
      // SVG's rotate(angle, ox, oy); the page is already y-down, so clockwise stays clockwise.
      const angle = (shape.rotate.angle * Math.PI) / 180;
      const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
      const [ox, oy] = shape.rotate.origin;
      this.ops.push(
        concatTransformationMatrix(
          cos,
          sin,
          -sin,
          cos,
          num(ox - ox * cos + oy * sin),
          num(oy - ox * sin - oy * cos),
        ),
      );
    }
    if (halo && shape.halo) {
      // The copy is decoration: an /Artifact for tagged-PDF readers, and an empty /ActualText,
      // which is what poppler and Acrobat honour when copying or extracting text, so that each
      // word comes out once.
      this.ops.push(
        beginMarkedContent('Artifact'),
        // pdf-lib writes a string operand as it is: here an inline property list.
        PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [
          PDFName.of('Span'),
          '<</ActualText()>>',
        ]),
        pushGraphicsState(),
        ...this.alpha(1, opacity * halo.a),
        strokeColor(halo),
        setLineWidth(num(2 * shape.halo.width)),
        setLineJoin(LineJoinStyle.Round),
        ...(await this.lines(shape, TextRenderingMode.Outline)),
        popGraphicsState(),
        endMarkedContent(),
        endMarkedContent(),
      );
    }
    if (fill) {
      this.ops.push(
        ...this.alpha(opacity * fill.a, 1),
        fillColor(fill),
        ...(await this.lines(shape, TextRenderingMode.Fill)),
      );
    }
    this.ops.push(popGraphicsState());
  }

  /** One text object with every line, each run placed where the font book measured it. */
  private async lines(shape: TextShape, mode: TextRenderingMode): Promise<PDFOperator[]> {
    const spacing = shape.letterSpacing ?? 0;
    const ops = [beginText(), setTextRenderingMode(mode), setCharacterSpacing(num(spacing))];
    for (const line of shape.lines) {
      let x = line.x;
      for (const run of this.fonts.runs(line.text, shape.weight)) {
        const face = await this.face(run.face);
        // y scale -1 turns the glyphs upright again in the page's y-down space.
        const slant = shape.italic ? ITALIC_SKEW : 0;
        ops.push(
          setFontAndSize(face.key, shape.size),
          setTextMatrix(1, 0, unit(slant), -1, num(x), num(line.y)),
          this.show(face, run.text, shape.size, spacing),
        );
        x += this.fonts.measure(run.text, shape.weight, shape.size, spacing);
      }
    }
    ops.push(endText());
    return ops;
  }

  /**
   * The run as TJ with the font's kerning: the PDF widths are plain advances, while the font book
   * (like a browser) measures kerned ones, so each pair's difference goes between the glyphs.
   */
  private show(face: EmbeddedFace, text: string, size: number, spacing: number): PDFOperator {
    const hex = face.pdf.encodeText(text).asString();
    const { glyphs, positions } = face.layout.layout(text);
    // Should pdf-lib ever lay the text out differently, show it unkerned rather than misaligned.
    if (hex.length !== glyphs.length * 4)
      return PDFOperator.of(PDFOperatorNames.ShowText, [PDFHexString.of(hex)]);
    const parts = PDFArray.withContext(this.doc.context);
    let pending = '';
    glyphs.forEach((glyph, index) => {
      pending += hex.slice(index * 4, index * 4 + 4);
      const xAdvance = positions[index]?.xAdvance ?? glyph.advanceWidth;
      // Tc spaces glyphs, the font book spaces characters: a ligature gets its characters' share.
      const adjust =
        ((glyph.advanceWidth - xAdvance) * 1000) / face.layout.unitsPerEm -
        ((glyph.codePoints.length - 1) * spacing * 1000) / size;
      if (index < glyphs.length - 1 && Math.abs(adjust) >= 0.01) {
        parts.push(PDFHexString.of(pending));
        parts.push(PDFNumber.of(Math.round(adjust * 100) / 100));
        pending = '';
      }
    });
    if (pending) parts.push(PDFHexString.of(pending));
    const only = parts.size() === 1 ? parts.get(0) : undefined;
    return only instanceof PDFHexString
      ? PDFOperator.of(PDFOperatorNames.ShowText, [only])
      : PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [parts]);
  }

  /** The face embedded once, as a subset, under a page font name. */
  private async face(face: Face): Promise<EmbeddedFace> {
    const known = this.faces.get(face.id);
    if (known) return known;
    const layout = fontkit.create(face.bytes as Buffer);
    if (!('layout' in layout)) throw new Error(`face ${face.id} is a font collection`);
    const pdf = await this.doc.embedFont(face.bytes, {
      subset: true,
      customName: `${subsetTag(face.id)}+${layout.postscriptName}`,
    });
    const key = PDFName.of(`F${this.faces.size + 1}`);
    this.page.node.setFontDictionary(key, pdf.ref);
    const embedded = { key, pdf, layout };
    this.faces.set(face.id, embedded);
    return embedded;
  }
}

/** PDF's /Order: each layer, followed by an array of its sublayers when it has any. */
function order(doc: PDFDocument, layers: readonly Layer[]): PDFArray {
  const array = PDFArray.withContext(doc.context);
  for (const layer of layers) {
    array.push(layer.ref);
    if (layer.children.length > 0) array.push(order(doc, layer.children));
  }
  return array;
}

const allRefs = (layers: readonly Layer[]): PDFRef[] =>
  layers.flatMap((layer) => [layer.ref, ...allRefs(layer.children)]);

/** The scene as a one-page vector PDF, `pointsPerPixel` points to a scene pixel. */
export async function sceneToPdf(
  scene: Scene,
  fonts: FontBook,
  options: PdfOptions,
): Promise<Uint8Array> {
  const ppp = options.pointsPerPixel;
  const doc = await PDFDocument.create();
  doc.registerFontkit(pdfFontkit);
  doc.setTitle(scene.title, { showInWindowTitleBar: true });
  const subject = scene.description ?? options.subject;
  if (subject) doc.setSubject(subject);
  if (options.author) doc.setAuthor(options.author);
  if (options.creator) doc.setCreator(options.creator);
  if (options.keywords) doc.setKeywords(options.keywords);
  doc.setProducer('pdf-lib and fontkit');

  const page = doc.addPage([scene.width * ppp, scene.height * ppp]);
  const writer = new PageWriter(doc, page, fonts);
  // Everything below is drawn in scene pixels, y down.
  writer.ops.push(
    pushGraphicsState(),
    concatTransformationMatrix(ppp, 0, 0, -ppp, 0, scene.height * ppp),
  );
  const layers: Layer[] = [];
  for (const group of scene.groups) layers.push(await writer.group(group));
  writer.ops.push(popGraphicsState());
  // In slices: spreading a very long array into one call overflows the stack.
  for (let start = 0; start < writer.ops.length; start += 10000) {
    page.pushOperators(...writer.ops.slice(start, start + 10000));
  }

  const refs = allRefs(layers);
  if (refs.length > 0) {
    doc.catalog.set(
      PDFName.of('OCProperties'),
      doc.context.obj({
        OCGs: refs,
        D: {
          Name: PDFHexString.fromText(scene.title),
          Order: order(doc, layers),
          ON: refs,
          OFF: [],
        },
      }),
    );
  }
  return doc.save();
}
