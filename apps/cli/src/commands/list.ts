// `hl-orders orders list`: one page, every filter of the spec as a flag.
import { type ConnectionFlags, connect } from '../config.js';
import { listFormat, renderPage } from '../output/formats.js';
import { type FilterFlags, queryFromFlags } from '../query.js';

export interface ListFlags extends ConnectionFlags, FilterFlags {
  format?: string;
  csvFormulas?: boolean;
}

export async function listCommand(flags: ListFlags): Promise<void> {
  const format = listFormat(flags.format, Boolean(process.stdout.isTTY));
  const connection = await connect(flags);
  try {
    const page = await connection.client.orders.list(queryFromFlags(connection.altId, flags));
    process.stdout.write(renderPage(page, format, { width: process.stdout.columns, csvFormulas: flags.csvFormulas }));
    if (format === 'table') {
      const from = Number(flags.offset ?? 0);
      const shown = page.data.length ? `${from + 1}-${from + page.data.length}` : 'none';
      process.stderr.write(`orders ${shown} of ${page.totalCount.toLocaleString('en-US')}\n`);
    }
  } finally {
    await connection.close();
  }
}
