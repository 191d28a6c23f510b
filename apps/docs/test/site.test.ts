// The built site in a real browser (Debian's Chromium), served on 127.0.0.1
// as a static host would serve it. What a reader would notice: a missing
// operation or webhook, a search that finds nothing, a dead link, a request
// to another host, an error in the console, a page a screen reader user
// cannot use.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slugOfArgs, walk } from '../scripts/lib/cli-reference.mjs';
import { docsDir } from '../scripts/lib/paths.mjs';
import { siteBase } from '../scripts/lib/site-base.mjs';
import { pagePath, readSpec, referenceEntries } from '../scripts/lib/spec-model.mjs';
import { commandLinePrograms } from '../scripts/lib/workspace.mjs';
import { seriousViolations } from './support/axe.js';
import { type Browser, openBrowser } from './support/browser.js';
import { type Crawl, crawl } from './support/crawl.js';
import { type StaticSite, serveStatic } from './support/static-server.js';

const dist = join(docsDir, 'dist');
const artefacts = join(docsDir, 'test-results');
const base = siteBase();
const spec = readSpec();
const entries = referenceEntries(spec);
// Every command of every program, read from the built CLIs' own help, as the generator reads it.
const cliPages = commandLinePrograms().flatMap((program: { name: string }) =>
  walk(program).map((command: { args: string[] }) => `/cli/${program.name}/${slugOfArgs(command.args)}.html`),
);

let site: StaticSite;
let browser: Browser;
let visited: Crawl;
let page: Page;
// A shared 2-core machine can be slow to render: wait up to 30 s for what a reader would see.
const patience = { timeout: 30_000, interval: 200 };
const url = (path: string) => `${site.origin}${base}${path.replace(/^\//, '')}`;

