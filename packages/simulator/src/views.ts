// The read-only views of the simulator's state that its handle returns, for
// tests to assert on. Public types; the records behind them are internal.
import type { Order, PaymentStatus } from '@hl-orders/types';

/** An order with the attributes the API filters on but does not return. */
export interface SimulatedOrder {
  /** The order exactly as the simulator serves it (frozen). */
  readonly order: Order;
  /**
   * Payment status, filtered on by `paymentStatus`. The spec's `Order` has no
   * such property, so the simulator keeps it beside the order.
   */
  readonly paymentStatus: PaymentStatus;
  /** Funnel product ids, filtered on by `funnelProductIds` and never returned. */
  readonly funnelProductIds: readonly string[];
}
