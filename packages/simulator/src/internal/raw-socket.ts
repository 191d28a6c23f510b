// The two faults an HTTP framework cannot express, written on the raw socket:
// a connection reset with no answer, and an answer whose body stops short of
// its Content-Length. Everything else goes through the framework.
import type { Socket } from 'node:net';

/** Resets the connection (TCP RST): the client sees ECONNRESET, no status, no body. */
export function resetConnection(socket: Socket): void {
  // resetAndDestroy needs a TCP handle; a socket already closing just goes.
  if (socket.destroyed) return;
  socket.resetAndDestroy();
}

/**
 * Sends `200 OK` and headers announcing the whole JSON body, then only its
 * first half, then closes the connection: the client gets the status and
 * headers and fails while reading the body.
 */
export function sendTruncated(socket: Socket, headers: Readonly<Record<string, string>>, bytes: Buffer): void {
  const head = ['HTTP/1.1 200 OK'];
  for (const [name, value] of Object.entries({
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(bytes.length),
    connection: 'close',
  })) {
    head.push(`${name}: ${value}`);
  }
  const cut = bytes.subarray(0, Math.floor(bytes.length / 2));
  socket.end(Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`, 'latin1'), cut]));
}