beforeAll(async () => {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`${dist} has no built site: run \`pnpm docs:build\` first (pnpm test builds it).`);
  }
  mkdirSync(artefacts, { recursive: true });
  site = await serveStatic(dist, base);
  browser = await openBrowser();
  const started = performance.now();
  visited = await crawl(browser.context, url('/'));
  console.log(`crawled ${visited.pages.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  page = await browser.context.newPage();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the reference', () => {
  it('has a page for every operation and webhook of the spec, with its request and scope', async () => {
    expect(entries.length).toBeGreaterThan(0);
    await page.goto(url('/reference/'));
    for (const entry of entries) {
      // Reached the way a reader would: from the reference's index.
      const link = page.locator(`.vp-doc a[href$="${pagePath(entry)}.html"]`, { hasText: entry.title });
      await expect
        .poll(() => link.count(), { message: `the index lists ${entry.title}`, ...patience })
        .toBeGreaterThan(0);
      await Promise.all([page.waitForURL(`**${pagePath(entry)}.html`), link.first().click()]);
      // The heading's permalink adds a zero-width space.
      await expect
        // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText() is the text as rendered.
        .poll(async () => (await page.locator('h1').innerText()).replace(/\u200b/g, '').trim(), patience)
        .toBe(entry.title);
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, with a line per list item.
      const text = await page.locator('.vp-doc').innerText();
      const request = entry.kind === 'operation' ? `${entry.method.toUpperCase()} ${entry.key}` : `event ${entry.key}`;
      expect(text, `${entry.title} shows its request`).toContain(request);
      const scopeLine = text.split('\n').find((line) => line.startsWith('Scope:')) ?? '';
      if (entry.scopes.length === 0) expect(scopeLine, `${entry.title} needs no scope`).toMatch(/^Scope: none/);
      for (const scope of entry.scopes) expect(scopeLine, `${entry.title} names its scope`).toContain(scope);
      await page.goto(url('/reference/'));
    }
  });

  it('shows every operation and webhook in the interactive reference', async () => {
    await page.goto(url('/api/index.html'));
    await page.waitForSelector('[data-section-id]');
    for (const entry of entries) {
      const title = page.locator('#redoc h2', { hasText: entry.title });
      await expect
        .poll(() => title.count(), { message: `the interactive reference shows ${entry.title}`, ...patience })
        .toBeGreaterThan(0);
    }
    await page.screenshot({ path: join(artefacts, 'interactive-reference.png') });
  });

  it('keeps the contract of this version at a stable URL', async () => {
    for (const version of [spec.info.version, 'latest']) {
      const response = await page.request.get(url(`/spec/${version}/openapi.json`));
      expect(response.status()).toBe(200);
      expect((await response.json()).info.version).toBe(spec.info.version);
      expect((await page.request.get(url(`/spec/${version}/openapi.yaml`))).status()).toBe(200);
    }
  });
});

describe('the site search', () => {
  it('finds the operation that records a payment for "record payment"', async () => {
    const wanted = entries.filter((entry) => /record/i.test(entry.title) && /payment/i.test(entry.title));
    expect(wanted.length, 'the spec has an operation that records a payment').toBeGreaterThan(0);
    await page.goto(url('/'));
    await page.waitForFunction(() => '__vue_app__' in (document.querySelector('#app') ?? {}));
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('#localsearch-input').fill('record payment');
    const results = page.locator('.VPLocalSearchBox .results a');
    // The search index is a chunk of its own, loaded when the search opens.
    await expect.poll(() => results.count(), patience).toBeGreaterThan(0);
    const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    for (const entry of wanted) {
      expect(hrefs.some((href) => href.startsWith(`${base}${pagePath(entry).slice(1)}.html`))).toBe(true);
    }
  });
});

describe('every page, crawled from the home page', () => {
  it('reaches the reference, the guides, the CLI and every package', () => {
    const paths = visited.pages.map((visitedUrl) => new URL(visitedUrl).pathname.slice(base.length - 1));
    for (const entry of entries) expect(paths).toContain(`${pagePath(entry)}.html`);
    for (const path of ['/guide/quick-start.html', '/cli/', '/packages/', '/spec/', '/api/index.html']) {
      expect(paths).toContain(path);
    }
  });

  it('reaches a page for every command of every CLI', () => {
    const paths = visited.pages.map((visitedUrl) => new URL(visitedUrl).pathname.slice(base.length - 1));
    expect(cliPages.length).toBeGreaterThan(1);
    for (const path of cliPages) expect(paths, `the CLI reference has ${path}`).toContain(path);
  });

  it('has no broken link, anchor or resource', () => {
    expect(visited.broken).toEqual([]);
  });

  it('sends no request to any host but 127.0.0.1', () => {
    expect(browser.outside).toEqual([]);
  });

  it('logs no console error', () => {
    expect(browser.errors).toEqual([]);
  });
});

describe('the package pages', () => {
  // Every package whose API reference was built, read from the built site.
  const withApi = existsSync(join(dist, 'packages'))
    ? readdirSync(join(dist, 'packages')).filter((slug) =>
        existsSync(join(dist, 'packages', slug, 'api', 'index.html')),
      )
    : [];

  it('link to their API reference from the sidebar', async () => {
    expect(withApi).toContain('client');
    for (const slug of withApi) {
      await page.goto(url(`/packages/${slug}/`));
      const link = page.locator(`.VPSidebar a[href$="/packages/${slug}/api/"]`);
      await expect
        .poll(() => link.count(), { message: `the sidebar of /packages/${slug}/ links to its API`, ...patience })
        .toBeGreaterThan(0);
    }
  });
});

describe('accessibility (axe-core)', () => {
  const firstWebhook = entries.find((entry) => entry.kind === 'webhook');
  const mainPages = [
    '/',
    '/guide/quick-start.html',
    '/guide/webhooks.html',
    '/reference/',
    `${pagePath(entries[0]!)}.html`,
    ...(firstWebhook ? [`${pagePath(firstWebhook)}.html`] : []),
    '/cli/',
    '/packages/',
    '/packages/client/',
    '/packages/client/api/',
    '/packages/client/changelog.html',
    '/spec/',
  ];
  it.each(mainPages)('%s has no serious or critical violation', async (path) => {
    await page.goto(url(path));
    await page.waitForFunction(() => '__vue_app__' in (document.querySelector('#app') ?? {}));
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('screenshots (test-results/)', () => {
  it('of the reference and the quick start', async () => {
    for (const [name, path] of [
      ['reference', '/reference/'],
      ['operation', `${pagePath(entries[0]!)}.html`],
      ['quick-start', '/guide/quick-start.html'],
    ] as const) {
      await page.goto(url(path));
      await page.waitForFunction(() => '__vue_app__' in (document.querySelector('#app') ?? {}));
      const file = join(artefacts, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      expect(existsSync(file)).toBe(true);
    }
  });
});
