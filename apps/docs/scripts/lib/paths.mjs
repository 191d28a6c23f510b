// Where the generator reads from and writes to. Everything under `site/` is
// generated (git-ignored); hand-written pages live in `content/`.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const docsDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const repoRoot = join(docsDir, '..', '..');
export const contentDir = join(docsDir, 'content');
export const siteDir = join(docsDir, 'site');
export const publicDir = join(siteDir, 'public');
/** Navigation and sidebars the generator found, read by .vitepress/config.mts. */
export const siteDataFile = join(docsDir, '.vitepress', 'generated', 'site-data.json');
