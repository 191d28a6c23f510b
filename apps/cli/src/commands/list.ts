// `hl-orders orders list`: one page, every filter of the spec as a flag.
import { type ConnectionFlags, connect } from '../config.js';
import { type IO, tableOptions } from '../io.js';
import { listFormat, renderPage } from '../output/formats.js';
import { type FilterFlags, queryFromFlags } from '../query.js';

export interface ListFlags extends ConnectionFlags, FilterFlags {
  format?: string;
  csvFormulas?: boolean;
}

export async function listCommand(flags: ListFlags, io: IO): Promise<number> {
  const format = listFormat(flags.format, io.isTTY.stdout);
  const connection = await connect(flags, io);
  try {
    const page = await connection.client.orders.list(queryFromFlags(connection.altId, flags));
    io.stdout.write(renderPage(page, format, { ...tableOptions(io), csvFormulas: flags.csvFormulas }));
    if (format === 'table') {
      const from = Number(flags.offset ?? 0);
      const shown = page.data.length ? `${from + 1}-${from + page.data.length}` : 'none';
      // totalCount is the server's: anything but a number is not printed as one.
      const total = Number.isFinite(page.totalCount) ? page.totalCount.toLocaleString('en-US') : 'an unknown number';
      io.stderr.write(`orders ${shown} of ${total}\n`);
    }
    return 0;
  } finally {
    await connection.close();
  }
}
