/** Reading a published image's metadata back, as the browser tests of downloads do. */

/** Every block of metadata exifr can read, merged into one object. */
export const everyTag = { gps: true, tiff: true, exif: true, makerNote: true, xmp: true, icc: true, iptc: true, mergeOutput: true };

/** What must never reach a visitor: location, camera serials, maker notes, make and model. */
export function leaksIn(tags: Record<string, unknown> | undefined): string[] {
  const banned = [
    'latitude',
    'longitude',
    'GPSLatitude',
    'GPSLongitude',
    'SerialNumber',
    'BodySerialNumber',
    'LensSerialNumber',
    'makerNote',
    'MakerNote',
    'Make',
    'Model',
  ];
  return banned.filter((key) => tags?.[key] !== undefined);
}
