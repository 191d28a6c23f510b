// Visits every page reachable by links from the home page, in a real
// browser, and records what a reader would hit: pages that do not load,
// anchors that do not exist, files that are missing.
import type { BrowserContext, Page } from 'playwright-core';

export interface Crawl {
  /** Every page visited (URL without hash). */
  pages: string[];
  /** One line per broken link or resource. */
  broken: string[];
}

/** Tabs loading pages at once: the browser's work overlaps the test's. */
const TABS = 3;

const isPage = (url: URL) => url.pathname.endsWith('/') || url.pathname.endsWith('.html');
const withoutHash = (url: URL) => `${url.origin}${url.pathname}`;

/** Waits until the page has rendered what a reader sees: VitePress hydrated, or Redoc's sections drawn. */
async function settle(page: Page) {
  if (await page.$('#redoc')) {
    await page.waitForSelector('[data-section-id]', { timeout: 60_000 });
  } else {
    await page.waitForFunction(() => '__vue_app__' in (document.querySelector('#app') ?? {}), null, {
      timeout: 60_000,
    });
  }
}

export async function crawl(context: BrowserContext, start: string): Promise<Crawl> {
  const origin = new URL(start).origin;
  const broken: string[] = [];
  const anchors = new Map<string, Set<string>>();
  const links: { from: string; to: URL }[] = [];
  const files = new Set<string>();
  const queue = [start];
  const queued = new Set(queue);

  const visit = async (page: Page, url: string) => {
    const response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    if (response?.status() !== 200) {
      anchors.set(url, new Set());
      return;
    }
    await settle(page);
    const { hrefs, ids } = await page.evaluate(() => ({
      hrefs: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
      ids: [...document.querySelectorAll('[id]')].map((element) => element.id),
    }));
    anchors.set(url, new Set(ids));
    for (const href of hrefs) {
      const target = new URL(href);
      if (target.origin !== origin) continue;
      links.push({ from: url, to: target });
      const key = withoutHash(target);
      if (!isPage(target)) files.add(key);
      else if (!queued.has(key)) {
        queued.add(key);
        queue.push(key);
      }
    }
  };

  // Each tab takes the next page until none is left and no tab can find more.
  let busy = 0;
  const tab = async () => {
    const page = await context.newPage();
    page.on('response', (response) => {
      if (response.url().startsWith(origin) && response.status() >= 400) {
        broken.push(`${response.url()} answered ${response.status()} (loaded by ${page.url()})`);
      }
    });
    for (;;) {
      const url = queue.shift();
      if (url === undefined) {
        if (busy === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
        continue;
      }
      busy += 1;
      try {
        await visit(page, url);
      } finally {
        busy -= 1;
      }
    }
    await page.close();
  };
  await Promise.all(Array.from({ length: TABS }, tab));

  for (const file of files) {
    const response = await context.request.get(file);
    if (response.status() !== 200) broken.push(`${file} answered ${response.status()}`);
  }
  for (const { from, to } of links) {
    const ids = anchors.get(withoutHash(to));
    const hash = decodeURIComponent(to.hash.slice(1));
    if (ids && hash && !ids.has(hash)) broken.push(`${from} links to ${to.href}: that page has no #${hash}`);
  }
  return { pages: [...anchors.keys()], broken: [...new Set(broken)] };
}
