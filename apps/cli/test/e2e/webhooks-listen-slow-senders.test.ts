// SECURITY.md promises that `webhooks listen` bounds the time a request may
// take: 30 s for the whole request, 15 s for its headers. A sender that drips
// its headers or its body must be cut off then, not at Node's next 30-second
// connections check (about twice as late).
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startListener, stopListeners } from '../support/webhooks.js';

afterEach(stopListeners);

/** Opens a socket that sends `first`, then `drip` every second; resolves with the seconds until the listener closed it, or `limit`. */
function dripper(port: number, first: string, drip: string, limitS: number): Promise<number> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = net.connect(port, '127.0.0.1', () => socket.write(first));
    socket.on('data', () => {}); // read the 408, so that the close is seen
    socket.on('error', () => {});
    const timer = setInterval(() => {
      if (!socket.destroyed) socket.write(drip);
    }, 1000);
    const finish = () => {
      clearInterval(timer);
      clearTimeout(limit);
      socket.destroy();
      resolve((Date.now() - started) / 1000);
    };
    socket.on('close', finish);
    const limit = setTimeout(finish, limitS * 1000);
  });
}

describe('webhooks listen: a slow sender', () => {
  it('is cut off at the promised request (30 s) and headers (15 s) timeouts, not twice that', async () => {
    const { port } = await startListener();
    const [body, headers] = await Promise.all([
      dripper(
        port,
        'POST /webhooks/highlevel HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n',
        'a',
        45,
      ),
      dripper(port, 'POST /webhooks/highlevel HTTP/1.1\r\n', 'X-Drip: 1\r\n', 45),
    ]);
    // A few seconds of slack over each promise.
    expect(headers, 'a sender dripping its headers held the connection this many seconds').toBeLessThan(20);
    expect(body, 'a sender dripping its body held the connection this many seconds').toBeLessThan(35);
  }, 60_000);
});
