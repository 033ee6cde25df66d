/** What scripts/make-manifest.mjs needs, bundled by it at run time (esbuild), so it needs no TypeScript. */
export { loadProfile } from '../domain/profile';
export { isGuid, manifestId, municipalManifest } from './municipal-manifest';
export type { ManifestOptions, ManifestResult } from './municipal-manifest';
