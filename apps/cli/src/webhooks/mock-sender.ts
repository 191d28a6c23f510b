// `webhooks listen --mock`: a local simulator that sends signed order webhooks
// to the listener, so that a developer sees events flow with no account. The
// simulator signs with its own test keys (made at start, never HighLevel's),
// and the listener verifies with their public halves. What it sends is driven
// here through the simulator's handle, as someone working in the app would:
// every interval a new order (OrderCreate), and the order of the interval
// before moves on a status (OrderStatusUpdate: pending to completed, completed
// to refunded). Bounded: it stops sending
// after MAX_TICKS intervals. Loaded only for --mock, like the simulator.
import type { WebhookKeys } from '@hl-orders/webhooks';

/** How often a new order is made, in milliseconds. */
export const MOCK_INTERVAL_MS = 2000;
/** Intervals before it stops sending (about half an hour at the default pace, 1,000 events). */
export const MAX_TICKS = 500;

export interface MockSender {
  /** The simulator's public keys, to verify its deliveries with. */
  keys: WebhookKeys;
  /** Starts sending to `url`: a first order at once, then one every interval. */
  send(url: string): void;
  /** Stops sending and stops the simulator (pending deliveries and retries end with it). */
  stop(): Promise<void>;
}

export async function startMockSender(
  options: { intervalMs?: number; onLimit?: (events: number) => void } = {},
): Promise<MockSender> {
  const { startSimulator } = await import('@hl-orders/simulator');
  // Retries as the vendor would, but quicker: a developer watching should not wait for them.
  const sim = await startSimulator({ count: 20, seed: 1, webhooks: { retries: 2, retryDelayMs: 500 } });
  const webhooks = sim.webhooks;
  if (!webhooks) throw new Error('the simulator started without webhooks');
  let timer: NodeJS.Timeout | undefined;
  let ticks = 0;
  let previous: { _id: string; status?: string } | undefined;
  const tick = () => {
    if (ticks++ >= MAX_TICKS) {
      clearInterval(timer);
      options.onLimit?.(2 * MAX_TICKS - 1);
      return;
    }
    if (previous) sim.setOrderStatus(previous._id, previous.status === 'completed' ? 'refunded' : 'completed');
    previous = sim.insertOrders(1)[0];
  };
  return {
    keys: { ed25519: webhooks.keys.ed25519, rsa: webhooks.keys.rsa },
    send(url) {
      webhooks.register(url);
      tick();
      timer = setInterval(tick, options.intervalMs ?? MOCK_INTERVAL_MS);
    },
    async stop() {
      clearInterval(timer);
      await sim.stop();
    },
  };
}
