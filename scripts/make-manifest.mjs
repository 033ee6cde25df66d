// Writes a municipality's add-in manifest from its profile and the site the add-in is served from:
//
//   node scripts/make-manifest.mjs --profile profiles/delft.json --url https://addin.delft.nl/annotatie/
//       [--id GUID] [--profile-path profiles/delft.json] [--out manifest.delft.xml] [--office-js bundled]
//
// The manifest is manifest.xml with the municipality's Id, names and URLs
// (src/manifest/municipal-manifest.ts says what changes and why). Without --id the Id of the
// manifest written before (--out) is kept, else a new one is made: keep it for every release.
import { build } from 'esbuild';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
const USAGE = `Gebruik: node scripts/make-manifest.mjs --profile PROFIEL.json --url https://site/map/ [--id GUID]
       [--profile-path profiles/NAAM.json] [--out manifest.NAAM.xml] [--office-js cdn|bundled]

  --profile       het profiel van de gemeente (wordt gecontroleerd)
  --url           de map waaruit dist/ wordt geserveerd, over https
  --id            de GUID van de invoegtoepassing; zonder: die van een eerder geschreven --out, anders een nieuwe
  --profile-path  waar het profiel op de site staat, relatief aan taskpane.html (standaard profiles/<bestandsnaam>)
  --out           het manifest dat wordt geschreven (standaard manifest.<profiel-id>.xml)
  --office-js     bundled: office.js altijd uit de eigen kopie, niet van Microsofts CDN (netwerken die het CDN blokkeren)`;

function fail(message) {
  process.stderr.write(`make-manifest: ${message}\n`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      profile: { type: 'string' },
      url: { type: 'string' },
      id: { type: 'string' },
      'profile-path': { type: 'string' },
      out: { type: 'string' },
      'office-js': { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  }).values;
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
}
if (args.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (!args.profile || !args.url) fail(`--profile en --url zijn verplicht.\n\n${USAGE}`);
if (args['office-js'] !== undefined && !['cdn', 'bundled'].includes(args['office-js'])) fail(`--office-js is cdn of bundled (niet ‘${args['office-js']}’)`);

// The domain's profile reader and the manifest writer are TypeScript: bundle them for Node first.
const bundle = join(root, 'lib', 'manifest', 'make-manifest.mjs');
mkdirSync(dirname(bundle), { recursive: true });
await build({ entryPoints: [join(root, 'src', 'manifest', 'index.ts')], outfile: bundle, bundle: true, platform: 'node', target: 'node20', format: 'esm', logLevel: 'warning' });
const { loadProfile, manifestId, municipalManifest } = await import(pathToFileURL(bundle).href);

const profileFile = resolve(args.profile);
if (!existsSync(profileFile)) fail(`${args.profile} bestaat niet`);
const loaded = loadProfile(readFileSync(profileFile, 'utf8'), basename(profileFile));
if (!loaded.ok) fail(loaded.error);
const { profile } = loaded;

const out = resolve(args.out ?? `manifest.${profile.id}.xml`);
const earlier = existsSync(out) ? manifestId(readFileSync(out, 'utf8')) : undefined;
const id = args.id ?? earlier ?? randomUUID();
const profilePath = args['profile-path'] ?? `profiles/${basename(profileFile)}`;

const result = municipalManifest(readFileSync(join(root, 'manifest.xml'), 'utf8'), {
  profile,
  profilePath,
  url: args.url,
  id,
  officeJs: args['office-js'] ?? 'cdn',
});
if (!result.ok) fail(result.error);
writeFileSync(out, result.xml);

const idNote = args.id ? '(opgegeven met --id)' : earlier ? `(behouden uit het eerdere ${basename(out)})` : '(nieuw: bewaar het en gebruik het bij elke volgende versie)';
const served = join(root, 'profiles', basename(profileFile)) === profileFile && profilePath === `profiles/${basename(profileFile)}`;
process.stdout.write(
  [
    `${relative(process.cwd(), out) || out} geschreven voor gemeente ${profile.gemeente}.`,
    `  Id            ${id} ${idNote}`,
    `  taakvenster   ${result.base}taskpane.html?profile=${profilePath}`,
    `  profiel       ${result.base}${profilePath}`,
    served
      ? '  `npm run build` zet het profiel in dist/profiles/; serveer dist/ op de site hierboven.'
      : `  Zet het profiel op de site op ${result.base}${profilePath} (npm run build kopieert alleen profiles/*.json).`,
    '',
  ].join('\n'),
);
