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
  // the rows unfiltered in place of one another (PNG's filters: none, sub, up, average, Paeth)
  let previous = new Uint8Array(stride);
  let current = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const start = y * (stride + 1) + 1;
    const filter = raw[start - 1];
    if (filter === 0) current.set(raw.subarray(start, start + stride));
    else if (filter === 1) {
      for (let i = 0; i < stride; i++) current[i] = (raw[start + i]! + (i >= channels ? current[i - channels]! : 0)) & 0xff;
    } else if (filter === 2) {
      for (let i = 0; i < stride; i++) current[i] = (raw[start + i]! + previous[i]!) & 0xff;
    } else if (filter === 3) {
      for (let i = 0; i < stride; i++) current[i] = (raw[start + i]! + (((i >= channels ? current[i - channels]! : 0) + previous[i]!) >> 1)) & 0xff;
    } else if (filter === 4) {
      for (let i = 0; i < stride; i++) {
        const a = i >= channels ? current[i - channels]! : 0;
        const b = previous[i]!;
        const c = i >= channels ? previous[i - channels]! : 0;
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        current[i] = (raw[start + i]! + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c)) & 0xff;
      }
    } else throw new Error(`PNG filter ${filter}`);
    if (channels === 4) out.set(current, y * width * 4);
    else {
      for (let px = 0, o = y * width * 4; px < width; px++, o += 4) {
        out[o] = current[px * 3]!;
        out[o + 1] = current[px * 3 + 1]!;
        out[o + 2] = current[px * 3 + 2]!;
        out[o + 3] = 255;
      }
    }
    [previous, current] = [current, previous];
  }
  return { width, height, rgba: out };
}

/** Pixels within `tolerance` (sum of |ΔR|+|ΔG|+|ΔB|) of `hex` in a rectangle (default: the whole image). */
export function countColour(image: Image, hex: string, tolerance = 30, box = { x: 0, y: 0, width: image.width, height: image.height }): number {
  const [r, g, b] = [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16)) as [number, number, number];
  const { rgba } = image;
  let n = 0;
  for (let y = Math.max(0, box.y); y < Math.min(image.height, box.y + box.height); y++) {
    for (let x = Math.max(0, box.x); x < Math.min(image.width, box.x + box.width); x++) {
      const p = (y * image.width + x) * 4;
      if (Math.abs(rgba[p]! - r) + Math.abs(rgba[p + 1]! - g) + Math.abs(rgba[p + 2]! - b) < tolerance) n++;
    }
  }
  return n;
}
