// Text the server chose reaches the client's error messages, which callers
// print to terminals and logs: it comes out as one short printable line.
import { controlCharsIn, hostileStrings } from '@hl-orders/hostile-server';
import { describe, expect, it } from 'vitest';
import { createOrdersClient, type FetchLike } from '../../src/index.js';

const messageFor = async (respond: () => Response) => {
  const fetch: FetchLike = async () => respond();
  const error = await createOrdersClient({ token: 'secret-token', fetch, rateLimiter: false, maxRetries: 0 })
    .orders.list({ altId: 'a' })
    .catch((e: unknown) => e as Error);
  return (error as Error).message;
};

describe('server text in error messages', () => {
  it.each(Object.entries(hostileStrings))('%s in an error message: one printable line', async (_, hostile) => {
    for (const respond of [
      () => Response.json({ statusCode: 400, message: `bad ${hostile} request` }, { status: 400 }),
      () => new Response(`not json ${hostile}`, { status: 200 }),
      () => new Response(null, { status: 302, headers: { location: `https://x.example/${encodeURI(hostile)}` } }),
    ]) {
      const message = await messageFor(respond);
      expect(controlCharsIn(message, { formatting: true })).toEqual([]);
      expect(message).not.toContain('\n');
    }
  });

  it('whole escape sequences go, not only their ESC, and the text around them stays', async () => {
    const message = await messageFor(() =>
      Response.json({ message: 'Oops\u001b[2J\u001b]0;pwned\u0007 red\u009b1m evil' }, { status: 400 }),
    );
    expect(message).toContain('(400: Oops red evil)');
  });

  it('a huge message is cut to a few hundred characters', async () => {
    const message = await messageFor(() => Response.json({ message: 'x'.repeat(50_000) }, { status: 422 }));
    expect(message.length).toBeLessThan(600);
  });
});
