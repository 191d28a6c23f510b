// A local HTTP server that answers every request with the same page of orders
// and the vendor's rate-limit headers, so a benchmark measures the clients, not
// the server.
import { createServer } from 'node:http';

export function samplePage(size = 10) {
  const data = Array.from({ length: size }, (_, i) => ({
    _id: `653f5e0cde5a1314e62a${String(i).padStart(4, '0')}`,
    altId: '3SwdhCu3svxI8AKsPJt6',
    altType: 'location',
    contactId: 'XPLSw2SVagl12LMDeTmQ',
    contactName: 'James Bond',
    contactEmail: 'james.bond@gohighlevel.com',
    currency: 'USD',
    amount: 100 + i,
    subtotal: 100 + i,
    discount: 10,
    status: 'completed',
    liveMode: false,
    totalProducts: 5,
    sourceType: 'funnel',
    sourceName: 'onestep',
    sourceId: 'kDj7BHej9Zyyq3QakJmz',
    sourceMeta: { domain: 'app.gohighlevel.com', pageId: 'rBVhyYhMsbxbO8ZqOcei' },
    couponCode: '100PER',
    createdAt: '2023-11-20T10:23:36.515Z',
    updatedAt: '2024-01-23T09:57:04.846Z',
    sourceSubType: 'one_step_order_form',
    fulfillmentStatus: 'unfulfilled',
    onetimeProducts: 1,
    recurringProducts: 1,
    createdBy: 'user123',
  }));
  return { data, totalCount: 1000 };
}

export async function startPageServer(page = samplePage()) {
  const body = JSON.stringify(page);
  const server = createServer((_req, res) => {
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      'x-ratelimit-max': '100',
      'x-ratelimit-remaining': '99',
      'x-ratelimit-interval-milliseconds': '10000',
      'x-ratelimit-limit-daily': '200000',
      'x-ratelimit-daily-remaining': '199999',
    });
    res.end(body);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    stop: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}
