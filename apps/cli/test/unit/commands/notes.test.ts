// `orders notes`, in-process: notes whose fields nobody documented, every format.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../support/csv.js';
import { fakeApi, json } from '../../support/fake-api.js';
import { runWith } from '../../support/fake-io.js';
import { TERMINAL_CONTROL } from '../../support/orders.js';
import { ENV, ORDER_ID, ORDER_PATH } from '../../support/resource.js';

const PLAIN = { ...ENV, NO_COLOR: '1' };
const NOTES = [
  { _id: 'n1', body: 'Left at the door', createdAt: '2024-01-02T10:00:00.000Z' },
  { _id: 'n2', body: '@SUM(A1:A9)', author: 'Eve' },
];
const api = (answer: unknown) => fakeApi({ [`GET ${ORDER_PATH}/notes`]: () => json(200, answer) }).fetch;

describe('orders notes ID', () => {
  it('a table of every field the notes have, in the order they first appear', async () => {
    const result = await runWith(['orders', 'notes', ORDER_ID], { env: PLAIN, tty: true, fetch: api({ data: NOTES }) });
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^_ID\s+BODY\s+CREATEDAT\s+AUTHOR$/);
    expect(lines[1]).toMatch(/^n1\s+Left at the door\s+2024-01-02T10:00:00\.000Z$/);
    expect(lines[2]).toMatch(/^n2\s+@SUM\(A1:A9\)\s+Eve$/);
    expect(result.stderr).toBe('2 notes\n');
  });

  it('field names are server text too: a hostile one cannot drive the terminal', async () => {
    const hostile = [{ 'x\u001b]0;pwned\u0007y': 'v\u009b2J' }];
    const result = await runWith(['orders', 'notes', ORDER_ID], {
      env: PLAIN,
      tty: true,
      fetch: api({ data: hostile }),
    });
    expect(result.stdout).not.toMatch(TERMINAL_CONTROL);
    expect(result.stdout).toBe('XY\nv\n');
  });

  it('no notes, or an answer without data: says so, never a crash', async () => {
    for (const answer of [{ status: true, data: [] }, {}, { data: 'odd' }]) {
      const result = await runWith(['orders', 'notes', ORDER_ID], { env: PLAIN, tty: true, fetch: api(answer) });
      expect(result.code).toBe(0);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(`Order ${ORDER_ID} has no notes.\n`);
    }
  });

  it('JSON when piped: the answer as given; NDJSON one note a line', async () => {
    const answer = { status: true, data: NOTES, extra: 1 };
    const piped = await runWith(['orders', 'notes', ORDER_ID], { env: ENV, fetch: api(answer) });
    expect(JSON.parse(piped.stdout)).toEqual(answer);
    const ndjson = await runWith(['orders', 'notes', ORDER_ID, '--format', 'ndjson'], { env: ENV, fetch: api(answer) });
    expect(
      ndjson.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual(NOTES);
  });

  it('CSV: the same columns, formulas neutralised', async () => {
    const result = await runWith(['orders', 'notes', ORDER_ID, '--format', 'csv'], {
      env: ENV,
      fetch: api({ data: NOTES }),
    });
    expect(parseCsv(result.stdout)).toEqual([
      ['_id', 'body', 'createdAt', 'author'],
      ['n1', 'Left at the door', '2024-01-02T10:00:00.000Z', ''],
      ['n2', "'@SUM(A1:A9)", '', 'Eve'],
    ]);
  });

  it('notes that are plain strings are kept, in a NOTE column, in CSV and the table', async () => {
    const strings = { data: ['Left at the door', 'Call before delivery'] };
    const csv = await runWith(['orders', 'notes', ORDER_ID, '--format', 'csv'], { env: ENV, fetch: api(strings) });
    expect(csv.code).toBe(0);
    expect(parseCsv(csv.stdout)).toEqual([['note'], ['Left at the door'], ['Call before delivery']]);
    const mixed = await runWith(['orders', 'notes', ORDER_ID], {
      env: PLAIN,
      tty: true,
      fetch: api({ data: [{ _id: 'n1', body: 'Object note' }, 'Call before delivery'] }),
    });
    const lines = mixed.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^_ID\s+BODY\s+NOTE$/);
    expect(lines[1]).toMatch(/^n1\s+Object note$/);
    expect(lines[2]).toMatch(/^\s+Call before delivery$/);
  });
});
