// The read-only views of the simulator's state that its handle returns, for
// tests to assert on. Public types; the records behind them are internal.
import type { Fulfillment, ManualPaymentMode, Order, PaymentStatus, RecordOrderPaymentBody } from '@hl-orders/types';

/** An order with the attributes the API filters on but does not return. */
export interface SimulatedOrder {
  /** The order exactly as the simulator serves it in List Orders (frozen). */
  readonly order: Order;
  /**
   * Payment status, filtered on by `paymentStatus`. The spec's `Order` has no
   * such property, so the simulator keeps it beside the order.
   */
  readonly paymentStatus: PaymentStatus;
  /** Funnel product ids, filtered on by `funnelProductIds` and never returned. */
  readonly funnelProductIds: readonly string[];
}

/** One payment recorded through record-payment. */
export interface RecordedPayment {
  readonly mode: ManualPaymentMode;
  /** What was paid, in units of the order's currency: the body's `amount`, or the whole amount that was due. */
  readonly amount: number;
  readonly isPartialPayment: boolean;
  readonly card?: RecordOrderPaymentBody['card'];
  readonly cheque?: RecordOrderPaymentBody['cheque'];
  readonly notes?: string;
  readonly meta?: Readonly<Record<string, unknown>>;
  /** When the simulator recorded it (ISO 8601, from its clock). */
  readonly recordedAt: string;
}

/** What an order costs, what was paid and what is due, in units of its currency. */
export interface PaymentLedger {
  readonly currency: string | undefined;
  /** The order's amount. */
  readonly amount: number;
  /** Paid so far: what the order had when it was generated (or given), plus every recorded payment. */
  readonly paid: number;
  /** Still due: `amount - paid`, 0 once paid or refunded. */
  readonly due: number;
  readonly paymentStatus: PaymentStatus;
  /** The payments recorded through record-payment, oldest first. */
  readonly payments: readonly RecordedPayment[];
}

/** A fulfillment as List fulfillment returns it, with what the request asked of the customer notification. */
export interface SimulatedFulfillment {
  readonly fulfillment: Fulfillment;
  /** The request's `notifyCustomer` (the API does not return it). */
  readonly notifyCustomer: boolean;
}
