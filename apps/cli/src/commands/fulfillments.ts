// `hl-orders orders fulfillments ID`: what shipped of an order, with tracking.
import { type ConnectionFlags, withConnection } from '../config.js';
import { type IO, tableOptions } from '../io.js';
import { jsonOutput, outputFormat } from '../output/formats.js';
import { fulfillmentsCsv, renderFulfillments } from '../output/fulfillments.js';
import { parseOrderId } from '../write-flags.js';

export interface FulfillmentsFlags extends ConnectionFlags {
  format?: string;
  csvFormulas?: boolean;
}

export async function fulfillmentsCommand(id: string, flags: FulfillmentsFlags, io: IO): Promise<number> {
  const orderId = parseOrderId(id);
  const format = outputFormat(flags.format, io.isTTY.stdout);
  const answer = await withConnection(flags, io, (c) => c.client.orders.fulfillments.list(orderId, { altId: c.altId }));
  const fulfillments = answer.data ?? [];
  switch (format) {
    case 'json':
      io.stdout.write(jsonOutput(answer, 'json'));
      break;
    case 'ndjson':
      for (const fulfillment of fulfillments) io.stdout.write(jsonOutput(fulfillment, 'ndjson'));
      break;
    case 'csv':
      io.stdout.write(fulfillmentsCsv(fulfillments, { formulas: flags.csvFormulas }));
      break;
    case 'table':
      if (fulfillments.length === 0) {
        io.stderr.write(`Nothing of order ${orderId} has been fulfilled yet.\n`);
        break;
      }
      io.stdout.write(renderFulfillments(fulfillments, tableOptions(io)));
      io.stderr.write(`${fulfillments.length} fulfillment${fulfillments.length === 1 ? '' : 's'}\n`);
      break;
  }
  return 0;
}
