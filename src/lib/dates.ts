/** A day as `YYYY-MM-DD`: how dates are written in front matter, `<time datetime>`, feeds and structured data. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
