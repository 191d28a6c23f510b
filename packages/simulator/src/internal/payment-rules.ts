// What record-payment may do to an order, decided from what the order costs
// and what was paid, without HTTP. The body has passed the spec's rules already;
// these are the rules of the order's state, each refusal a 422 message that
// names the amounts, because the request is well-formed but this order cannot
// take it (the spec keeps 400 for malformed requests).
import type { PaymentStatus, RecordOrderPaymentBody } from '@hl-orders/types';

/** What the rules need to know of an order. */
export interface PaymentState {
  readonly orderId: string;
  /** The order's currency, named in messages. */
  readonly currency?: string;
  readonly amountCents: number;
  readonly paidCents: number;
  readonly paymentStatus: PaymentStatus;
}

export type PaymentDecision =
  | { readonly ok: true; readonly cents: number; readonly paymentStatus: PaymentStatus }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * Decides a payment:
 * - nothing can be paid on a refunded order, nor on one with nothing due;
 * - an `amount` is a whole number of cents, at most what is still due
 *   (an overpayment is refused, not recorded);
 * - without `amount`, the payment is the whole amount due (the spec's reading)
 *   and cannot be partial;
 * - less than what is due needs `isPartialPayment: true`, so that a client
 *   that meant to pay in full learns its amount was short;
 * - the order becomes `paid` once the payments reach its amount, `partially_paid` before.
 */
export function decidePayment(state: PaymentState, body: RecordOrderPaymentBody): PaymentDecision {
  const { orderId, amountCents, paidCents, paymentStatus } = state;
  const money = (cents: number) => `${(cents / 100).toFixed(2)}${state.currency ? ` ${state.currency}` : ''}`;
  const due = Math.max(0, amountCents - paidCents);
  const refuse = (problem: string): PaymentDecision => ({ ok: false, problems: [problem] });
  if (paymentStatus === 'refunded') return refuse(`order ${orderId} is refunded: no payment can be recorded on it`);
  if (due === 0) return refuse(`order ${orderId} is already paid: nothing is due`);

  let cents = due;
  if (body.amount === undefined) {
    if (body.isPartialPayment === true) {
      return refuse('amount should not be empty when isPartialPayment is true: say how much was paid');
    }
  } else {
    cents = Math.round(body.amount * 100);
    if (Math.abs(body.amount * 100 - cents) > 1e-6) {
      return refuse(`amount ${body.amount} is not a whole number of cents`);
    }
    if (cents <= 0) return refuse(`amount must be greater than 0, got ${body.amount}`);
    if (cents > due) {
      return refuse(`amount ${money(cents)} is more than the ${money(due)} still due on order ${orderId}`);
    }
    if (cents < due && body.isPartialPayment !== true) {
      return refuse(
        `amount ${money(cents)} is less than the ${money(due)} still due on order ${orderId}: ` +
          'set isPartialPayment to true to record a partial payment',
      );
    }
  }
  return { ok: true, cents, paymentStatus: paidCents + cents >= amountCents ? 'paid' : 'partially_paid' };
}
