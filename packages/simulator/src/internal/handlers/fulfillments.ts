// `GET` and `POST /payments/orders/{orderId}/fulfillments`: an order's
// fulfillments, and a new one if the order's lines allow it (fulfillment-rules.ts).
import type { CreateOrderFulfillmentBody } from '@hl-orders/types';
import { orderNotFoundBody, unprocessableBody } from '../error-bodies.js';
import type { Handler } from '../pipeline.js';

export const listFulfillments: Handler = (ctx, request) => () => {
  const fulfillments = ctx.resource.fulfillments(String(request.path.orderId), request.altId);
  if (!fulfillments) return { status: 404, body: orderNotFoundBody() };
  const data = fulfillments.map(({ fulfillment }) => fulfillment);
  return { status: 200, respond: () => ({ status: true, data }) };
};

export const createFulfillment: Handler = (ctx, request) => () => {
  // The body passed the spec's rule for this operation in the pipeline.
  const body = request.body as CreateOrderFulfillmentBody;
  const plan = ctx.resource.planFulfillment(String(request.path.orderId), request.altId, body);
  if (!plan) return { status: 404, body: orderNotFoundBody() };
  if (!plan.ok) return { status: 422, body: unprocessableBody(plan.problems) };
  return { status: 200, respond: () => ({ status: true, data: plan.apply() }) };
};
