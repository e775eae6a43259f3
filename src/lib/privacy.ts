import exifr from 'exifr';
import sharp from 'sharp';

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
  if (!mayCarryMetadata(bytes)) return [];
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const options = {
    tiff: true,
    exif: true,
    gps: true,
    interop: true,
    makerNote: true,
    xmp: true,
    iptc: true,
    ifd1: true,
    mergeOutput: true,
  };
  // exifr reads JPEG, PNG and TIFF itself but not WebP or AVIF: for those, sharp hands
  // over the raw EXIF block (after its `Exif\0\0` prefix) and the XMP packet.
  const meta = await sharp(buffer)
    .metadata()
    .catch(() => undefined);
  const exifBlock = meta?.exif && (meta.exif.subarray(0, 4).toString('latin1') === 'Exif' ? meta.exif.subarray(6) : meta.exif);
  const parsed = await Promise.all(
    [buffer, exifBlock].filter((b): b is Buffer => !!b).map((b) => exifr.parse(b, options).catch(() => undefined)),
  );
  const found = new Set<string>();
  for (const tags of parsed) {
    if (!tags) continue;
    for (const [key, label] of Object.entries(forbiddenTags)) if (tags[key] !== undefined) found.add(label);
    for (const key of Object.keys(tags)) if (/serial/i.test(key)) found.add('序列号');
  }
  const xmp = meta?.xmp?.toString('utf8') ?? '';
  if (/GPS(?:Latitude|Longitude)/.test(xmp)) found.add('GPS 位置');
  if (/SerialNumber/i.test(xmp)) found.add('序列号');
  return [...found];
}

/**
 * Every container stores EXIF and XMP under a tag word (JPEG `Exif`, WebP `EXIF`
 * and `XMP `, PNG `eXIf` and `XML:com.adobe.xmp`, AVIF/HEIF `Exif` items and
 * `xmpmeta`). A file with none of them carries neither, and the build need not
 * parse the tens of thousands of renditions a large site has. A chance match
 * only costs a full parse.
 */
const metadataMarkers = ['Exif', 'EXIF', 'eXIf', 'XMP ', 'xmpmeta', 'adobe.xmp'].map((m) => Buffer.from(m, 'latin1'));

function mayCarryMetadata(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return metadataMarkers.some((marker) => buffer.includes(marker));
}
