// Debian's Chromium driven by playwright-core: never a browser download.
// A fresh profile per run; every request and socket that would leave
// 127.0.0.1 is recorded and refused.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

export const CHROMIUM = process.env.HL_ORDERS_CHROMIUM || '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  /** URLs of requests to any host but 127.0.0.1, refused. */
  outside: string[];
  /** Console errors and uncaught exceptions, with the page they came from. */
  errors: string[];
  close(): Promise<void>;
}

function leaves(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return /^(https?|wss?):$/.test(protocol) && hostname !== '127.0.0.1';
}

export async function openBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'hl-orders-docs-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: ARGS,
      viewport: { width: 1280, height: 800 },
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw new Error(
      `Could not start Chromium at ${CHROMIUM}: install it with \`apt-get install chromium\` (or set HL_ORDERS_CHROMIUM to a Chrome or Chromium binary). ${(error as Error).message}`,
    );
  }
  const outside: string[] = [];
  const errors: string[] = [];
  await context.route('**', (route) => {
    const url = route.request().url();
    if (!leaves(url)) return route.continue();
    outside.push(url);
    return route.abort('blockedbyclient');
  });
  const watch = (page: import('playwright-core').Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`${page.url()}: uncaught ${error.name}: ${error.message}`));
    page.on('websocket', (socket) => {
      if (leaves(socket.url())) outside.push(socket.url());
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return {
    context,
    outside,
    errors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
