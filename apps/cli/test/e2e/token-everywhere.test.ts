// No 8-character piece of the token in anything the CLI leaves behind: stdout,
// stderr, the export file and its checkpoint, whatever a hostile server echoes
// back (in an error, a header, a redirect, an order's data or its id).
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Behaviour,
  findTokenFragments,
  type HostileServer,
  redirect,
  reflectToken,
  startHostileServer,
  status,
} from '@hl-orders/hostile-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../support/run-cli.js';

const TOKEN = 'pit-7a1e5c3b-2f9d-4e8a-b6c0-d4f2a8e1c9b7';
let dir: string;
const servers: HostileServer[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hl-orders-token-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

/** The honest page, with the Authorization header copied into one order's fields (or its id). */
const echoIntoData =
  (field: 'contactName' | '_id'): Behaviour =>
  (ctx) => {
    const answer = ctx.honestAnswer();
    const page = answer.body as { data: Record<string, unknown>[] };
    const auth = ctx.request.headers.authorization ?? '';
    if (page.data[0]) page.data[0] = { ...page.data[0], [field]: field === '_id' ? auth.slice(7) : `Dear ${auth}` };
    ctx.send(answer);
  };

async function everything(stdout: string, stderr: string): Promise<string> {
  const files = await readdir(dir);
  const contents = await Promise.all(files.map((f) => readFile(join(dir, f), 'utf8').catch(() => '')));
  return [stdout, stderr, ...files, ...contents].join('\n');
}

let n = 0;
const cases: [string, (s: HostileServer) => void, string[]][] = [
  [
    'a 401 echoing it into the message',
    (s) => s.use(reflectToken({ where: 'body-message', padding: 36 })),
    ['orders', 'list'],
  ],
  [
    'a 500 page with it after 990 characters',
    (s) => s.always(reflectToken({ where: 'text', status: 500, padding: 990, repeat: 2 })),
    ['orders', 'list', '--max-retries', '0'],
  ],
  [
    'a header echoing it',
    (s) => s.use(reflectToken({ where: 'header', prefix: true, status: 403 })),
    ['orders', 'list', '--format', 'json'],
  ],
  [
    'a redirect carrying it',
    (s) =>
      s.always(
        redirect({ status: 302, location: (ctx) => `${ctx.otherOriginUrl}/?t=${ctx.request.headers.authorization}` }),
      ),
    ['orders', 'list'],
  ],
  [
    'an order holding it, as JSON',
    (s) => s.always(echoIntoData('contactName')),
    ['orders', 'list', '--format', 'json'],
  ],
  ['an order holding it, as CSV', (s) => s.always(echoIntoData('contactName')), ['orders', 'list', '--format', 'csv']],
  [
    'an order holding it, in a table',
    (s) => s.always(echoIntoData('contactName')),
    ['orders', 'list', '--format', 'table'],
  ],
  [
    'an order holding it, exported to a file',
    (s) => s.always(echoIntoData('contactName')),
    ['orders', 'export', '--limit', '5'],
  ],
  [
    'an order id holding it, exported, then the server fails',
    (s) => {
      s.use(echoIntoData('_id'), echoIntoData('_id'));
      s.always(status(500, 'down'));
    },
    ['orders', 'export', '--limit', '5', '--max-retries', '0'],
  ],
];

describe('nothing the CLI writes holds a piece of the token', () => {
  it.each(cases)('%s', async (_, arrange, args) => {
    const server = await startHostileServer({ orders: 12, seed: 3 });
    servers.push(server);
    arrange(server);
    const extra = args[1] === 'export' ? ['-o', join(dir, `export-${++n}.ndjson`)] : [];
    const result = await run([...args, ...extra], {
      HIGHLEVEL_TOKEN: TOKEN,
      HIGHLEVEL_LOCATION_ID: server.list.altId,
      HIGHLEVEL_BASE_URL: server.url,
    });
    expect(server.requests.length).toBeGreaterThan(0);
    expect(server.otherOrigin.requests, 'a redirect was followed').toEqual([]);
    expect(findTokenFragments(await everything(result.stdout, result.stderr), TOKEN)).toEqual([]);
  });
});
