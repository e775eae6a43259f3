import exifr from 'exifr';

/** Tags that give away where a picture was taken or which camera took it. */
const forbiddenTags: Record<string, string> = {
  latitude: 'GPS 位置',
  longitude: 'GPS 位置',
  GPSLatitude: 'GPS 位置',
  GPSLongitude: 'GPS 位置',
  GPSAltitude: 'GPS 位置',
  SerialNumber: '相机序列号',
  BodySerialNumber: '相机序列号',
  LensSerialNumber: '镜头序列号',
  InternalSerialNumber: '相机序列号',
  CameraSerialNumber: '相机序列号',
  ImageUniqueID: '相机唯一编号',
  MakerNote: '厂商私有数据（MakerNote）',
  OwnerName: '相机主人姓名',
  CameraOwnerName: '相机主人姓名',
};

/**
 * What a published image must not carry, as Chinese labels (empty when clean).
 * Credit and copyright (Artist, Copyright, XMP dc:creator/rights) are allowed.
 */
export async function privateMetadata(bytes: Uint8Array): Promise<string[]> {
  const tags = await exifr
    .parse(bytes, { tiff: true, exif: true, gps: true, interop: true, makerNote: true, xmp: true, iptc: true, ifd1: true, mergeOutput: true })
    .catch(() => undefined);
  if (!tags) return [];
  const found = new Set<string>();
  for (const [key, label] of Object.entries(forbiddenTags)) if (tags[key] !== undefined) found.add(label);
  for (const key of Object.keys(tags)) if (/serial/i.test(key)) found.add('序列号');
  return [...found];
}
