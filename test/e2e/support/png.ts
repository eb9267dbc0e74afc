/**
 * Reads the first pixel of a tiny PNG screenshot (1×1 clip) without an image library:
 * inflate the IDAT chunks with node:zlib and undo the row filter of the only row.
 */
import { inflateSync } from 'node:zlib';

function firstPixel(png: Buffer): [number, number, number, number] {
  let offset = 8;
  const dataChunks: Buffer[] = [];
  let colorType = 6;
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') colorType = data[9] ?? 6;
    if (type === 'IDAT') dataChunks.push(data);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(dataChunks));
  // Row filter byte then pixel; for the first pixel of the first row every filter leaves it as is
  // except Sub/Paeth/Average, which reference zero-valued neighbours here, so the bytes are the pixel.
  const channels = colorType === 2 ? 3 : 4;
  const pixel = [...raw.subarray(1, 1 + channels)];
  return [pixel[0] ?? 0, pixel[1] ?? 0, pixel[2] ?? 0, channels === 4 ? (pixel[3] ?? 255) : 255];
}

export const PNG = { firstPixel };
