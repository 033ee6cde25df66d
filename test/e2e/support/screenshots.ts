import { join } from 'node:path';

/**
 * Where the e2e tests write screenshots. Always test-output/screenshots (git-ignored), so
 * `npm test` leaves the work tree clean; the tracked copies in docs/screenshots (the README's
 * pictures) only when asked with UPDATE_SCREENSHOTS=1, in a change meant to update them.
 */
export function screenshotDirs(
  root: string,
  env: NodeJS.ProcessEnv,
): { readonly dir: string; readonly copies: readonly string[] } {
  return {
    dir: join(root, 'test-output', 'screenshots'),
    copies: env.UPDATE_SCREENSHOTS === '1' ? [join(root, 'docs', 'screenshots')] : [],
  };
}
