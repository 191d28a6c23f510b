// Friendly names for the generated contract types. Everything here is derived
// from src/openapi.gen.ts; edit the spec, not this file, to change a shape.
import type { components, operations, paths } from './openapi.gen.js';

export {
  listOrdersQueryConstraints,
  listOrdersResponsePropertyTypes,
  orderPropertyTypes,
} from './contract.gen.js';
export { paymentStatusValues } from './openapi.gen.js';
export type { components, operations, paths };

type Schemas = components['schemas'];
type ListOrders = operations['list-orders'];

/** One order, as the API returns it. */
export type Order = Schemas['Order'];
/** Details of the source (funnel, website, ...) an order came from. */
export type SourceMeta = Schemas['SourceMeta'];
/** Payment status of an order, one of {@link paymentStatusValues}. */
export type PaymentStatus = Schemas['PaymentStatus'];
/** Query parameters of `GET /payments/orders`. */
export type ListOrdersQuery = ListOrders['parameters']['query'];
/** Header parameters of `GET /payments/orders`. */
export type ListOrdersHeaders = ListOrders['parameters']['header'];
/** A page of orders with the total number of matching orders. */
export type ListOrdersResponse = Schemas['ListOrdersResponse'];
/** Body of a 400 response. */
export type BadRequestBody = Schemas['BadRequestError'];
/** Body of a 401 response. */
export type UnauthorizedBody = Schemas['UnauthorizedError'];
/** Body of a 422 response. */
export type UnprocessableEntityBody = Schemas['UnprocessableEntityError'];
/** Body of the undocumented statuses: 403, 404, 429 and 5xx. */
export type ErrorBody = Schemas['ErrorResponse'];
/** Any error body the operation documents. */
export type ListOrdersErrorBody = BadRequestBody | UnauthorizedBody | UnprocessableEntityBody | ErrorBody;
