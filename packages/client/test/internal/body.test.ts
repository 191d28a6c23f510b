// Reading a body within a cap, on constructed Responses and streams built
// here: what comes back whole, where a read stops, and that a stream cut short
// is cancelled (so the connection is released) rather than left hanging.
import { getEventListeners } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { BodyTooLargeError, readBody, untilAborted } from '../../src/internal/body.js';

const bytes = (text: string) => new TextEncoder().encode(text);

/**
 * A stream of `chunks`, then the end; pulled only on demand (no read ahead),
 * so `pulled` says how much a reader asked for, and `cancel` whether it gave up.
 */
function chunked(chunks: Uint8Array[], init: ResponseInit = {}) {
  const source = { pulled: 0, cancel: vi.fn() };
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const chunk = chunks[source.pulled++];
        if (chunk) controller.enqueue(chunk);
        else controller.close();
      },
      cancel: source.cancel,
    },
    { highWaterMark: 0 },
  );
  return { response: new Response(body, init), source };
}

/** A stream that never ends: `size` bytes of "a" per pull, for ever. */
function endless(size = 1024) {
  const chunk = new Uint8Array(size).fill(0x61);
  const source = { pulled: 0, cancel: vi.fn() };
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        source.pulled += size;
        controller.enqueue(chunk);
      },
      cancel: source.cancel,
    },
    { highWaterMark: 0 },
  );
  return { response: new Response(body), source };
}

/** A stream whose first read never resolves (a server that stalls mid-body). */
function stalled() {
  const source = { cancel: vi.fn() };
  const body = new ReadableStream<Uint8Array>({ pull: () => new Promise<void>(() => {}), cancel: source.cancel });
  return { response: new Response(body), source };
}

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );

/** `promise`, or a failure if it has not settled within `ms` (real time). */
function within<T>(promise: Promise<T>, ms = 100): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still pending after ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

describe('readBody within the cap', () => {
  it('returns a body within the cap whole, up to exactly maxBytes', async () => {
    expect(await readBody(new Response('{"data":[]}'), { maxBytes: 11, overflow: 'throw' })).toEqual({
      text: '{"data":[]}',
      truncated: false,
    });
  });

  it('joins a body that arrives in many chunks, in order', async () => {
    const { response, source } = chunked(['{"data":', '[1,2', ',3]}'].map(bytes));
    expect(await readBody(response, { maxBytes: 1024, overflow: 'throw' })).toEqual({
      text: '{"data":[1,2,3]}',
      truncated: false,
    });
    expect(source.cancel).not.toHaveBeenCalled();
  });

  it('decodes a multi-byte UTF-8 character split across two chunks whole', async () => {
    const euro = bytes('€'); // e2 82 ac
    const { response } = chunked([
      Uint8Array.of(...bytes('price: 5'), euro[0]!, euro[1]!),
      Uint8Array.of(euro[2]!, ...bytes(' café')),
    ]);
    const { text } = await readBody(response, { maxBytes: 1024, overflow: 'throw' });
    expect(text).toBe('price: 5€ café');
    expect(text).not.toContain('\ufffd');
  });

  it('reads a response without a body as empty', async () => {
    expect(await readBody(new Response(null, { status: 204 }), { maxBytes: 1024, overflow: 'throw' })).toEqual({
      text: '',
      truncated: false,
    });
  });
});

