// A consumer of the published packages, compiled by tsc and run by the release
// dry run twice: as an ES module project and as a CommonJS project. It uses the
// client against the mock and against the simulator exactly as the READMEs tell
// users to.
import { createOrdersClient, type ListOrdersResponse } from '@hl-orders/client';
import { startMock } from '@hl-orders/mock';
import { startSimulator } from '@hl-orders/simulator';
import type { ListOrdersQuery } from '@hl-orders/types';

const query: ListOrdersQuery = { altId: '3SwdhCu3svxI8AKsPJt6' };

async function listThrough(server: { url: string; stop(): Promise<void> }): Promise<ListOrdersResponse> {
  try {
    const client = createOrdersClient({ token: 'dry-run-token', baseUrl: server.url });
    const page: ListOrdersResponse = await client.orders.list(query);
    if (!Array.isArray(page.data) || typeof page.totalCount !== 'number') {
      throw new Error(`unexpected answer: ${JSON.stringify(page).slice(0, 200)}`);
    }
    return page;
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  const mock = await listThrough(await startMock());
  const sim = await listThrough(await startSimulator({ count: 12 }));
  if (sim.totalCount !== 12) throw new Error(`the simulator served ${sim.totalCount} orders, not 12`);
  console.log(
    JSON.stringify({
      mock: { totalCount: mock.totalCount, orders: mock.data.length },
      simulator: { totalCount: sim.totalCount, orders: sim.data.length },
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
