// No part of the token on stderr, whoever writes it: our messages that echo a
// value typed into the wrong flag, and commander's own errors.
import { describe, expect, it } from 'vitest';
import { run } from '../support/run-cli.js';

const TOKEN = 'pit-4f1c2a9e-7b3d-4c55-9a0e-d2b81f6c3e77';

/** The first run of 8 characters of the token found in `text`, if any. */
function leak(text: string): string | undefined {
  for (let i = 0; i + 8 <= TOKEN.length; i++) if (text.includes(TOKEN.slice(i, i + 8))) return TOKEN.slice(i, i + 8);
  return undefined;
}

const withEnv = { HIGHLEVEL_TOKEN: TOKEN, HIGHLEVEL_LOCATION_ID: 'loc123' };

describe('a token typed into the wrong place is redacted on stderr', () => {
  it.each([
    ['--limit <token>, token from HIGHLEVEL_TOKEN', ['orders', 'list', '--limit', TOKEN], withEnv, /--limit must be/],
    ['--limit <part of the token>', ['orders', 'list', '--limit', `x${TOKEN.slice(4, 22)}y`], withEnv, /--limit/],
    [
      'a bad --payment-status choice (commander), token from --token',
      ['orders', 'list', '--payment-status', TOKEN, '--token', TOKEN, '--location', 'loc123'],
      {},
      /Allowed choices are/,
    ],
    [
      'an unknown option (commander), token from --token=',
      ['orders', 'list', `--${TOKEN}`, `--token=${TOKEN}`],
      {},
      /unknown option/,
    ],
    ['--from <token> on export (the client validates it)', ['orders', 'export', '--from', TOKEN], withEnv, /--from/],
  ])('%s', async (_label, args, env, message) => {
    const result = await run(args, env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('[redacted]');
    expect(leak(result.stderr), result.stderr).toBeUndefined();
  });
});
