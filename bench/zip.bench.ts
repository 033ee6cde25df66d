import { inflateSync, strToU8, zipSync } from 'fflate';
import type { Figure } from './figure';
import { round2 } from './figure';
import { crc32 } from '../src/document/ooxml/crc32';
import { openZip } from '../src/document/ooxml/zip';

/**
 * What checking every entry costs (issue 8): CRC-32 throughput against the inflating it sits next
 * to, on the same ~25 MB of Word-like XML, and a whole read through openZip (inflate + CRC) against
 * fflate's inflate alone. Medians of several rounds, so one slow round on a shared machine does
 * not decide the figure.
 */
function xml(): Uint8Array {
  const words = ['gemeente', 'raad', 'voorstel', 'college', 'Zoetermeer', 'beleid', 'onderzoek', 'arbeidsmigranten'];
  let state = 7;
  const next = (): number => (state = (state * 1103515245 + 12345) & 0x7fffffff);
  let out = '';
  while (out.length < 25_000_000) {
    let line = '';
    for (let word = 0; word < 30; word += 1) line += `${words[next() % words.length] ?? ''}${next() % 1000} `;
    out += `<w:p><w:r><w:t xml:space="preserve">${line}</w:t></w:r></w:p>`;
  }
  return strToU8(out);
}

function median(work: () => void, rounds = 9): number {
  work();
  const samples: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const start = process.hrtime.bigint();
    work();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? Number.NaN;
}

export async function run(): Promise<readonly Figure[]> {
  const data = xml();
  const zip = zipSync({ 'word/document.xml': [data, { level: 6 }] });
  // The raw deflate stream, to time fflate alone on exactly the bytes openZip inflates.
  const nameLength = (zip[26] ?? 0) | ((zip[27] ?? 0) << 8);
  const extraLength = (zip[28] ?? 0) | ((zip[29] ?? 0) << 8);
  const compressedSize = new DataView(zip.buffer, zip.byteOffset).getUint32(18, true);
  const raw = zip.subarray(30 + nameLength + extraLength, 30 + nameLength + extraLength + compressedSize);

  const megabytes = data.length / 1e6;
  const crcMs = median(() => crc32(data));
  const inflateMs = median(() => inflateSync(raw, { out: new Uint8Array(data.length) }));
  const readMs = median(() => {
    // A fresh archive each round: one archive counts every read against its total.
    const opened = openZip(zip);
    if (!opened.ok) throw new Error(opened.error.kind);
    const entry = opened.value.read('word/document.xml');
    if (!entry.ok) throw new Error(entry.error.kind);
  });
  return [
    { name: 'docx.crc32.mbPerSec', value: round2(megabytes / (crcMs / 1000)), unit: 'MB/s', note: `CRC-32 (slicing-by-8) of ${round2(megabytes)} MB of document.xml` },
    { name: 'docx.inflate.mbPerSec', value: round2(megabytes / (inflateMs / 1000)), unit: 'MB/s', note: 'fflate inflateSync of the same part (output MB per second)' },
    { name: 'docx.zipRead.ms', value: round2(readMs), unit: 'ms', note: 'openZip + read: streamed inflate, size checks and CRC-32 of that part' },
    { name: 'docx.crc32.shareOfRead', value: round2(crcMs / readMs), unit: '×', note: 'CRC time ÷ whole entry read time' },
  ];
}
