// `orders fulfil`, in-process: the body from the flags, --dry-run, the
// confirmation, and what a failure says about whether the write happened.
import { describe, expect, it, vi } from 'vitest';
import { fulfillmentFromFlags } from '../../../src/commands/fulfil.js';
import { fakeApi, type Handler, hang, json } from '../../support/fake-api.js';
import { type FakeIOOptions, runWith, startWith } from '../../support/fake-io.js';
import { LOCATION_ID } from '../../support/orders.js';
import { ENV, ORDER_ID, ORDER_PATH, PRICE_ID, SHIPPED, TOKEN } from '../../support/resource.js';

const PATH = `${ORDER_PATH}/fulfillments`;
const FULFIL = ['orders', 'fulfil', ORDER_ID, '--item', `${PRICE_ID}:2`, '--tracking', 'FedEx:40012345678'];
const created = () => json(200, { status: true, data: SHIPPED });

function api(handler: Handler = created) {
  return fakeApi({ [`POST ${PATH}`]: handler });
}

async function fulfil(args: string[], options: FakeIOOptions & { handler?: Handler } = {}) {
  const { fetch, requests } = api(options.handler);
  const result = await runWith([...FULFIL, ...args], { env: ENV, fetch, ...options });
  return { ...result, requests };
}

/** Whether any run of 8 characters of the token shows in `text`. */
const leaks = (text: string) =>
  Array.from({ length: TOKEN.length - 7 }, (_, i) => TOKEN.slice(i, i + 8)).some((run) => text.includes(run));

describe('the body, from the flags', () => {
  it('items, trackings and notifyCustomer, as the spec names them', () => {
    expect(
      fulfillmentFromFlags(LOCATION_ID, {
        item: [`${PRICE_ID}:2`, 'abc:1'],
        tracking: ['FedEx:400:https://fedex.example/t?n=400', 'UPS:1Z9'],
        notify: true,
      }),
    ).toEqual({
      altId: LOCATION_ID,
      items: [
        { priceId: PRICE_ID, qty: 2 },
        { priceId: 'abc', qty: 1 },
      ],
      trackings: [
        { shippingCarrier: 'FedEx', trackingNumber: '400', trackingUrl: 'https://fedex.example/t?n=400' },
        { shippingCarrier: 'UPS', trackingNumber: '1Z9' },
      ],
      notifyCustomer: true,
    });
  });

  it('no tracking and no --notify: an empty list and false, both sent (the spec requires them)', () => {
    expect(fulfillmentFromFlags(LOCATION_ID, { item: [`${PRICE_ID}:1`] })).toEqual({
      altId: LOCATION_ID,
      items: [{ priceId: PRICE_ID, qty: 1 }],
      trackings: [],
      notifyCustomer: false,
    });
  });

  it('a bad flag value: exit 2, one line naming it, nothing sent', async () => {
    const { fetch, requests } = api();
    for (const [args, message] of [
      [['orders', 'fulfil', ORDER_ID, '--yes'], /^hl-orders: --item is required/],
      [['orders', 'fulfil', ORDER_ID, '--item', 'x', '--yes'], /^hl-orders: --item must be PRICE_ID:QTY, .*got "x"/],
      [['orders', 'fulfil', ORDER_ID, '--item', `${PRICE_ID}:1`, '--tracking', 'FedEx', '--yes'], /got "FedEx"/],
      [['orders', 'fulfil', 'nope', '--item', `${PRICE_ID}:1`, '--yes'], /^hl-orders: ID must be an order id/],
    ] as const) {
      const result = await runWith([...args], { env: ENV, fetch });
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.split('\n')).toHaveLength(2);
    }
    expect(requests).toHaveLength(0);
  });
});

