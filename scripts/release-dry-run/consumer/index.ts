// A consumer of the published packages, compiled by tsc and run by the release
// dry run twice: as an ES module project and as a CommonJS project. It uses the
// client against the mock and against the simulator exactly as the READMEs tell
// users to, and verifies a delivery signed with the webhooks package's test keys.
import { createOrdersClient, type ListOrdersResponse } from '@hl-orders/client';
import { startMock } from '@hl-orders/mock';
import { startSimulator } from '@hl-orders/simulator';
import type { ListOrdersQuery } from '@hl-orders/types';
import { constructEvent, type WebhookEvent, WebhookVerificationError } from '@hl-orders/webhooks';
import { createWebhookBody, generateTestKeys, signatureHeaders } from '@hl-orders/webhooks/testing';

const query: ListOrdersQuery = { altId: '3SwdhCu3svxI8AKsPJt6' };

/** One signed OrderCreate verified and typed; a tampered copy refused. */
async function checkWebhooks(): Promise<string> {
  const keys = await generateTestKeys();
  const body = createWebhookBody({ type: 'OrderCreate', _id: '6798eb6bde5a1314e62a9f10', status: 'pending' });
  const headers = await signatureHeaders({ body, privateKeys: { ed25519: keys.ed25519.privateKey } });
  const options = { headers, keys: { ed25519: keys.ed25519.publicKey }, replayStore: false as const };
  const event: WebhookEvent = await constructEvent({ ...options, body });
  if (event.type !== 'OrderCreate' || event.status !== 'pending') {
    throw new Error(`unexpected event: ${JSON.stringify(event).slice(0, 200)}`);
  }
  const refused = await constructEvent({ ...options, body: body.replace('pending', 'paid') }).catch((e: unknown) => e);
  if (!(refused instanceof WebhookVerificationError) || refused.reason !== 'bad-signature') {
    throw new Error(`a tampered delivery was not refused: ${String(refused)}`);
  }
  return event.type;
}

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
  const webhook = await checkWebhooks();
  const mock = await listThrough(await startMock());
  const sim = await listThrough(await startSimulator({ count: 12 }));
  if (sim.totalCount !== 12) throw new Error(`the simulator served ${sim.totalCount} orders, not 12`);
  console.log(
    JSON.stringify({
      webhook,
      mock: { totalCount: mock.totalCount, orders: mock.data.length },
      simulator: { totalCount: sim.totalCount, orders: sim.data.length },
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
