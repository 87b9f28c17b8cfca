// A PNG's pixels, for tests that compare what a renderer drew (Chromium's screenshots, pdftoppm's
// pages): 8-bit RGB or RGBA, not interlaced, which is what those tools write.
import { inflateSync } from 'node:zlib';

export interface Image {
  width: number;
  height: number;
  /** RGBA, row by row */
  rgba: Uint8Array;
}

export function decodePng(png: Buffer): Image {
  if (png.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const [depth, colour, , , interlace] = [data[8], data[9], data[10], data[11], data[12]];
      if (depth !== 8 || (colour !== 2 && colour !== 6) || interlace !== 0) {
        throw new Error(`PNG of bit depth ${depth}, colour type ${colour}, interlace ${interlace}: only 8-bit RGB/RGBA, not interlaced`);
      }
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(width * height * 4);
  let previous = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const current = new Uint8Array(stride);
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? (current[i - channels] ?? 0) : 0;
      const b = previous[i] ?? 0;
      const c = i >= channels ? (previous[i - channels] ?? 0) : 0;
      const x = line[i] ?? 0;
      let value: number;
      if (filter === 0) value = x;
      else if (filter === 1) value = x + a;
      else if (filter === 2) value = x + b;
      else if (filter === 3) value = x + ((a + b) >> 1);
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        value = x + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
      } else throw new Error(`PNG filter ${filter}`);
      current[i] = value & 0xff;
    }
    for (let px = 0; px < width; px++) {
      for (let k = 0; k < 3; k++) out[(y * width + px) * 4 + k] = current[px * channels + k] ?? 0;
      out[(y * width + px) * 4 + 3] = channels === 4 ? (current[px * channels + 3] ?? 255) : 255;
    }
    previous = current;
  }
  return { width, height, rgba: out };
}

/** Pixels within `tolerance` (sum of |ΔR|+|ΔG|+|ΔB|) of `hex` in a rectangle (default: the whole image). */
export function countColour(image: Image, hex: string, tolerance = 30, box = { x: 0, y: 0, width: image.width, height: image.height }): number {
  const [r, g, b] = [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16)) as [number, number, number];
  let n = 0;
  for (let y = Math.max(0, box.y); y < Math.min(image.height, box.y + box.height); y++) {
    for (let x = Math.max(0, box.x); x < Math.min(image.width, box.x + box.width); x++) {
      const p = (y * image.width + x) * 4;
      if (Math.abs((image.rgba[p] ?? 0) - r) + Math.abs((image.rgba[p + 1] ?? 0) - g) + Math.abs((image.rgba[p + 2] ?? 0) - b) < tolerance) n++;
    }
  }
  return n;
}