describe('readBody past the cap', () => {
  it("with overflow 'throw': a BodyTooLargeError carrying the limit, and the stream cancelled", async () => {
    const { response, source } = chunked(['12345', '67890', 'abcde'].map(bytes));
    const error = await failureOf(readBody(response, { maxBytes: 8, overflow: 'throw' }));
    expect(error).toBeInstanceOf(BodyTooLargeError);
    expect(error).toMatchObject({ limit: 8, declared: undefined, message: 'the response body is larger than 8 bytes' });
    expect(source.pulled).toBe(2);
    expect(source.cancel).toHaveBeenCalled();
  });

  it('one byte over is over', async () => {
    const error = await failureOf(readBody(new Response('123456789'), { maxBytes: 8, overflow: 'throw' }));
    expect(error).toBeInstanceOf(BodyTooLargeError);
  });

  it('a Content-Length over the cap is refused before a byte is read, naming what it announced', async () => {
    const { response, source } = chunked([bytes('x')], { headers: { 'content-length': String(5 * 2 ** 30) } });
    const error = await failureOf(readBody(response, { maxBytes: 1024, overflow: 'throw' }));
    expect(error).toBeInstanceOf(BodyTooLargeError);
    expect(error).toMatchObject({ limit: 1024, declared: 5 * 2 ** 30 });
    expect(source.pulled).toBe(0);
    expect(source.cancel).toHaveBeenCalled();
  });

  it('a Content-Length within the cap is not trusted: the bytes are counted anyway', async () => {
    const { response } = chunked(['0123456789', '0123456789'].map(bytes), { headers: { 'content-length': '10' } });
    const error = await failureOf(readBody(response, { maxBytes: 15, overflow: 'throw' }));
    expect(error).toBeInstanceOf(BodyTooLargeError);
  });

  it("with overflow 'truncate': exactly maxBytes kept, said truncated, the rest never pulled", async () => {
    const { response, source } = chunked(['abcd', 'efgh', 'ijkl', 'mnop'].map(bytes));
    expect(await readBody(response, { maxBytes: 6, overflow: 'truncate' })).toEqual({
      text: 'abcdef',
      truncated: true,
    });
    expect(source.pulled).toBe(2);
    expect(source.cancel).toHaveBeenCalled();
  });

  it("with overflow 'truncate', a large Content-Length is no reason to refuse: the start is kept", async () => {
    const { response } = chunked([bytes('error: '), bytes('x'.repeat(100))], {
      headers: { 'content-length': '999999' },
    });
    const { text, truncated } = await readBody(response, { maxBytes: 10, overflow: 'truncate' });
    expect(text).toBe('error: xxx');
    expect(truncated).toBe(true);
  });

  it.each([
    ['throw', 64 * 1024],
    ['truncate', 64 * 1024],
  ] as const)("an endless stream stops at the cap (overflow '%s') and is cancelled", async (overflow, maxBytes) => {
    const { response, source } = endless(1024);
    const read = readBody(response, { maxBytes, overflow });
    if (overflow === 'throw') {
      expect(await failureOf(read)).toBeInstanceOf(BodyTooLargeError);
    } else {
      const { text, truncated } = await read;
      expect(text).toHaveLength(maxBytes);
      expect(truncated).toBe(true);
    }
    expect(source.pulled).toBe(maxBytes + 1024);
    expect(source.cancel).toHaveBeenCalled();
  });
});

describe('readBody and its signal', () => {
  it('a signal that aborts stops a read that never resolves, with the signal’s reason', async () => {
    const { response, source } = stalled();
    const controller = new AbortController();
    const read = readBody(response, { maxBytes: 1024, overflow: 'throw', signal: controller.signal });
    const reason = new DOMException('timed out after 50 ms', 'TimeoutError');
    setTimeout(() => controller.abort(reason), 10);
    expect(await within(failureOf(read))).toBe(reason);
    expect(source.cancel).toHaveBeenCalled();
  });

  it('a signal aborted already stops the read before it waits', async () => {
    const { response } = stalled();
    const reason = new Error('gave up');
    const read = readBody(response, { maxBytes: 1024, overflow: 'throw', signal: AbortSignal.abort(reason) });
    expect(await within(failureOf(read))).toBe(reason);
  });
});

describe('untilAborted', () => {
  it('resolves as the promise does, and rejects as it does', async () => {
    const signal = new AbortController().signal;
    await expect(untilAborted(Promise.resolve('page'), signal)).resolves.toBe('page');
    const failure = new Error('reset');
    await expect(untilAborted(Promise.reject(failure), signal)).rejects.toBe(failure);
  });

  it('rejects with the reason as soon as the signal aborts, though the promise never settles', async () => {
    const controller = new AbortController();
    const waiting = untilAborted(new Promise(() => {}), controller.signal);
    controller.abort('deadline');
    await expect(within(waiting)).rejects.toBe('deadline');
  });

  it('rejects at once for a signal aborted already, even if the promise has resolved', async () => {
    await expect(untilAborted(Promise.resolve('late'), AbortSignal.abort('cancelled'))).rejects.toBe('cancelled');
  });

  it('for a signal aborted already, the abandoned promise failing later is not an unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      await expect(untilAborted(Promise.reject(new Error('reset')), AbortSignal.abort('cancelled'))).rejects.toBe(
        'cancelled',
      );
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('leaves no listener on the signal once the promise has settled', async () => {
    const { signal } = new AbortController();
    await untilAborted(Promise.resolve(1), signal);
    await untilAborted(Promise.reject(new Error('x')), signal).catch(() => undefined);
    expect(getEventListeners(signal, 'abort')).toHaveLength(0);
  });
});
