// `hl-orders orders fulfil ID --item PRICE_ID:QTY... [--tracking CARRIER:NUMBER[:URL]...] [--notify]`:
// records that items of an order shipped. A write: see write.ts.
import type { CreateOrderFulfillmentInput, CreateOrderFulfillmentResponse } from '@hl-orders/client';
import { createOrderFulfillmentOperation } from '@hl-orders/types';
import { type ConnectionFlags, withConnection } from '../config.js';
import { type IO, tableOptions } from '../io.js';
import { jsonOutput, outputFormat } from '../output/formats.js';
import { renderFulfillments } from '../output/fulfillments.js';
import { terminalText } from '../output/terminal-text.js';
import { performWrite, type WriteFlags } from '../write.js';
import { parseItems, parseOrderId, parseTracking } from '../write-flags.js';

export interface FulfilFlags extends ConnectionFlags, WriteFlags {
  item?: string[];
  tracking?: string[];
  notify?: boolean;
}

/** The body of the request, from the flags (altType is the client's to add). */
export function fulfillmentFromFlags(altId: string, flags: FulfilFlags): CreateOrderFulfillmentInput {
  return {
    altId,
    items: parseItems(flags.item),
    trackings: (flags.tracking ?? []).map(parseTracking),
    notifyCustomer: flags.notify === true,
  };
}

/** "2 units of 1 item, tracked (FedEx 40012345678), the customer notified" */
function describeFulfillment(body: CreateOrderFulfillmentInput): string {
  const units = body.items.reduce((sum, item) => sum + item.qty, 0);
  const items = `${units} unit${units === 1 ? '' : 's'} of ${body.items.length} item${body.items.length === 1 ? '' : 's'}`;
  const tracked = body.trackings.length
    ? `tracked (${body.trackings.map((t) => `${t.shippingCarrier} ${t.trackingNumber}`).join(', ')})`
    : 'without tracking';
  return `${items}, ${tracked}, the customer ${body.notifyCustomer ? 'notified' : 'not notified'}`;
}

export async function fulfilCommand(id: string, flags: FulfilFlags, io: IO): Promise<number> {
  const orderId = parseOrderId(id);
  const format = outputFormat(flags.format, io.isTTY.stdout, ['table', 'json', 'ndjson'] as const);
  return withConnection(flags, io, async (connection) => {
    const body = fulfillmentFromFlags(connection.altId, flags);
    const what = describeFulfillment(body);
    const answer = await performWrite<CreateOrderFulfillmentResponse>(io, connection, flags, {
      command: 'orders fulfil',
      orderId,
      summary: `Fulfil order ${orderId}: ${what}.`,
      subject: 'the fulfillment',
      done: 'created',
      twice: 'ship the items twice (and notify the customer twice)',
      lookAt: `its fulfillmentStatus, or run hl-orders orders fulfillments ${orderId}`,
      scope: createOrderFulfillmentOperation.scopes.join(' '),
      send: (client, options) => client.orders.fulfillments.create(orderId, body, options),
    });
    if (answer === undefined) return 0;
    if (format === 'table') io.stdout.write(renderFulfillments([answer.data], tableOptions(io)));
    else io.stdout.write(jsonOutput(format === 'json' ? answer : answer.data, format));
    if (format === 'table' || io.isTTY.stderr) {
      // The id is the server's text: only its printable form reaches the terminal.
      const id = terminalText(String(answer.data._id ?? 'without an id'));
      io.stderr.write(`Fulfilled order ${orderId}: ${what} (fulfillment ${id}).\n`);
    }
    return 0;
  });
}
