/** The ASCII id rule shared by slugs and photo ids (see src/schemas/common.ts). */
export const asciiIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Photo ids placed by the MDX blocks in a story body, in order of appearance:
 * `<Figure id="a" />`, `<Pair ids={["a", "b"]} />`, `<Gallery ids={["a", "b", "c"]} />`.
 * Read from the source so a wrong id fails the build naming the file.
 */
export function blockPhotoIds(body: string): string[] {
  const ids: string[] = [];
  const tag = /<(Figure|Pair|Gallery)\b([^>]*)\/?>/g;
  for (const match of body.matchAll(tag)) {
    const attrs = match[2] ?? '';
    const single = /\bid\s*=\s*["']([^"']+)["']/.exec(attrs);
    if (single) ids.push(single[1]!);
    const list = /\bids\s*=\s*\{\s*\[([^\]]*)\]\s*\}/.exec(attrs);
    if (list) for (const item of list[1]!.matchAll(/["']([^"']+)["']/g)) ids.push(item[1]!);
  }
  return ids;
}
