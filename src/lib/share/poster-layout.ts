/**
 * The share poster (海报), 1080×1440: the photo on top; below it the name, the
 * role and employer, the quote or caption, a QR code of the page and the
 * site's name. This module only decides where things go and draws the text
 * and QR code as SVG; poster.ts puts the photo and the SVGs together.
 */
import type { Face, Faces } from './fonts.ts';
import { focusCrop, type Focus, type Region } from './crop.ts';
import { qrMatrix, qrPathData, qrSide } from './qr.ts';
import { hang, linePath, measure, missingCharacters, wrap, wrapBalanced, type TextStyle } from './text.ts';

export interface PosterContent {
  /** The big line: the worker's name (or names; or the story's title when no one is named). */
  heading: string;
  /** Role and employer, or the story it comes from. */
  subheading?: string;
  /** The worker's words (drawn in quotation marks) or the photo's caption. */
  body: string;
  quote: boolean;
  /** The photo's credit, e.g. 本报记者 芦男 摄. */
  credit: string;
  /** A stand-in picture: labelled 示例图片 on the photo. */
  sample: boolean;
  /** Absolute address of the page; the QR code opens it. */
  url: string;
}

export const posterSize = { width: 1080, height: 1440 } as const;
const margin = 72;
const footerHeight = 124;
/** The photo band's height range: it takes what the text leaves. */
const minPhotoHeight = 560;
const maxPhotoHeight = 900;
const colours = { ink: '#1b1b1a', soft: '#4a4845', faint: '#6b6863', rule: '#d8d4cb', accent: '#a8261d', paper: '#f6f4ef' };
export const posterPaper = colours.paper;
/** Name size; longer headings shrink down to the minimum, then wrap. */
export const headingSize = { max: 84, min: 56 };
export const headingLetterSpacing = 0.08;
/** Fixed words on every poster (the font subset must have them). */
export const posterFixedText = '定格为劳动者拍张照长按识别二维码示例图片……“”';

/**
 * The characters of a poster's words that its fonts cannot draw: laying it out
 * would stop there. `npm run check` asks before the build does.
 */
export function missingPosterCharacters(content: PosterContent, faces: Faces): string[] {
  const drawn: [Face, string][] = [
    [faces[700], content.heading],
    [faces[400], `${content.subheading ?? ''}${content.body}${content.credit}`],
  ];
  return [...new Set(drawn.flatMap(([face, text]) => missingCharacters(face, text)))];
}

export interface PosterLayout {
  /** Height of the photo band at the top. */
  photoHeight: number;
  /** The part of the (oriented) source photo shown, centred on its focus point. */
  photoRegion: Region;
  /**
   * What is drawn, as two SVGs stacked like the poster: the label drawn over the
   * photo band (示例图片, a small SVG for its top-left corner; absent on news photos),
   * and the panel below the photo, paper included, with the poster's own coordinates.
   * Drawn apart, neither needs a full-size transparent layer composited over the
   * other, which had cost more than the drawing itself (BENCHMARKS.md, “Where a cold build's time went”).
   */
  overlays: { photo?: string; panel: string };
  /** Where the heading was set, for checks. */
  heading: { x: number; baseline: number; size: number; lines: string[] };
}

const path = (d: string, fill: string) => (d ? `<path fill="${fill}" d="${d}"/>` : '');

/**
 * The QR code's size and place and the heading's size and lines: these depend
 * only on the heading and the address (a long name shrinks, then wraps).
 */
export function posterHead(heading: string, url: string, faces: Faces) {
  const { width } = posterSize;
  // Whole pixels a module keep the QR code's edges sharp.
  const matrix = qrMatrix(url);
  const unit = Math.floor(200 / qrSide(matrix));
  const qrPixels = unit * qrSide(matrix);
  const qrX = width - margin - qrPixels;
  const columnWidth = qrX - 40 - margin;
  let size = headingSize.max;
  const style = () => ({ face: faces[700], size, letterSpacing: headingLetterSpacing });
  while (size > headingSize.min && measure(style(), heading) > columnWidth) size -= 4;
  return { matrix, unit, qrPixels, qrX, columnWidth, heading: { x: margin, size, lines: wrapBalanced(style(), heading, columnWidth, 2) } };
}

