export interface JustifiedRow {
  /** Indexes of the photos in this row, in order. */
  items: number[];
  /** Sum of the aspect ratios (width / height) in the row. */
  ratio: number;
  /** False for a short last row, which keeps its natural height instead of stretching. */
  fill: boolean;
}

/**
 * Splits photos into rows of equal height that fill the width, like Flickr's
 * justified layout: a row's height is width / (sum of its aspect ratios), so
 * rows whose ratios sum close to `targetRatio` come out close to the wanted height.
 * Each photo goes into the current row if that brings the sum closer to the target.
 */
export function justifiedRows(ratios: readonly number[], targetRatio = 3.2): JustifiedRow[] {
  const rows: JustifiedRow[] = [];
  let items: number[] = [];
  let sum = 0;
  ratios.forEach((ratio, index) => {
    if (items.length && Math.abs(sum + ratio - targetRatio) > Math.abs(sum - targetRatio) && sum >= targetRatio * 0.6) {
      rows.push({ items, ratio: sum, fill: true });
      items = [];
      sum = 0;
    }
    items.push(index);
    sum += ratio;
  });
  if (items.length) rows.push({ items, ratio: sum, fill: sum >= targetRatio * 0.7 });
  return rows;
}
