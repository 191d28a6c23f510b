// `GET /payments/orders/{orderId}/notes`: an order's notes, in the envelope the
// spec infers (`{ status, data }`, as List fulfillment answers).
import { orderNotFoundBody } from '../error-bodies.js';
import type { Handler } from '../pipeline.js';

export const listNotes: Handler = (ctx, request) => () => {
  const notes = ctx.resource.notes(String(request.path.orderId), request.altId);
  return notes
    ? { status: 200, respond: () => ({ status: true, data: notes }) }
    : { status: 404, body: orderNotFoundBody() };
};
