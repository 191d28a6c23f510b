// The flags of `webhooks listen`: defaults, and each refusal naming its flag.
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/exit-codes.js';
import { isLoopback, listenSettings } from '../../../src/webhooks/listen-flags.js';

describe('listen settings', () => {
  it('defaults: 127.0.0.1:4242, no forwarding, a table on a terminal and NDJSON when piped', () => {
    expect(listenSettings({}, true)).toEqual({
      port: 4242,
      host: '127.0.0.1',
      forwardTo: undefined,
      forwardTimeoutMs: 10_000,
      publicKeys: [],
      format: 'table',
      mock: false,
    });
    expect(listenSettings({}, false).format).toBe('ndjson');
    expect(listenSettings({ format: 'table' }, false).format).toBe('table');
  });

  it('--port 0 (any free port), --forward-to, --forward-timeout and keys are taken', () => {
    const settings = listenSettings(
      {
        port: '0',
        forwardTo: 'http://localhost:3000/hooks?k=1',
        forwardTimeout: '2500',
        publicKey: ['a.pem', 'b.pem'],
      },
      false,
    );
    expect(settings.port).toBe(0);
    expect(settings.forwardTo?.href).toBe('http://localhost:3000/hooks?k=1');
    expect(settings.forwardTimeoutMs).toBe(2500);
    expect(settings.publicKeys).toEqual(['a.pem', 'b.pem']);
  });

  it.each([
    [{ port: '70000' }, /^--port must be from 0 to 65535/],
    [{ port: 'http' }, /^--port must be a whole number, got "http"/],
    [{ host: ' ' }, /^--host must be an address of this machine/],
    [{ host: 'http://127.0.0.1' }, /^--host must be an address of this machine/],
    [{ forwardTo: 'localhost:3000' }, /^--forward-to must be an http:\/\/ or https:\/\/ URL/],
    [{ forwardTo: 'ftp://example.com/x' }, /^--forward-to must be an http:\/\/ or https:\/\/ URL/],
    [{ forwardTo: 'http://user:pw@127.0.0.1/x' }, /^--forward-to cannot carry a user name or password/],
    [{ forwardTo: 'http://127.0.0.1/x', forwardTimeout: '0' }, /^--forward-timeout must be a whole number from 1/],
    [{ forwardTo: 'http://127.0.0.1/x', forwardTimeout: '999999' }, /^--forward-timeout is at most 120000 ms/],
    [{ forwardTimeout: '5000' }, /^--forward-timeout applies to --forward-to URL/],
    [{ format: 'csv' }, /^--format must be one of table, ndjson, got "csv"/],
    [{ mock: true, publicKey: ['k.pem'] }, /^--mock verifies with the simulator's own keys: leave out --public-key/],
  ])('%j is refused', (flags, message) => {
    expect(() => listenSettings(flags, false)).toThrow(UsageError);
    expect(() => listenSettings(flags, false)).toThrow(message);
  });

  it('loopback addresses are told apart from the rest', () => {
    expect(['127.0.0.1', '127.1.2.3', '::1', 'localhost'].map(isLoopback)).toEqual([true, true, true, true]);
    expect(['0.0.0.0', '::', '192.168.1.2'].map(isLoopback)).toEqual([false, false, false]);
  });
});