export function layoutPoster(content: PosterContent, photo: { width: number; height: number; focus: Focus }, faces: Faces): PosterLayout {
  const { width, height } = posterSize;
  const parts: string[] = [];
  const text = (style: TextStyle, line: string, x: number, baseline: number, fill: string) =>
    parts.push(path(linePath(style, line, x, baseline), fill));

  // First set the words, then give the photo all the height they leave (the focus point keeps the subject).
  const { matrix, unit, qrPixels, qrX, columnWidth, heading } = posterHead(content.heading, content.url, faces);
  const { size, lines: headingLines } = heading;
  const headingStyle: TextStyle = { face: faces[700], size, letterSpacing: headingLetterSpacing };
  const sub: TextStyle = { face: faces[400], size: 30 };
  const subLines = content.subheading ? wrapBalanced(sub, content.subheading, columnWidth, 3) : [];
  // Han characters fill an em box from 0.88 em above the baseline to 0.12 em below it.
  const headingHeight = size + (headingLines.length - 1) * 1.2 * size;
  const nameBlock = headingHeight + (subLines.length ? 24 + 30 + (subLines.length - 1) * 46 : 0);
  const qrBlock = qrPixels + 44;
  const body: TextStyle = { face: faces[400], size: 34 };
  const lineHeight = 60;
  const indent = content.quote ? 32 : 0;
  // Quotation marks inside a quotation become single ones, as Chinese punctuation rules ask.
  const bodyText = content.quote ? `“${content.body.replace(/“/g, '‘').replace(/”/g, '’')}”` : content.body;
  const footerTop = height - footerHeight;
  const textHeight = (lines: number) => 72 + Math.max(nameBlock, qrBlock) + 44 + lines * lineHeight + 40;
  let bodyLines = wrap(body, bodyText, width - 2 * margin - indent, 5);
  while (bodyLines.length > 1 && footerTop - textHeight(bodyLines.length) < minPhotoHeight) {
    bodyLines = wrap(body, bodyText, width - 2 * margin - indent, bodyLines.length - 1);
  }
  const photoHeight = Math.round(Math.min(maxPhotoHeight, footerTop - textHeight(bodyLines.length)));
  const photoRegion = focusCrop(photo.width, photo.height, width / photoHeight, photo.focus);

  let photoOverlay: PosterLayout['overlays']['photo'];
  if (content.sample) {
    const label: TextStyle = { face: faces[400], size: 24 };
    const labelWidth = Math.ceil(measure(label, '示例图片') + 28);
    photoOverlay =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${40 + labelWidth}" height="84">` +
      `<rect x="40" y="40" width="${labelWidth}" height="44" rx="4" fill="#000" fill-opacity="0.6"/>` +
      path(linePath(label, '示例图片', 54, 71), '#fff') +
      '</svg>';
  }
  parts.push(`<rect x="0" y="${photoHeight}" width="${width}" height="${height - photoHeight}" fill="${posterPaper}"/>`);
  const credit: TextStyle = { face: faces[400], size: 20 };
  const creditLine = wrap(credit, content.credit, width - 2 * margin, 1)[0] ?? '';
  text(credit, creditLine, width - margin - measure(credit, creditLine), photoHeight + 36, colours.faint);

  const top = photoHeight + 72;
  parts.push(`<rect x="${qrX}" y="${top}" width="${qrPixels}" height="${qrPixels}" fill="#fff"/>`);
  parts.push(path(qrPathData(matrix, qrX, top, unit), '#000'));
  const qrLabel: TextStyle = { face: faces[400], size: 20 };
  text(qrLabel, '长按识别二维码', qrX + (qrPixels - measure(qrLabel, '长按识别二维码')) / 2, top + qrPixels + 32, colours.faint);

  const headingBaseline = top + 0.88 * size;
  headingLines.forEach((line, i) =>
    text(headingStyle, line, margin - hang(headingStyle, line), headingBaseline + i * 1.2 * size, colours.ink),
  );
  const subTop = top + headingHeight + 24;
  subLines.forEach((line, i) => text(sub, line, margin, subTop + 0.88 * 30 + i * 46, colours.soft));

  // Extra height (a short text under a photo already at its tallest) goes above the footer.
  const bodyTop = top + Math.max(nameBlock, qrBlock) + 44;
  if (content.quote)
    parts.push(
      `<rect x="${margin}" y="${bodyTop + 8}" width="6" height="${bodyLines.length * lineHeight - 16}" fill="${colours.accent}"/>`,
    );
  bodyLines.forEach((line, i) => text(body, line, margin + indent - hang(body, line), bodyTop + i * lineHeight + 43, colours.ink));

  // Footer: the site's mark and name.
  parts.push(`<rect x="${margin}" y="${footerTop}" width="${width - 2 * margin}" height="1" fill="${colours.rule}"/>`);
  const markTop = footerTop + 36;
  parts.push(`<rect x="${margin}" y="${markTop}" width="52" height="52" fill="${colours.accent}"/>`);
  const mark: TextStyle = { face: faces[700], size: 34 };
  text(mark, '定', margin + (52 - measure(mark, '定')) / 2, markTop + 38, '#fff');
  const name: TextStyle = { face: faces[700], size: 34, letterSpacing: 0.1 };
  text(name, '定格', margin + 52 + 20, markTop + 38, colours.ink);
  const tagline: TextStyle = { face: faces[400], size: 24 };
  text(tagline, '为劳动者拍张照', margin + 52 + 20 + measure(name, '定格') + 24, markTop + 37, colours.faint);

  const panelHeight = height - photoHeight;
  const panel = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${panelHeight}" viewBox="0 ${photoHeight} ${width} ${panelHeight}">${parts.join('')}</svg>`;
  return { photoHeight, photoRegion, overlays: { photo: photoOverlay, panel }, heading: { ...heading, baseline: headingBaseline } };
}
