// `GET /payments/orders/{orderId}`: one order in its detailed shape.
import { orderNotFoundBody } from '../error-bodies.js';
import type { Handler } from '../pipeline.js';

export const getOrder: Handler = (ctx, request) => () => {
  const detail = ctx.resource.detail(String(request.path.orderId), request.altId);
  return detail ? { status: 200, respond: () => detail } : { status: 404, body: orderNotFoundBody() };
};
