import sharp from 'sharp';

/**
 * Mean structural similarity (SSIM, Wang et al. 2004) of two images on their
 * luma channel, over 8×8 windows: 1 means identical. Both are resized to the
 * same size first, so a rendition can be compared with its source.
 */
export async function ssim(reference: string | Buffer, candidate: string | Buffer, width = 960): Promise<number> {
  const gray = (input: string | Buffer) =>
    sharp(input).rotate().resize({ width, kernel: 'lanczos3' }).toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
  const [a, b] = await Promise.all([gray(reference), gray(candidate)]);
  const w = Math.min(a.info.width, b.info.width);
  const h = Math.min(a.info.height, b.info.height);
  const c1 = (0.01 * 255) ** 2;
  const c2 = (0.03 * 255) ** 2;
  const size = 8;
  let total = 0;
  let windows = 0;
  for (let y = 0; y + size <= h; y += size) {
    for (let x = 0; x + size <= w; x += size) {
      let sa = 0,
        sb = 0,
        saa = 0,
        sbb = 0,
        sab = 0;
      for (let j = 0; j < size; j++) {
        for (let i = 0; i < size; i++) {
          const pa = a.data[(y + j) * a.info.width + x + i]!;
          const pb = b.data[(y + j) * b.info.width + x + i]!;
          sa += pa;
          sb += pb;
          saa += pa * pa;
          sbb += pb * pb;
          sab += pa * pb;
        }
      }
      const n = size * size;
      const ma = sa / n,
        mb = sb / n;
      const va = saa / n - ma * ma,
        vb = sbb / n - mb * mb,
        cov = sab / n - ma * mb;
      total += ((2 * ma * mb + c1) * (2 * cov + c2)) / ((ma * ma + mb * mb + c1) * (va + vb + c2));
      windows++;
    }
  }
  return total / windows;
}
