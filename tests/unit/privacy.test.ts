import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { privateMetadata } from '../../src/lib/privacy';

const scene = () => sharp({ create: { width: 64, height: 48, channels: 3, background: '#886644' } });

describe('privateMetadata', () => {
  it('finds GPS, a serial number and names them', async () => {
    const jpeg = await scene()
      .jpeg()
      .withExif({ IFD2: { BodySerialNumber: 'SN-1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '40/1 0/1 0/1' } })
      .toBuffer();
    expect(await privateMetadata(jpeg)).toEqual(expect.arrayContaining(['GPS 位置', '相机序列号']));
  });

  it.each(['jpeg', 'webp', 'avif', 'png'] as const)('passes a clean %s', async (format) => {
    expect(await privateMetadata(await scene().toFormat(format).toBuffer())).toEqual([]);
  });

  it('allows credit and copyright', async () => {
    const jpeg = await scene()
      .jpeg()
      .withExif({ IFD0: { Artist: 'Ding Ge', Copyright: 'Ding Ge' } })
      .toBuffer();
    expect(await privateMetadata(jpeg)).toEqual([]);
  });

  it.each(['webp', 'avif', 'png'] as const)('finds GPS and a serial in %s too', async (format) => {
    const file = await scene()
      .toFormat(format)
      .withExif({ IFD2: { BodySerialNumber: 'SN-1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '40/1 0/1 0/1' } })
      .toBuffer();
    expect(await privateMetadata(file)).toEqual(expect.arrayContaining(['GPS 位置', '相机序列号']));
  });
});
