// `POST /payments/orders/{orderId}/record-payment`: records a payment taken
// outside the platform, if the order's state allows it (payment-rules.ts).
import type { RecordOrderPaymentBody } from '@hl-orders/types';
import { orderNotFoundBody, unprocessableBody } from '../error-bodies.js';
import type { Handler } from '../pipeline.js';

export const recordPayment: Handler = (ctx, request) => () => {
  // The body passed the spec's rule for this operation in the pipeline.
  const body = request.body as RecordOrderPaymentBody;
  const plan = ctx.resource.planPayment(String(request.path.orderId), request.altId, body);
  if (!plan) return { status: 404, body: orderNotFoundBody() };
  if (!plan.ok) return { status: 422, body: unprocessableBody(plan.problems) };
  return {
    status: 200,
    respond: () => {
      plan.apply();
      return { success: true };
    },
  };
};
