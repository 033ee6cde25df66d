// Draws the add-in's icon at the sizes Office asks for (16, 32, 64, 80, 128 px) into assets/.
// The mark: a page with three field bars on the brand-blue tile, and a green check badge,
// i.e. "a document whose fields have been checked". Drawn from signed-distance shapes with
// 8×8 supersampling so the small sizes stay crisp without an image library.
// Run: node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const BLUE = [15, 108, 189];
const WHITE = [255, 255, 255];
const PALE = [207, 228, 250];
const GREEN = [16, 124, 16];

function roundedRect(x, y, x0, y0, x1, y1, r) {
  const cx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const cy = Math.max(y0 + r - y, 0, y - (y1 - r));
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  return cx * cx + cy * cy <= r * r;
}

// Returns the colour at unit coordinates (x, y), or null for transparent.
function shade(x, y) {
  let colour = null;
  if (roundedRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.2)) colour = BLUE;
  // The page, with its top-right corner folded away.
  const onPage = roundedRect(x, y, 0.22, 0.13, 0.72, 0.87, 0.04) && !(x - 0.58 > y - 0.13);
  if (onPage) colour = WHITE;
  const fold = x >= 0.58 && y <= 0.27 && x - 0.58 <= y - 0.13 && x <= 0.72;
  if (fold) colour = PALE;
  // Three field bars: the content controls the add-in fills in.
  for (const top of [0.34, 0.48, 0.62]) {
    if (roundedRect(x, y, 0.31, top, 0.63, top + 0.07, 0.035)) colour = BLUE;
  }
  // The check badge.
  const dx = x - 0.73;
  const dy = y - 0.73;
  const d = Math.hypot(dx, dy);
  if (d <= 0.23) colour = WHITE;
  if (d <= 0.19) {
    colour = GREEN;
    if (onCheck(x, y)) colour = WHITE;
  }
  return colour;
}

function distanceToSegment(px, py, ax, ay, bx, by) {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

function onCheck(x, y) {
  const w = 0.03;
  return distanceToSegment(x, y, 0.645, 0.735, 0.71, 0.8) <= w || distanceToSegment(x, y, 0.71, 0.8, 0.825, 0.665) <= w;
}

function render(size) {
  const samples = 8;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const colour = shade((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (colour) { r += colour[0]; g += colour[1]; b += colour[2]; a += 1; }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) { rgba[i] = Math.round(r / a); rgba[i + 1] = Math.round(g / a); rgba[i + 2] = Math.round(b / a); }
      rgba[i + 3] = Math.round((255 * a) / (samples * samples));
    }
  }
  return png(size, size, rgba);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
function png(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y += 1) rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = new URL('../assets/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) writeFileSync(`${out}icon-${size}.png`, render(size));
writeFileSync(`${out}logo-filled.png`, render(300));
console.log('icons written to assets/');
