// `npm start`: serves the add-in for Word on https://localhost:3000 (the manifest's
// SourceLocation) and the preview on plain http on loopback, rebuilding on every change.
//
// Why not office-addin-dev-certs' getHttpsServerOptions(): it first *installs* (trusts) its CA,
// which on Linux always runs sudo; without sudo it throws and a plain `webpack serve` exits with
// code 2 (see notes). We use the generated files directly (generating them offline when missing),
// and say how to trust the CA, instead of failing. If no certificate can be made at all, Word
// cannot load the pane (it requires https) but the preview still runs over http on loopback.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import webpack from 'webpack';
import WebpackDevServer from 'webpack-dev-server';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const httpsPort = Number(process.env.PORT ?? 3000);
const previewPort = Number(process.env.PREVIEW_PORT ?? httpsPort + 1);

const say = (line = '') => process.stdout.write(`${line}\n`);

/** The dev certificate files, generating them (offline, no sudo) when they are not there yet. */
async function certificates() {
  const defaults = require('office-addin-dev-certs/lib/defaults');
  const files = { ca: defaults.caCertificatePath, cert: defaults.localhostCertificatePath, key: defaults.localhostKeyPath };
  const present = () => Object.values(files).every((file) => existsSync(file));
  if (!present()) {
    try {
      const { generateCertificates } = require('office-addin-dev-certs/lib/generate');
      await generateCertificates();
    } catch (error) {
      say(`Kon geen ontwikkelcertificaat maken: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (!present()) return undefined;
  return {
    directory: defaults.certificateDirectory,
    caPath: files.ca,
    options: { ca: readFileSync(files.ca), cert: readFileSync(files.cert), key: readFileSync(files.key) },
  };
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.map': 'application/json',
};

/** The preview over plain http, from what the dev server writes to dist/ (loopback only). */
function servePreview() {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = normalize(join(dist, path === '/' ? 'preview.html' : path));
    if (!file.startsWith(dist)) return response.writeHead(403).end();
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Niet gevonden (is de eerste build al klaar?)');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(previewPort, '127.0.0.1', () => resolve(server));
  });
}

function printHelp(tls) {
  const pane = `https://localhost:${httpsPort}/taskpane.html`;
  say();
  say('Annotatie raadsvoorstel — ontwikkelserver');
  say('────────────────────────────────────────');
  say(`Voorbeeld zonder Word:  http://127.0.0.1:${previewPort}/preview.html?demo=seed`);
  say(`Andere gemeente:        http://127.0.0.1:${previewPort}/preview.html?demo=empty&profile=profiles/delft.json`);
  if (tls) {
    say(`Taakvenster voor Word:  ${pane}`);
    say(`                        (ook: https://localhost:${httpsPort}/preview.html?demo=seed)`);
    say();
    say(`Certificaat: ${tls.directory}`);
    say('  Word (en uw browser) vertrouwen https://localhost pas als u de ontwikkel-CA vertrouwt:');
    say('  - Windows of macOS:  npx office-addin-dev-certs install   (vraagt om beheerdersrechten)');
    say(`  - Debian/Ubuntu:     sudo cp ${tls.caPath} /usr/local/share/ca-certificates/office-addin-dev-ca.crt`);
    say('                       sudo update-ca-certificates');
    say('  Zonder die stap laadt Word het taakvenster niet (leeg venster of certificaatfout).');
  } else {
    say('Geen https: zonder certificaat kan Word het taakvenster niet laden. Het voorbeeld werkt wel.');
  }
  say();
  say('Invoegtoepassing laden (sideloaden) met manifest.xml uit deze map:');
  say('  - Word op het web: open een document › Start › Invoegtoepassingen › Meer invoegtoepassingen');
  say('    › Mijn invoegtoepassingen › Mijn invoegtoepassing uploaden › kies manifest.xml.');
  say('  - Word voor Windows: deel een map met manifest.xml, voeg haar toe als vertrouwde catalogus');
  say('    (Bestand › Opties › Vertrouwenscentrum › Catalogi) en kies Invoegtoepassingen › Gedeelde map.');
  say('  - Word voor Mac: kopieer manifest.xml naar ~/Library/Containers/com.microsoft.Word/Data/Documents/wef');
  say('    en start Word opnieuw.');
  say();
  say('Stoppen: Ctrl+C');
}

const tls = await certificates();
const configure = require(join(root, 'webpack.config.js'));
const config = configure({}, { mode: 'development' });
const compiler = webpack(config);
const devServer = new WebpackDevServer(
  {
    ...config.devServer,
    host: tls ? 'localhost' : '127.0.0.1',
    port: httpsPort,
    server: tls ? { type: 'https', options: tls.options } : { type: 'http' },
    // The http preview server reads dist/; keep it in step with every rebuild.
    devMiddleware: { writeToDisk: true },
    // No browser is opened and no overlay client is injected: the pane runs inside Word.
    open: false,
    client: false,
    hot: false,
    liveReload: false,
    webSocketServer: false,
  },
  compiler,
);

try {
  await devServer.start();
} catch (error) {
  say(`De ontwikkelserver kon niet starten op poort ${httpsPort}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
let previewServer;
try {
  previewServer = await servePreview();
} catch (error) {
  say(`Het voorbeeld kon niet starten op poort ${previewPort}: ${error instanceof Error ? error.message : String(error)}`);
}
compiler.hooks.done.tap('annotatie-start', (stats) => {
  if (stats.hasErrors()) say('Build met fouten; zie hierboven.');
});
printHelp(tls);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    previewServer?.close();
    await devServer.stop();
    process.exit(0);
  });
}
