// The main job until the CLI exists: start the local Prism mock of the spec,
// list orders through the built client, print them, stop the mock.

import { startMock } from '@hl-orders/mock';
import { createOrdersClient } from '../dist/index.js';

const mock = await startMock({ dynamic: true, seed: 42 });
try {
  const client = createOrdersClient({ token: 'mock-token', baseUrl: mock.url });
  const page = await client.listOrders({ altId: '3SwdhCu3svxI8AKsPJt6', limit: 10 });
  console.error(`${page.data.length} order(s) of ${page.totalCount} from the mock at ${mock.url}`);
  console.table(
    page.data.map((o) => ({
      id: o._id,
      status: o.status,
      contact: o.contactName ?? '',
      amount: o.amount ?? '',
      currency: o.currency ?? '',
      created: o.createdAt,
    })),
  );
} finally {
  await mock.stop();
}
