// Per-request time of @hl-orders/client vs raw fetch vs the vendor SDK
// (@gohighlevel/api-client), against one local server, interleaved in rounds so
// that the shared machine's noise hits all three alike. Reports ratios.
import { HighLevel } from '@gohighlevel/api-client';
import { createOrdersClient } from '@hl-orders/client';
import createClient from 'openapi-fetch';
import { startPageServer } from './page-server.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 12);
const PER_ROUND = Number(process.env.BENCH_REQUESTS ?? 150);
const altId = '3SwdhCu3svxI8AKsPJt6';

const server = await startPageServer();
const token = 'bench-token-0000000000';

// The pacing limiter is off: it exists to wait, and this measures overhead.
const ours = createOrdersClient({ token, baseUrl: server.url, rateLimiter: false });
const bare = createClient({
  baseUrl: server.url,
  headers: { Authorization: `Bearer ${token}`, Version: '2021-07-28' },
});
const vendor = new HighLevel({ privateIntegrationToken: token, logLevel: 'silent' });
const url = `${server.url}/payments/orders?altId=${altId}&limit=10`;

const contenders = {
  'raw fetch': async () => {
    const res = await fetch(url, { headers: { Authorization: `Bearer ${token}`, Version: '2021-07-28' } });
    return (await res.json()).data.length;
  },
  // openapi-fetch alone, with the same headers: the floor our client builds on.
  'openapi-fetch 0.17.0 alone': async () =>
    (await bare.GET('/payments/orders', { params: { query: { altId, limit: 10 } } })).data.data.length,
  '@hl-orders/client': async () => (await ours.orders.list({ altId, limit: 10 })).data.length,
  '@gohighlevel/api-client 3.1.0': async () =>
    (await vendor.payments.listOrders({ altId, limit: 10 }, { baseURL: server.url })).data.length,
};

async function timeRun(fn, n) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    if ((await fn()) !== 10) throw new Error('unexpected page');
  }
  return Number(process.hrtime.bigint() - start) / 1e3 / n; // µs per request
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const names = Object.keys(contenders);
for (const name of names) await timeRun(contenders[name], 100); // warm up JIT and sockets
const samples = Object.fromEntries(names.map((n) => [n, []]));
for (let round = 0; round < ROUNDS; round++) {
  // Rotate the order every round so no contender always runs first.
  for (let k = 0; k < names.length; k++) {
    const name = names[(round + k) % names.length];
    samples[name].push(await timeRun(contenders[name], PER_ROUND));
  }
}
await server.stop();

const base = median(samples['raw fetch']);
console.log(`\nPer-request time, ${ROUNDS} interleaved rounds × ${PER_ROUND} sequential requests, 10 orders a page`);
console.log(`Node ${process.version}, one local HTTP server on 127.0.0.1\n`);
console.log('client                          median µs/req   × raw fetch');
for (const name of names) {
  const m = median(samples[name]);
  console.log(`${name.padEnd(32)}${m.toFixed(0).padStart(14)}   ${(m / base).toFixed(2).padStart(10)}`);
}
