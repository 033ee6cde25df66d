// Builds the task pane (taskpane.html) and the preview (preview.html) into dist/, with the
// municipal profiles (profiles/) and a copy of office.js and the files it loads at run time. The
// pane loads office.js from Microsoft's CDN and falls back to that copy when the CDN does not
// answer (src/document/word/office-script.ts); the preview needs no office.js at all.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');
const { GriffelCSSExtractionPlugin } = require('@griffel/webpack-extraction-plugin');
const MinimizerPlugin = require('minimizer-webpack-plugin');

const officeDist = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));

/**
 * What office.js fetches at run time, relative to its own URL: the host-specific Word script
 * (word-web-16.00.js, word-win32-16.01.js, word-mac-16.00.js, …, chosen from the host and
 * platform), o15apptofilemappingtable.js (the table it picks those from), the localized
 * strings of the display language (xx-yy/office_strings.js) and its telemetry script. Only
 * Word's scripts: this add-in declares <Host Name="Document"/> and nothing else.
 */
const officeRuntimeFiles = [
  'office.js',
  'o15apptofilemappingtable.js',
  'word-*.js',
  'wordios-*.js',
  '*/office_strings.js',
  'telemetry/**',
  'ariatelemetry/**',
];

/**
 * Writes dist/chunk-groups.json: the files of each entry and each named lazy chunk group, so the
 * UI bench can add up exactly what taskpane.html loads at first and what the form needs before
 * its first field (the validation chunk), without guessing from file names.
 */
class ChunkGroupsManifestPlugin {
  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('ChunkGroupsManifestPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'ChunkGroupsManifestPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          /** @type {Record<string, string[]>} */
          const groups = {};
          for (const group of compilation.chunkGroups) {
            if (!group.name) continue;
            groups[group.name] = [...new Set(group.chunks.flatMap((chunk) => [...chunk.files]))].sort();
          }
          compilation.emitAsset('chunk-groups.json', new compiler.webpack.sources.RawSource(JSON.stringify(groups, null, 2)));
        },
      );
    });
  }
}

/** @param {unknown} _env @param {{ mode?: string }} argv */
module.exports = (_env, argv) => {
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    // No eval-based source maps in development: taskpane.html's Content-Security-Policy forbids eval.
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      preview: './src/preview/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
      publicPath: 'auto',
    },
    resolve: { extensions: ['.tsx', '.ts', '.mjs', '.js', '.json'] },
    module: {
      rules: [
        // Griffel CSS extraction (notes: 148 → 133 KB gzip JS for a form like ours): Fluent's
        // precompiled styles and ours become one static CSS file instead of JS that inserts
        // them at run time. Runs last, on everything that may hold styles.
        // Only Fluent's packages and our own code call Griffel; running the (Babel-based) loader
        // over every other dependency made the production build about 4× slower.
        ...(production
          ? [
              {
                test: /\.(js|mjs|ts|tsx)$/,
                include: [/node_modules[\\/]@fluentui[\\/]/, path.resolve(__dirname, 'src')],
                use: { loader: GriffelCSSExtractionPlugin.loader },
              },
            ]
          : []),
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            // Our makeStyles calls, precompiled at build time (so the extraction can take them too
            // and the runtime style resolver stays out of the bundle). Runs after swc.
            ...(production ? [{ loader: '@griffel/webpack-loader' }] : []),
            {
              loader: 'swc-loader',
              options: {
                jsc: {
                  parser: { syntax: 'typescript', tsx: true },
                  transform: { react: { runtime: 'automatic' } },
                  // Edge WebView2, Safari 16+ and current browsers run ES2020 natively; no
                  // polyfills and no down-levelling beyond what those hosts need.
                  target: 'es2020',
                },
                // Keep ES modules: webpack tree-shakes Fluent (sideEffects: false) only through
                // import/export; CommonJS output made the bundle 3.4 MB gzip (see notes).
                module: { type: 'es6' },
              },
            },
          ],
        },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] },
      ],
    },
    optimization: {
      // Default cache groups, no single named vendor chunk: a named chunk with chunks 'all'
      // swallowed the lazily loaded calendar and document view into the initial JS (measured:
      // 222 KB gzip instead of splitting them off).
      splitChunks: { chunks: 'all' },
      // swc's minifier instead of webpack's default terser: measured on this 2-core machine, the
      // production build took 103 s with terser and 33 s with swc, and the initial JS came out
      // 0.9 KB gzip smaller.
      minimizer: [
        new MinimizerPlugin({ minify: MinimizerPlugin.swcMinify, minimizerOptions: { compress: { passes: 2 }, mangle: true } }),
      ],
    },
    performance: { hints: false },
    plugins: [
      ...(production
        ? [
            new GriffelCSSExtractionPlugin(),
            // Griffel sorts its atomic rules itself in the extracted sheet, so the chunk-order
            // warnings of mini-css-extract-plugin do not apply.
            new MiniCssExtractPlugin({ filename: '[name].[contenthash:8].css', ignoreOrder: true }),
          ]
        : []),
      new ChunkGroupsManifestPlugin(),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
      }),
      new HtmlWebpackPlugin({
        filename: 'preview.html',
        template: './src/preview/preview.html',
        chunks: ['preview'],
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          ...officeRuntimeFiles.map((pattern) => ({
            from: pattern,
            context: officeDist,
            to: 'office/[path][name][ext]',
            globOptions: { ignore: ['**/*.debug.js'] },
            noErrorOnMissing: pattern !== 'office.js',
          })),
          { from: 'manifest.xml', to: 'manifest.xml', noErrorOnMissing: true },
          // Profiles on the add-in's own site, for taskpane.html?profile=profiles/NAME.json (and
          // Zoetermeer's embedded default too, so every municipality's manifest can name one).
          { from: 'profiles/*.json', to: 'profiles/[name][ext]' },
          // Meeting calendars a profile names (`calendar.url`), on the same site; the preview's demo one.
          { from: 'profiles/*.ics', to: 'profiles/[name][ext]' },
          { from: 'src/domain/profiles/zoetermeer.json', to: 'profiles/zoetermeer.json' },
          { from: 'assets', to: 'assets', noErrorOnMissing: true },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, 'dist') },
      port: 3000,
      headers: { 'Access-Control-Allow-Origin': '*' },
    },
  };
};
