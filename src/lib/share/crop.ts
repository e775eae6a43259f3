/** A rectangle of a picture, in pixels from its top-left corner. */
export interface Region {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A point as fractions of width and height from the top-left corner (0.5, 0.5 is the centre). */
export interface Focus {
  x: number;
  y: number;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * The largest region of the given aspect ratio (width / height) inside a
 * `width`×`height` picture, centred on the focus point as far as the edges allow.
 */
export function focusCrop(width: number, height: number, aspect: number, focus: Focus): Region {
  let cropWidth = width;
  let cropHeight = Math.round(width / aspect);
  if (cropHeight > height) {
    cropHeight = height;
    cropWidth = Math.min(width, Math.round(height * aspect));
  }
  return {
    left: clamp(Math.round(focus.x * width - cropWidth / 2), 0, width - cropWidth),
    top: clamp(Math.round(focus.y * height - cropHeight / 2), 0, height - cropHeight),
    width: cropWidth,
    height: cropHeight,
  };
}