describe('--dry-run', () => {
  it('prints the exact request, the token masked, and sends nothing (exit 0, no question)', async () => {
    const result = await fulfil(['--dry-run', '--notify'], { tty: true });
    expect(result.code).toBe(0);
    expect(result.requests).toHaveLength(0);
    expect(result.io.questions).toEqual([]);
    const [head, body] = result.stdout.split('\n\n');
    expect(head?.split('\n')).toEqual([
      `POST https://services.leadconnectorhq.com${PATH}`,
      'Authorization: Bearer ****',
      'Content-Type: application/json',
      'Version: 2021-07-28',
    ]);
    expect(JSON.parse(body ?? '')).toEqual({
      altId: LOCATION_ID,
      items: [{ priceId: PRICE_ID, qty: 2 }],
      trackings: [{ shippingCarrier: 'FedEx', trackingNumber: '40012345678' }],
      notifyCustomer: true,
      altType: 'location',
    });
    expect(result.stderr).toBe('Dry run: nothing was sent.\n');
    expect(leaks(result.stdout + result.stderr)).toBe(false);
  });

  it('is exactly what is then sent', async () => {
    const dry = await fulfil(['--dry-run']);
    const sent = await fulfil(['--yes']);
    expect(sent.requests).toHaveLength(1);
    const [request] = sent.requests;
    expect(dry.stdout.split('\n')[0]).toBe(`${request?.method} ${request?.url.href}`);
    expect(JSON.parse(dry.stdout.split('\n\n')[1] ?? '')).toEqual(request?.body);
  });

  it('as one JSON object with --format json; with a query string in the URL for a white-label origin', async () => {
    const result = await fulfil(['--dry-run', '--format', 'json'], {
      env: { ...ENV, HIGHLEVEL_BASE_URL: 'https://api.my-agency.example' },
    });
    const request = JSON.parse(result.stdout);
    expect(request).toMatchObject({
      method: 'POST',
      url: `https://api.my-agency.example${PATH}`,
      headers: { Authorization: 'Bearer ****', Version: '2021-07-28', 'Content-Type': 'application/json' },
      body: { altId: LOCATION_ID, notifyCustomer: false },
    });
    expect(leaks(result.stdout)).toBe(false);
  });

  it('still checks everything: a bad value is a usage error, not a preview', async () => {
    const { fetch } = api();
    const result = await runWith(['orders', 'fulfil', ORDER_ID, '--item', `${PRICE_ID}:0`, '--dry-run'], {
      env: ENV,
      fetch,
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
  });
});

describe('confirmation', () => {
  it('on a terminal: shows what will be sent (token masked), and yes sends it once', async () => {
    const result = await fulfil([], { tty: true, answers: [true], env: { ...ENV, NO_COLOR: '1' } });
    expect(result.code).toBe(0);
    expect(result.io.questions).toEqual(['Send it? [y/N] ']);
    expect(result.stderr).toContain(
      `Fulfil order ${ORDER_ID}: 2 units of 1 item, tracked (FedEx 40012345678), the customer not notified.\nThis request will be sent, and the API cannot undo it:\n\n  POST https://services.leadconnectorhq.com${PATH}\n  Authorization: Bearer ****\n`,
    );
    expect(result.stderr).toContain('    "notifyCustomer": false,');
    expect(leaks(result.stderr)).toBe(false);
    expect(result.requests).toHaveLength(1);
    expect(result.stdout).toMatch(/^FULFILLMENT\s+CREATED/);
    expect(result.stderr).toMatch(/Fulfilled order .*\(fulfillment 6578d3f1c2a9b84e1f0a7b21\)\.\n$/);
  });

  it('no: exit 2, "Cancelled", nothing sent', async () => {
    const result = await fulfil([], { tty: true, answers: [false] });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/hl-orders: Cancelled: nothing was sent\.\n$/);
    expect(result.requests).toHaveLength(0);
    expect(result.stdout).toBe('');
  });

  it('Ctrl-C at the question: exit 130, nothing sent', async () => {
    const result = await fulfil([], { tty: true, answers: ['interrupt'] });
    expect(result.code).toBe(130);
    expect(result.stderr).toMatch(/hl-orders: Interrupted at the confirmation: nothing was sent\.\n$/);
    expect(result.requests).toHaveLength(0);
  });

  it('not on a terminal and no --yes: refused (exit 2) saying to pass --yes, nothing sent', async () => {
    for (const tty of [false, { stdin: false, stderr: true, stdout: true }, { stdin: true, stderr: false }]) {
      const result = await fulfil([], { tty });
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        `hl-orders: orders fulfil changes order ${ORDER_ID} and asks before it does, but there is no terminal to ask on: pass --yes to send it, or --dry-run to see the request.\n`,
      );
      expect(result.requests).toHaveLength(0);
      expect(result.io.questions).toEqual([]);
    }
  });

  it('--yes (or -y): sent without a question; piped, the created fulfillment as JSON', async () => {
    for (const flag of ['--yes', '-y']) {
      const result = await fulfil([flag]);
      expect(result.code).toBe(0);
      expect(result.io.questions).toEqual([]);
      expect(result.requests).toHaveLength(1);
      expect(JSON.parse(result.stdout)).toEqual({ status: true, data: SHIPPED });
      expect(result.stderr).toBe('');
    }
    const ndjson = await fulfil(['--yes', '--format', 'ndjson']);
    expect(JSON.parse(ndjson.stdout)).toEqual(SHIPPED);
  });
});

