// The export benchmark: `hl-orders orders export` of 100,000 orders from the
// simulator, once at the documented rate limit (100 requests / 10 s), reporting
// throughput as a share of the ceiling (max requests per interval × page size),
// the number of 429s and the CLI's peak RSS; once with the rate limit off, as
// orders per second.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSimulator } from '@hl-orders/simulator';

const ORDERS = Number(process.env.BENCH_EXPORT_ORDERS ?? 100_000);
const PAGE = 100;
const require = createRequire(import.meta.url);
const cli = join(dirname(require.resolve('@hl-orders/cli/package.json')), 'dist', 'cli.js');
const preload = fileURLToPath(new URL('./report-rss.mjs', import.meta.url));
const dir = await mkdtemp(join(tmpdir(), 'hl-orders-bench-'));

async function exportOnce(label, rateLimit) {
  const generated = performance.now();
  const sim = await startSimulator({ count: ORDERS, seed: 1, token: 'bench-token', rateLimit });
  const genMs = performance.now() - generated;
  const out = join(dir, `${label}.ndjson`);
  const rssFile = join(dir, `${label}.rss`);
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', preload, cli, 'orders', 'export', '-o', out, '--no-progress'], {
    env: {
      ...process.env,
      HIGHLEVEL_TOKEN: 'bench-token',
      HIGHLEVEL_LOCATION_ID: sim.locationId,
      HIGHLEVEL_BASE_URL: sim.url,
      HL_BENCH_RSS_FILE: rssFile,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (c) => {
    stderr += c;
  });
  const [code] = await once(child, 'close');
  const seconds = (performance.now() - started) / 1000;
  const stats = sim.stats();
  await sim.stop();
  if (code !== 0) throw new Error(`export (${label}) failed with ${code}: ${stderr}`);
  const lines = (await readFile(out, 'utf8')).split('\n').filter(Boolean).length;
  if (lines !== ORDERS) throw new Error(`export (${label}) wrote ${lines} orders, expected ${ORDERS}`);
  const size = (await stat(out)).size;
  const rss = Number(await readFile(rssFile, 'utf8'));
  return { seconds, rate: ORDERS / seconds, rss, size, stats, genMs, summary: stderr.trim() };
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
console.log(`\nExport benchmark: ${ORDERS.toLocaleString('en-US')} orders, pages of ${PAGE}, NDJSON to a file`);
console.log(`Node ${process.version}; simulator and CLI on 127.0.0.1\n`);
try {
  const off = await exportOnce('unlimited', false);
  console.log(
    `rate limit off:  ${off.rate.toFixed(0)} orders/s (${off.seconds.toFixed(1)} s), peak RSS ${mb(off.rss)}`,
  );
  const limits = { max: 100, intervalMs: 10_000 };
  const on = await exportOnce('limited', limits);
  const ceiling = ((limits.max * PAGE) / limits.intervalMs) * 1000; // orders per second
  console.log(
    `rate limit on:   ${on.rate.toFixed(0)} orders/s (${on.seconds.toFixed(1)} s) = ${((on.rate / ceiling) * 100).toFixed(1)}% of the ceiling of ${ceiling} orders/s, ` +
      `${on.stats.rateLimited} × 429, peak RSS ${mb(on.rss)}`,
  );
  console.log(
    `(simulator generated ${ORDERS.toLocaleString('en-US')} orders in ${(off.genMs / 1000).toFixed(1)} s; output ${mb(off.size)})`,
  );
  console.log(`CLI summary: ${on.summary}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
