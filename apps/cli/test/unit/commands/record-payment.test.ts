// `orders record-payment`, in-process: the body from the flags, --dry-run,
// the confirmation, and the answers that do not say the payment was recorded.
import { describe, expect, it } from 'vitest';
import { paymentFromFlags } from '../../../src/commands/record-payment.js';
import { UsageError } from '../../../src/exit-codes.js';
import { fakeApi, type Handler, json } from '../../support/fake-api.js';
import { type FakeIOOptions, runWith } from '../../support/fake-io.js';
import { LOCATION_ID } from '../../support/orders.js';
import { ENV, ORDER_ID, ORDER_PATH, TOKEN } from '../../support/resource.js';

const PATH = `${ORDER_PATH}/record-payment`;
const RECORD = ['orders', 'record-payment', ORDER_ID];
const recorded = () => json(200, { success: true });

async function record(args: string[], options: FakeIOOptions & { handler?: Handler } = {}) {
  const { fetch, requests } = fakeApi({ [`POST ${PATH}`]: options.handler ?? recorded });
  const result = await runWith([...RECORD, ...args], { env: ENV, fetch, ...options });
  return { ...result, requests };
}

describe('the body, from the flags', () => {
  it('the mode alone: the whole amount due', () => {
    expect(paymentFromFlags(LOCATION_ID, { mode: 'cash' })).toEqual({ altId: LOCATION_ID, mode: 'cash' });
  });

  it('an amount says whether it is partial; a note goes in notes', () => {
    expect(paymentFromFlags(LOCATION_ID, { mode: 'card', amount: '40', partial: true, note: 'Terminal 2' })).toEqual({
      altId: LOCATION_ID,
      mode: 'card',
      amount: 40,
      isPartialPayment: true,
      notes: 'Terminal 2',
    });
    expect(paymentFromFlags(LOCATION_ID, { mode: 'cheque', amount: '50.25' })).toEqual({
      altId: LOCATION_ID,
      mode: 'cheque',
      amount: 50.25,
      isPartialPayment: false,
    });
  });

  it.each([
    [{}, /^--mode is required/],
    [{ mode: 'bitcoin' }, /^--mode must be one of cash, card, cheque, bank_transfer, other, got "bitcoin"\.$/],
    [{ mode: 'cash', amount: '-3' }, /^--amount must be a positive amount/],
    [{ mode: 'cash', partial: true }, /^--partial needs --amount: how much of the amount due was paid\.$/],
    [{ mode: 'cash', note: '  ' }, /^--note is empty/],
  ])('%j is refused', (flags, message) => {
    expect(() => paymentFromFlags(LOCATION_ID, flags)).toThrow(UsageError);
    expect(() => paymentFromFlags(LOCATION_ID, flags)).toThrow(message);
  });

  it('commander knows the modes too: a wrong one is exit 2 naming the choices, nothing sent', async () => {
    const result = await record(['--mode', 'bitcoin', '--yes']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /argument 'bitcoin' is invalid\. Allowed choices are cash, card, cheque, bank_transfer, other/,
    );
    expect(result.requests).toHaveLength(0);
  });
});

describe('--dry-run', () => {
  it('the exact request with the token masked, nothing sent', async () => {
    const result = await record(['--mode', 'card', '--amount', '40', '--partial', '--note', 'Paid', '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.requests).toHaveLength(0);
    expect(result.stdout).toBe(
      `POST https://services.leadconnectorhq.com${PATH}\nAuthorization: Bearer ****\nContent-Type: application/json\nVersion: 2021-07-28\n\n${JSON.stringify(
        { altId: LOCATION_ID, mode: 'card', amount: 40, isPartialPayment: true, notes: 'Paid', altType: 'location' },
        null,
        2,
      )}\n`,
    );
    expect(result.stdout + result.stderr).not.toContain(TOKEN.slice(4, 12));
  });
});

describe('sending', () => {
  it('after yes on a terminal: the summary, then one line saying it was recorded', async () => {
    const result = await record(['--mode', 'bank_transfer', '--amount', '90'], {
      tty: true,
      answers: [true],
      env: { ...ENV, NO_COLOR: '1' },
    });
    expect(result.code).toBe(0);
    expect(result.stderr.startsWith(`Record a bank transfer payment of 90 on order ${ORDER_ID}.\n`)).toBe(true);
    expect(result.stderr.endsWith(`Recorded a bank transfer payment of 90 on order ${ORDER_ID}.\n`)).toBe(true);
    expect(result.stdout).toBe('');
    expect(result.requests.map((r) => r.body)).toEqual([
      { altId: LOCATION_ID, mode: 'bank_transfer', amount: 90, isPartialPayment: false, altType: 'location' },
    ]);
  });

  it('--yes, piped: the API answer as JSON on stdout, nothing on stderr', async () => {
    const result = await record(['--mode', 'cash', '--yes']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ success: true });
    expect(result.stderr).toBe('');
    expect(result.requests[0]?.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
  });

  it('no confirmation without a terminal', async () => {
    const result = await record(['--mode', 'cash']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/pass --yes to send it/);
    expect(result.requests).toHaveLength(0);
  });

  it('an answer without success: true is not taken for a recorded payment (exit 1, check it)', async () => {
    const result = await record(['--mode', 'cash', '--yes'], { handler: () => json(200, { success: false }) });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `hl-orders: The API answered success: false instead of confirming that the payment was recorded. Check with hl-orders orders get ${ORDER_ID} (its paymentStatus) before running this again.\n`,
    );
    expect(result.requests).toHaveLength(1);
  });

  it('a connection that breaks after sending: exit 1, sent once, may have been recorded', async () => {
    const result = await record(['--mode', 'cash', '--yes'], {
      handler: () => {
        throw Object.assign(new TypeError('fetch failed'), {
          cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
        });
      },
    });
    expect(result.code).toBe(1);
    expect(result.requests).toHaveLength(1);
    expect(result.stderr).toMatch(
      /^hl-orders: The payment may have been recorded: the connection failed before an answer came after the request may have reached the API\. It was not sent again: .* a repeat could record it twice\. Check with hl-orders orders get 653f5e0cde5a1314e62a837c \(its paymentStatus\)/,
    );
  });

  it('a connection refused before sending is retried, and then sent once', async () => {
    let calls = 0;
    const result = await record(['--mode', 'cash', '--yes'], {
      handler: () => {
        calls++;
        if (calls === 1)
          throw Object.assign(new TypeError('fetch failed'), {
            cause: Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }),
          });
        return recorded();
      },
    });
    expect(result.code).toBe(0);
    expect(calls).toBe(2);
  });

  it('a read-only token: exit 4, and the scope a payment needs', async () => {
    const result = await record(['--mode', 'cash', '--yes'], { handler: () => json(401, { message: 'scope' }) });
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(
      /orders record-payment needs a token with the scope payments\/orders\.collectPayment\.\n$/,
    );
  });
});
