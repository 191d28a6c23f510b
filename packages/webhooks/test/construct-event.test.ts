// constructEvent: verified deliveries become typed order events, anything else
// an explicit unknown event; nothing unverified comes out.
import { describe, expect, it } from 'vitest';
import { constructEvent, createMemoryReplayStore, WebhookVerificationError } from '../src/index.js';
import { deliveryBody, ed, edOther, NOW, signEd25519 } from './support/signing.js';

const options = (body: string, key = ed) => ({
  body,
  headers: { 'x-ghl-signature': signEd25519(body, key) },
  keys: { ed25519: ed.pem },
  now: NOW,
  replayStore: createMemoryReplayStore(),
});

describe('constructEvent', () => {
  it('returns an OrderCreate event as the payload, typed by its type', async () => {
    const body = deliveryBody({ type: 'OrderCreate', status: 'pending' });
    const event = await constructEvent(options(body));
    expect(event).toEqual(JSON.parse(body));
    expect(event.type === 'OrderCreate' && event.status).toBe('pending');
  });

  it('returns an OrderStatusUpdate event', async () => {
    const body = deliveryBody({ type: 'OrderStatusUpdate', status: 'completed' });
    const event = await constructEvent(options(body));
    expect(event.type).toBe('OrderStatusUpdate');
  });

  it('wraps any other type, or none, as an unknown event with the data as received', async () => {
    const invoice = deliveryBody({ type: 'InvoicePaid' });
    expect(await constructEvent(options(invoice))).toEqual({
      type: 'unknown',
      receivedType: 'InvoicePaid',
      data: JSON.parse(invoice),
    });
    const untyped = deliveryBody({ type: undefined });
    expect(await constructEvent(options(untyped))).toMatchObject({ type: 'unknown', receivedType: undefined });
    const inherited = deliveryBody({ type: 'toString' });
    expect(await constructEvent(options(inherited))).toMatchObject({ type: 'unknown', receivedType: 'toString' });
  });

  it('returns nothing for a delivery that fails verification', async () => {
    const body = deliveryBody();
    await expect(constructEvent(options(body, edOther))).rejects.toBeInstanceOf(WebhookVerificationError);
  });
});