describe('a write is never repeated once it may have reached the API', () => {
  it('a 500: exit 1, sent once, "may have been created" and the command to check', async () => {
    const result = await fulfil(['--yes'], { handler: () => json(500, { message: 'boom' }) });
    expect(result.code).toBe(1);
    expect(result.requests).toHaveLength(1);
    expect(result.stderr).toBe(
      `hl-orders: The fulfillment may have been created: the API answered 500 after the request may have reached the API. It was not sent again: the API has no idempotency keys, so a repeat could ship the items twice (and notify the customer twice). Check with hl-orders orders get ${ORDER_ID} (its fulfillmentStatus, or run hl-orders orders fulfillments ${ORDER_ID}) before running this again.\n`,
    );
  });

  it('no answer in time: exit 1, sent once, says so; --location is in the command to check', async () => {
    const result = await fulfil(['--yes', '--timeout', '50', '--location', LOCATION_ID], { handler: hang });
    expect(result.code).toBe(1);
    expect(result.requests).toHaveLength(1);
    expect(result.stderr).toMatch(/^hl-orders: The fulfillment may have been created: no answer came in time /);
    expect(result.stderr).toContain(`Check with hl-orders orders get ${ORDER_ID} --location ${LOCATION_ID} (`);
  });

  it('applied but unreadable: exit 1, says it was created and not to send it again', async () => {
    const result = await fulfil(['--yes'], { handler: () => new Response('<html>oops', { status: 200 }) });
    expect(result.code).toBe(1);
    expect(result.requests).toHaveLength(1);
    expect(result.stderr).toBe(
      `hl-orders: The fulfillment was created (the API answered 200), but the answer could not be read. Do not send it again; see the result with hl-orders orders get ${ORDER_ID}.\n`,
    );
  });

  it('as one JSON line with --format json', async () => {
    const result = await fulfil(['--yes', '--format', 'json'], { handler: () => json(503, {}) });
    expect(JSON.parse(result.stderr).error).toMatchObject({ name: 'WriteOutcomeError', exitCode: 1 });
  });

  it('Ctrl-C while it is sent: exit 130, and it may have been created', async () => {
    const { fetch, requests } = fakeApi({ [`POST ${PATH}`]: hang });
    const { io, done } = startWith([...FULFIL, '--yes'], { env: ENV, fetch });
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    io.interrupt();
    const result = await done;
    expect(result.code).toBe(130);
    expect(result.stderr).toMatch(
      /^hl-orders: Interrupted: the fulfillment may have been created, if the request reached the API before Ctrl-C\. Check with /,
    );
  });

  it('a token without the scope: exit 4, and the scope it needs', async () => {
    const result = await fulfil(['--yes'], { handler: () => json(403, { message: 'scope' }) });
    expect(result.code).toBe(4);
    expect(result.requests).toHaveLength(1);
    expect(result.stderr).toMatch(/orders fulfil needs a token with the scope payments\/orders\.write\.\n$/);
  });
});
