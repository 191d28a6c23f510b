// `hl-orders orders get ID`: one order, in its detailed shape.
import { type ConnectionFlags, withConnection } from '../config.js';
import { type IO, tableOptions } from '../io.js';
import { jsonOutput, outputFormat } from '../output/formats.js';
import { renderOrderDetail } from '../output/order-detail.js';
import { parseOrderId } from '../write-flags.js';

export interface GetFlags extends ConnectionFlags {
  format?: string;
}

export async function getCommand(id: string, flags: GetFlags, io: IO): Promise<number> {
  const orderId = parseOrderId(id);
  const format = outputFormat(flags.format, io.isTTY.stdout, ['table', 'json', 'ndjson'] as const);
  const order = await withConnection(flags, io, (c) => c.client.orders.get(orderId, { altId: c.altId }));
  io.stdout.write(format === 'table' ? renderOrderDetail(order, tableOptions(io)) : jsonOutput(order, format));
  return 0;
}
