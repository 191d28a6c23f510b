// The site's configuration. Pages are generated into site/ by
// scripts/generate.mjs, which also writes the sidebars it found
// (generated/site-data.json): nothing here lists operations or packages.
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitepress';
import { siteBase } from '../scripts/lib/site-base.mjs';

interface SiteData {
  specTitle: string;
  specVersion: string;
  packages: { text: string; link: string }[];
  sidebar: Record<string, unknown[]>;
}

const dataFile = new URL('./generated/site-data.json', import.meta.url);
let data: SiteData;
try {
  data = JSON.parse(readFileSync(dataFile, 'utf8'));
} catch {
  throw new Error(
    'The generated pages are missing: run `pnpm docs:build` (or `node scripts/generate.mjs` in apps/docs).',
  );
}

const guide = [
  {
    text: 'Guide',
    items: [
      { text: 'Quick start', link: '/guide/quick-start' },
      { text: 'Pagination', link: '/guide/pagination' },
      { text: 'Errors and retries', link: '/guide/errors-and-retries' },
      { text: 'Rate limits', link: '/guide/rate-limits' },
      { text: 'White-label base URLs', link: '/guide/white-label' },
      { text: 'Webhooks', link: '/guide/webhooks' },
      { text: 'Contract governance', link: '/guide/contract-governance' },
      { text: 'Security', link: '/security' },
    ],
  },
];

export default defineConfig({
  title: 'hl-orders',
  description: `Docs of hl-orders: ${data.specTitle} ${data.specVersion}, its TypeScript client, CLI and mock`,
  lang: 'en-US',
  base: siteBase(),
  srcDir: 'site',
  outDir: 'dist',
  cacheDir: '.vitepress/cache',
  // Plain files with .html URLs: any static host serves them, GitHub Pages included.
  cleanUrls: false,
  // Links into the interactive reference and the contract files are checked by the browser test.
  ignoreDeadLinks: false,
  markdown: {
    // Syntax colours with at least 4.5:1 contrast on the code background (github-light's comments are 4.1:1).
    theme: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
  },
  themeConfig: {
    nav: [
      { text: 'Guide', link: '/guide/quick-start', activeMatch: '^/guide/' },
      { text: 'API reference', link: '/reference/', activeMatch: '^/(reference|spec)/' },
      { text: 'CLI', link: '/cli/', activeMatch: '^/cli/' },
      { text: 'Packages', items: [{ text: 'All packages', link: '/packages/' }, ...data.packages] },
    ],
    sidebar: { '/guide/': guide, '/security': guide, ...data.sidebar },
    outline: [2, 3],
    search: { provider: 'local' },
    footer: { message: `MIT licensed. ${data.specTitle}, contract ${data.specVersion}.` },
  },
});
