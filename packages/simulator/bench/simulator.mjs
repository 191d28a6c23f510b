// Measures the simulator against the built package (run `pnpm build` first):
// how long startSimulator takes with 100,000 orders, and how many pages of 100
// per second it serves with the rate limit off, to a client in another thread
// (its own event loop, as a CLI in another process would have). Bounded: one
// pass over the orders per round, on 127.0.0.1 only.
import { Worker } from 'node:worker_threads';
import { startSimulator } from '../dist/index.js';

const COUNT = Number(process.env.BENCH_COUNT ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const started = performance.now();
const sim = await startSimulator({ count: COUNT, rateLimit: false });
const startMs = performance.now() - started;
console.log(`startSimulator({ count: ${COUNT} }): ${startMs.toFixed(0)} ms (generation, sorting, listening)`);

// The client: sequential pages of 100 over keep-alive fetch, as an exporter pages.
const client = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { url, altId, count } = workerData;
  const headers = { Authorization: 'Bearer bench', Version: '2021-07-28' };
  const t = performance.now();
  let orders = 0;
  for (let offset = 0; offset < count; offset += 100) {
    const res = await fetch(url + '/payments/orders?altId=' + altId + '&limit=100&offset=' + offset, { headers });
    if (res.status !== 200) throw new Error('status ' + res.status);
    orders += (await res.json()).data.length;
  }
  parentPort.postMessage({ ms: performance.now() - t, orders });
})().catch((e) => { throw e; });
`;
for (let round = 1; round <= ROUNDS; round++) {
  // Event-loop utilisation of this thread (the server's) over the round: how
  // busy the simulator itself was, apart from the client's share of the CPU.
  const elu = performance.eventLoopUtilization();
  const result = await new Promise((resolve, reject) => {
    const worker = new Worker(client, {
      eval: true,
      workerData: { url: sim.url, altId: sim.locationId, count: COUNT },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const busy = performance.eventLoopUtilization(elu);
  const pages = Math.ceil(COUNT / 100);
  const perSecond = pages / (result.ms / 1000);
  const serverMsPerPage = (busy.active / pages).toFixed(2);
  console.log(
    `round ${round}: ${pages} pages of 100 (${result.orders} orders) in ${result.ms.toFixed(0)} ms: ` +
      `${perSecond.toFixed(0)} requests/s, ${(perSecond * 100).toFixed(0)} orders/s; ` +
      `server busy ${serverMsPerPage} ms per page` +
      (round === 1 ? ' (first pass serialises each order once)' : ''),
  );
}
console.log('stats', JSON.stringify(sim.stats()));
await sim.stop();
