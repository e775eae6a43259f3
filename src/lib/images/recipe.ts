/**
 * How every published photo is encoded. Changing anything here changes the
 * cache key, so every photo is re-encoded once and nothing else is.
 * The numbers come from measurements: see BENCHMARKS.md, “Image pipeline”.
 */
export const renditionRecipe = {
  /** Bumped when the cached output changes shape (2: placeholders percent-encoded). */
  version: 2,
  /**
   * Widths of the responsive renditions; none is wider than the source.
   * 240 is for thumbnails (search results, small grid cells): an 80 px thumbnail
   * at 3x, a quarter of the 480 file's bytes.
   * 1200 is there for phones: a 390 px screen at 3x wants 1170 device pixels,
   * which would otherwise fetch the 1600 file, 78 % more pixels.
   */
  widths: [240, 480, 960, 1200, 1600, 2400],
  /**
   * AVIF at effort 3 matches sharp's default effort 4 in bytes and SSIM at a
   * fifth of the time (scripts/bench-encoders.ts).
   */
  avif: { quality: 50, effort: 3, chromaSubsampling: '4:2:0' },
  /**
   * Renditions at least this wide are fetched only by tablets and high-density desktops;
   * effort 1 encodes them about three times faster for a few percent more bytes.
   */
  avifLarge: { fromWidth: 1600, effort: 1 },
  /** WebP for browsers without AVIF: effort 2 gives effort 4's bytes and SSIM five times faster. */
  webp: { quality: 76, effort: 2 },
  /** One JPEG for browsers without WebP: a single mid-size file is enough. */
  jpeg: { quality: 80, mozjpeg: true, width: 1280 },
  /** Width of the tiny preview inlined as a blurred placeholder. */
  placeholderWidth: 16,
} as const;

/**
 * How share images (posters, their page copies, link-preview crops) are encoded:
 * plain libjpeg-turbo with progressive scans, optimised Huffman tables and
 * quantisation table 3 at quality 78. Side by side on the sample site's posters
 * (scripts/bench-posters.ts) it matched mozjpeg at quality 84 in bytes (2 % fewer)
 * and SSIM (0.9425 against 0.9417) at a fifth of the time (34 ms against 178 ms
 * a poster): mozjpeg's trellis quantisation had been most of a cold build.
 */
export const shareJpeg = { quality: 78, progressive: true, optimiseCoding: true, quantisationTable: 3, mozjpeg: false } as const;

/** Deeply widened literals, so a benchmark or test can pass a variation of the recipe. */
type Widened<T> = T extends number
  ? number
  : T extends string
    ? string
    : T extends readonly (infer U)[]
      ? readonly Widened<U>[]
      : { readonly [K in keyof T]: Widened<T[K]> };

export type RenditionRecipe = Widened<typeof renditionRecipe>;

/** Largest source accepted: 120 megapixels. Anything larger is refused as a likely decompression bomb. */
export const maxInputPixels = 120_000_000;
