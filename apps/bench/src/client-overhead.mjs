// Per-request time of @hl-orders/client vs raw fetch vs the vendor SDK
// (@gohighlevel/api-client), against one local server, interleaved in rounds so
// that the shared machine's noise hits all alike. Reports ratios of the wall
// time and of this process's CPU time (the server runs in another process, so
// the CPU time is the clients' own work, and other load on the machine moves it
// less than the wall time).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { HighLevel } from '@gohighlevel/api-client';
import { createOrdersClient } from '@hl-orders/client';
import createClient from 'openapi-fetch';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 12);
const PER_ROUND = Number(process.env.BENCH_REQUESTS ?? 150);
const altId = '3SwdhCu3svxI8AKsPJt6';

const child = spawn(process.execPath, [new URL('./page-server-process.mjs', import.meta.url).pathname], {
  stdio: ['pipe', 'pipe', 'inherit'],
});
const [line] = await once(child.stdout, 'data');
const server = { url: String(line).trim(), stop: () => child.stdin.end() };
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
  const cpu = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    if ((await fn()) !== 10) throw new Error('unexpected page');
  }
  const used = process.cpuUsage(cpu);
  // µs per request: wall, and CPU of this process (user + system)
  return { wall: Number(process.hrtime.bigint() - start) / 1e3 / n, cpu: (used.user + used.system) / n };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const names = Object.keys(contenders);
for (const name of names) await timeRun(contenders[name], 100); // warm up JIT and sockets
const samples = Object.fromEntries(names.map((n) => [n, { wall: [], cpu: [] }]));
for (let round = 0; round < ROUNDS; round++) {
  // Rotate the order every round so no contender always runs first.
  for (let k = 0; k < names.length; k++) {
    const name = names[(round + k) % names.length];
    const { wall, cpu } = await timeRun(contenders[name], PER_ROUND);
    samples[name].wall.push(wall);
    samples[name].cpu.push(cpu);
  }
}
server.stop();

const base = { wall: median(samples['raw fetch'].wall), cpu: median(samples['raw fetch'].cpu) };
console.log(`\nPer-request time, ${ROUNDS} interleaved rounds × ${PER_ROUND} sequential requests, 10 orders a page`);
console.log(`Node ${process.version}, one local HTTP server on 127.0.0.1 in another process\n`);
console.log('client                          wall µs/req  × raw fetch    CPU µs/req  × raw fetch');
for (const name of names) {
  const wall = median(samples[name].wall);
  const cpu = median(samples[name].cpu);
  console.log(
    `${name.padEnd(32)}${wall.toFixed(0).padStart(11)}${(wall / base.wall).toFixed(2).padStart(13)}${cpu.toFixed(0).padStart(14)}${(cpu / base.cpu).toFixed(2).padStart(13)}`,
  );
}
