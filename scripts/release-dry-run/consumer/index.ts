// A consumer of the published packages, compiled by tsc and run by the release
// dry run twice: as an ES module project and as a CommonJS project. It uses the
// client against the mock exactly as the README tells users to.
import { createOrdersClient, type ListOrdersResponse } from '@hl-orders/client';
import { startMock } from '@hl-orders/mock';
import type { ListOrdersQuery } from '@hl-orders/types';

const query: ListOrdersQuery = { altId: '3SwdhCu3svxI8AKsPJt6' };

async function main(): Promise<void> {
  const mock = await startMock();
  try {
    const client = createOrdersClient({ token: 'dry-run-token', baseUrl: mock.url });
    const page: ListOrdersResponse = await client.orders.list(query);
    if (!Array.isArray(page.data) || typeof page.totalCount !== 'number') {
      throw new Error(`unexpected answer: ${JSON.stringify(page).slice(0, 200)}`);
    }
    console.log(JSON.stringify({ totalCount: page.totalCount, orders: page.data.length }));
  } finally {
    await mock.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
