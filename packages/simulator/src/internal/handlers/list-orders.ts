// `GET /payments/orders`: a page of the orders matching the filters.
import { listRequest } from '../list-query.js';
import type { Handler } from '../pipeline.js';

export const listOrders: Handler = (ctx, request, problems) => {
  const { filters, limit, offset } = listRequest(request.query, problems);
  return () => ({
    status: 200,
    respond: () => ctx.store.page(filters, limit, offset).body,
    afterSend: () => {
      // After the answer is built: the page just served is unaffected, the next one shifts.
      const insertNow = ctx.faults.pageServed();
      if (insertNow > 0) ctx.insert(insertNow);
    },
  });
};
