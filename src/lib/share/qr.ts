/**
 * QR codes of page addresses: black modules on white with the standard
 * four-module quiet zone, so they scan from a screen, a poster or paper.
 */
import { escapeAttribute } from 'entities';
import QRCode from 'qrcode';

/** Light modules around the symbol that scanners need (ISO/IEC 18004). */
export const quietZone = 4;

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  size: number;
  dark(row: number, column: number): boolean;
}

/** Error correction M (15 %) survives JPEG compression and a little dirt on paper. */
export function qrMatrix(text: string): QrMatrix {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, dark: (row, column) => modules.get(row, column) === 1 };
}

/** Side of the symbol with its quiet zone, in modules. */
export function qrSide(matrix: QrMatrix): number {
  return matrix.size + 2 * quietZone;
}

/**
 * Path data of the dark modules, one horizontal run per rectangle, `unit` pixels
 * a module, with the top-left corner of the quiet zone at (x, y).
 */
export function qrPathData(matrix: QrMatrix, x = 0, y = 0, unit = 1): string {
  const parts: string[] = [];
  for (let row = 0; row < matrix.size; row++) {
    for (let column = 0; column < matrix.size; column++) {
      if (!matrix.dark(row, column)) continue;
      let end = column;
      while (end + 1 < matrix.size && matrix.dark(row, end + 1)) end++;
      const left = x + (column + quietZone) * unit;
      const top = y + (row + quietZone) * unit;
      parts.push(`M${left} ${top}h${(end - column + 1) * unit}v${unit}h${-(end - column + 1) * unit}z`);
      column = end;
    }
  }
  return parts.join('');
}

/** A standalone SVG of the code, white quiet zone included; it scales to any size. */
export function qrSvg(text: string, label: string): string {
  const matrix = qrMatrix(text);
  const side = qrSide(matrix);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" role="img" aria-label="${escapeAttribute(label)}" shape-rendering="crispEdges">` +
    `<rect width="${side}" height="${side}" fill="#fff"/><path fill="#000" d="${qrPathData(matrix)}"/></svg>`
  );
}
