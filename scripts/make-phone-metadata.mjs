// Writes src/domain/phone/metadata-nl.json: the Netherlands-only slice of libphonenumber-js's
// "max" metadata. Used through libphonenumber-js/core it gives the /max answers (isValid,
// getType) at about 10 KB gzip instead of 48 KB (see shared notes). Rerun after upgrading
// libphonenumber-js; test/domain/phone-metadata.test.ts fails until you do.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const max = require('libphonenumber-js/metadata.max.json');

export function netherlandsSlice(metadata) {
  return {
    version: metadata.version,
    country_calling_codes: { 31: ['NL'] },
    countries: { NL: metadata.countries.NL },
    nonGeographic: {},
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const out = new URL('../src/domain/phone/metadata-nl.json', import.meta.url);
  writeFileSync(out, JSON.stringify(netherlandsSlice(max)) + '\n');
}
