// The values of the flags of the writes (`fulfil`, `record-payment`) and the
// order id every per-order command takes, parsed strictly: a write sent with
// a misread value cannot be taken back, so anything unexpected is a usage
// error that names the flag and the value, before anything is sent.
import type { FulfillmentItemInput, FulfillmentTracking, ManualPaymentMode } from '@hl-orders/types';
import { getOrderByIdOperation, recordOrderPaymentOperation } from '@hl-orders/types';
import { UsageError } from './exit-codes.js';

const ORDER_ID = new RegExp(getOrderByIdOperation.pathParams.orderId.schema.pattern);
const EXAMPLE_ID = '653f5e0cde5a1314e62a837c';
const EXAMPLE_PRICE = '6578278e879ad2646715ba9c';

/** Shown in a message: the value as typed, quoted, shortened. */
const show = (value: string) => JSON.stringify(value.length > 80 ? `${value.slice(0, 79)}…` : value);

/** The ID argument: an order id as the API writes them (24 hexadecimal characters). */
export function parseOrderId(value: string): string {
  if (!ORDER_ID.test(value)) {
    throw new UsageError(
      `ID must be an order id, 24 hexadecimal characters such as ${EXAMPLE_ID}, got ${show(value)}. The ids are in the first column of hl-orders orders list.`,
    );
  }
  return value;
}

/** A whole number from 1, as typed: no sign, no exponent, no decimals. */
const QTY = /^[1-9]\d{0,8}$/;

/** One `--item PRICE_ID:QTY`. */
export function parseItem(value: string): FulfillmentItemInput {
  const parts = value.split(':');
  if (parts.length !== 2) {
    throw new UsageError(
      `--item must be PRICE_ID:QTY, e.g. --item ${EXAMPLE_PRICE}:2, got ${show(value)}. The price ids of an order's items are in hl-orders orders get ID.`,
    );
  }
  const [priceId = '', qty = ''] = parts;
  if (!/^[A-Za-z0-9_-]+$/.test(priceId)) {
    throw new UsageError(
      `--item ${show(value)}: the price id before the colon must be letters, digits, - or _, such as ${EXAMPLE_PRICE}.`,
    );
  }
  if (!QTY.test(qty)) {
    throw new UsageError(`--item ${show(value)}: the quantity after the colon must be a whole number from 1.`);
  }
  return { priceId, qty: Number(qty) };
}

/** Every `--item`: at least one, each price id once. */
export function parseItems(values: readonly string[] = []): FulfillmentItemInput[] {
  if (values.length === 0) {
    throw new UsageError(
      `--item is required: what shipped, as PRICE_ID:QTY, e.g. --item ${EXAMPLE_PRICE}:2 (repeat it for each item).`,
    );
  }
  const items = values.map(parseItem);
  const seen = new Set<string>();
  for (const { priceId } of items) {
    if (seen.has(priceId)) {
      throw new UsageError(`--item ${priceId} is given twice: give each item once, with the quantity shipped.`);
    }
    seen.add(priceId);
  }
  return items;
}

/** One `--tracking CARRIER:NUMBER[:URL]`; the URL may hold colons of its own. */
export function parseTracking(value: string): FulfillmentTracking {
  const first = value.indexOf(':');
  const second = first < 0 ? -1 : value.indexOf(':', first + 1);
  const carrier = first < 0 ? '' : value.slice(0, first).trim();
  const number = first < 0 ? '' : value.slice(first + 1, second < 0 ? undefined : second).trim();
  const url = second < 0 ? undefined : value.slice(second + 1);
  if (!carrier || !number) {
    throw new UsageError(
      `--tracking must be CARRIER:NUMBER or CARRIER:NUMBER:URL, e.g. --tracking FedEx:40012345678, got ${show(value)}.`,
    );
  }
  if (url !== undefined) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(url);
    } catch {
      parsed = undefined;
    }
    if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
      throw new UsageError(
        `--tracking ${show(value)}: what follows the number must be a web address starting with https://, got ${show(url)}.`,
      );
    }
  }
  return url === undefined
    ? { shippingCarrier: carrier, trackingNumber: number }
    : { shippingCarrier: carrier, trackingNumber: number, trackingUrl: url };
}

/** The payment modes of the spec. */
export const PAYMENT_MODES: readonly string[] = recordOrderPaymentOperation.body.properties.mode.enum;
const MODES = PAYMENT_MODES;

/** `--mode`: one of the spec's manual payment modes. */
export function parseMode(value: string | undefined): ManualPaymentMode {
  if (value === undefined) throw new UsageError(`--mode is required: how the payment was made (${MODES.join(', ')}).`);
  if (!MODES.includes(value)) {
    throw new UsageError(`--mode must be one of ${MODES.join(', ')}, got ${show(value)}.`);
  }
  return value as ManualPaymentMode;
}

/** `--amount`: a positive amount in units of the order's currency, written with a dot for decimals. */
export function parseAmount(value: string): number {
  if (/^\d+,\d+$/.test(value)) {
    throw new UsageError(`--amount takes a dot for decimals (such as 25.50), got ${show(value)}.`);
  }
  if (!/^(?:\d{1,12})(?:\.\d{1,6})?$/.test(value) || Number(value) <= 0) {
    throw new UsageError(
      `--amount must be a positive amount in units of the order's currency (not cents), such as 25 or 25.50, got ${show(value)}.`,
    );
  }
  return Number(value);
}
