// The token comes back where, how often, how cut and how far in the test asked.
import { describe, expect, it } from 'vitest';
import { findTokenFragments, reflectToken } from '../../src/index.js';
import { useServer } from '../support/use-server.js';

const start = useServer();
const TOKEN = 'pit-0123abcd-4567-89ef-fedc-ba9876543210';

async function call(server: { url: string }): Promise<Response> {
  return fetch(`${server.url}/payments/orders`, { headers: { Authorization: `Bearer ${TOKEN}` } });
}

describe('reflectToken', () => {
  it('puts the bare token in the JSON message with a 401 by default', async () => {
    const server = await start();
    server.use(reflectToken({ where: 'body-message' }));
    const response = await call(server);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ statusCode: 401, message: TOKEN, error: 'Unauthorized' });
  });

  it('keeps the Bearer scheme when asked, in a field, a header or a text body, with any status', async () => {
    const server = await start();
    server.use(
      reflectToken({ where: 'body-field', prefix: true, status: 400 }),
      reflectToken({ where: 'header', status: 500 }),
      reflectToken({ where: 'text', status: 502 }),
    );
    const field = await call(server);
    expect(field.status).toBe(400);
    expect(((await field.json()) as { authorization: string }).authorization).toBe(`Bearer ${TOKEN}`);
    const header = await call(server);
    expect(header.status).toBe(500);
    expect(header.headers.get('x-echo-authorization')).toBe(TOKEN);
    const text = await call(server);
    expect([text.status, text.headers.get('content-type'), await text.text()]).toEqual([
      502,
      'text/plain; charset=utf-8',
      TOKEN,
    ]);
  });

  it('cuts, repeats and pads so the token straddles a 40- or 1000-character cut', async () => {
    const server = await start();
    server.use(
      reflectToken({ where: 'body-message', padding: 36 }),
      reflectToken({ where: 'text', padding: 990, repeat: 3 }),
      reflectToken({ where: 'body-message', cutAt: 12 }),
    );
    const message = ((await (await call(server)).json()) as { message: string }).message;
    expect(message.indexOf(TOKEN)).toBe(36);
    expect(message.slice(0, 40)).toBe(`${'.'.repeat(36)}${TOKEN.slice(0, 4)}`);

    const text = await (await call(server)).text();
    expect(text.indexOf(TOKEN)).toBe(990);
    expect(text.split(TOKEN)).toHaveLength(4);
    // A preview cut at 1000 characters keeps 10 of them: fragments a test must catch.
    expect(findTokenFragments(text.slice(0, 1000), TOKEN)).toEqual([
      TOKEN.slice(0, 8),
      TOKEN.slice(1, 9),
      TOKEN.slice(2, 10),
    ]);

    const cut = ((await (await call(server)).json()) as { message: string }).message;
    expect(cut).toBe(TOKEN.slice(0, 12));
  });

  it('lands the token at body offset 29 + padding in a JSON message, across a 1000-character preview', async () => {
    const server = await start();
    server.use(reflectToken({ where: 'body-message', padding: 1000 - 29 - 5, status: 500 }));
    const body = await (await call(server)).text();
    expect(body.indexOf(TOKEN)).toBe(995);
    expect(body.slice(0, 1000).endsWith(TOKEN.slice(0, 5))).toBe(true);
  });

  it('reflects nothing when no Authorization was sent', async () => {
    const server = await start();
    server.use(reflectToken({ where: 'text', status: 200 }));
    expect(await (await fetch(server.url)).text()).toBe('');
  });
});
