// How an event is shown: the sender's text can never drive the terminal, and
// NDJSON is the same data with the unsafe characters escaped.
import type { VerifiedWebhook } from '@hl-orders/webhooks';
import { describe, expect, it } from 'vitest';
import { eventHeader, eventJson, eventLine, eventSummary } from '../../src/output/webhook-events.js';
import { TERMINAL_CONTROL } from '../support/orders.js';

const HOSTILE =
  'Oops\u001b[2J\u001b]0;pwned\u0007\u001b[31m red \u009b1m\u202eevil\u202c\r\nhl-orders: forged\u2028line';

function verified(payload: Record<string, unknown>, webhookId = 'wh-1'): VerifiedWebhook {
  return { payload, scheme: 'ed25519', keyIndex: 0, webhookId, timestamp: new Date('2026-11-24T08:00:00Z') };
}

const receivedAt = new Date('2026-11-24T08:00:01Z');

describe('a line per event', () => {
  it('the columns: time, type, order, status, fulfilment, amount, scheme, webhookId', () => {
    const line = eventLine({
      verified: verified({
        type: 'OrderCreate',
        _id: 'o1',
        status: 'pending',
        fulfillmentStatus: 'unfulfilled',
        amount: 25.5,
        currency: 'USD',
      }),
      receivedAt,
    });
    expect(line).toMatch(/^\d\d:\d\d:\d\d {2}OrderCreate +o1 +pending +unfulfilled +25\.50 USD +ed25519 +wh-1\n$/);
    expect(eventHeader({ forwarding: false, color: false })).toMatch(
      /^TIME +EVENT +ORDER +STATUS +FULFILMENT +AMOUNT +SIGNED +WEBHOOK ID\n$/,
    );
  });

  it('with a forward: its status or why it failed', () => {
    const event = { verified: verified({ type: 'OrderStatusUpdate' }), receivedAt };
    expect(eventLine({ ...event, forward: { status: 204, durationMs: 12 } })).toMatch(/ -> 204 \(12 ms\)\n$/);
    expect(eventLine({ ...event, forward: { error: 'connection refused', durationMs: 1 } })).toMatch(
      / -> failed: connection refused\n$/,
    );
  });

  it('escape sequences, controls and line breaks in any field are neutralised; the text stays', () => {
    const payload = {
      type: HOSTILE,
      _id: HOSTILE,
      status: HOSTILE,
      fulfillmentStatus: HOSTILE,
      currency: HOSTILE,
      amount: 1,
    };
    const line = eventLine({ verified: verified(payload, HOSTILE), receivedAt });
    const summary = eventSummary(verified(payload, HOSTILE));
    for (const text of [line.slice(0, -1), summary]) {
      expect(text).not.toMatch(TERMINAL_CONTROL);
      expect(text).not.toContain('\n');
      expect(text).toContain('Oops');
    }
  });
});

describe('NDJSON', () => {
  it('one line: the facts of the verification, then the payload as parsed', () => {
    const payload = { type: 'OrderCreate', note: 'a\u2028b\u009b' };
    const text = eventJson({ verified: verified(payload), receivedAt, forward: { status: 200, durationMs: 3 } });
    expect(text.endsWith('\n')).toBe(true);
    expect(text.slice(0, -1)).not.toMatch(/[\n\u2028\u009b]/);
    expect(JSON.parse(text)).toEqual({
      type: 'OrderCreate',
      webhookId: 'wh-1',
      scheme: 'ed25519',
      timestamp: '2026-11-24T08:00:00.000Z',
      receivedAt: '2026-11-24T08:00:01.000Z',
      forward: { status: 200, durationMs: 3 },
      payload,
    });
  });
});
