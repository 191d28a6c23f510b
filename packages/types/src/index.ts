// Friendly names for the generated contract types. Everything here is
// re-exported or derived from the generated files (src/openapi.gen.ts,
// src/contract.gen.ts and src/operations.gen.ts), plus the shape of the
// operation facts (src/operation-facts.ts); edit the spec, not this file, to
// change a shape.
import type { components, operations, paths, webhooks } from './openapi.gen.js';

export {
  listOrdersQueryConstraints,
  listOrdersResponsePropertyTypes,
  orderPropertyTypes,
} from './contract.gen.js';
export {
  apiVersionValues,
  cardPaymentDetailsTypeValues,
  manualPaymentModeValues,
  paymentStatusValues,
} from './openapi.gen.js';
export type { Coercion, OperationFacts, ParameterRule, SchemaRule } from './operation-facts.js';
export {
  createOrderFulfillmentOperation,
  getOrderByIdOperation,
  listOrderFulfillmentOperation,
  listOrderNotesOperation,
  listOrdersOperation,
  recordOrderPaymentOperation,
} from './operations.gen.js';
export type { components, operations, paths, webhooks };

type Schemas = components['schemas'];
type ListOrders = operations['list-orders'];
type GetOrder = operations['get-order-by-id'];
type RecordOrderPayment = operations['record-order-payment'];
type ListOrderFulfillments = operations['list-order-fulfillment'];
type CreateOrderFulfillment = operations['create-order-fulfillment'];
type ListOrderNotes = operations['list-order-notes'];

/** Value of the `Version` header, one of {@link apiVersionValues}. */
export type ApiVersion = Schemas['ApiVersion'];

/** One order as List Orders returns it (the flat list item). */
export type Order = Schemas['Order'];
/** The fields every representation of an order carries. */
export type OrderBase = Schemas['OrderBase'];
/** One order as Get Order returns it (items, amount summary, source, ...). */
export type OrderDetail = Schemas['OrderDetail'];
/** One line of an order. */
export type OrderItem = Schemas['OrderItem'];
/** The price an item was sold at; its `_id` is the `priceId` of a fulfillment. */
export type OrderPrice = Schemas['OrderPrice'];
/** The product of an item. */
export type OrderProduct = Schemas['OrderProduct'];
/** Where a single order came from. */
export type OrderSource = Schemas['OrderSource'];
/** How a single order's amount is made up. */
export type AmountSummary = Schemas['AmountSummary'];
/** Details of the source (funnel, website, ...) an order came from. */
export type SourceMeta = Schemas['SourceMeta'];
/** Payment status of an order, one of {@link paymentStatusValues}. */
export type PaymentStatus = Schemas['PaymentStatus'];
/** How a payment recorded by hand was made, one of {@link manualPaymentModeValues}. */
export type ManualPaymentMode = Schemas['ManualPaymentMode'];
/** One shipment of some or all of an order's items. */
export type Fulfillment = Schemas['Fulfillment'];
/** One item of a fulfillment, with the quantity shipped. */
export type FulfilledItem = Schemas['FulfilledItem'];
/** How to track one shipment. */
export type FulfillmentTracking = Schemas['FulfillmentTracking'];
/** One item to mark as shipped when creating a fulfillment. */
export type FulfillmentItemInput = Schemas['FulfillmentItemInput'];
/** One note of an order; its fields are not documented. */
export type OrderNote = Schemas['OrderNote'];

/** Query parameters of `GET /payments/orders`. */
export type ListOrdersQuery = ListOrders['parameters']['query'];
/** Header parameters of `GET /payments/orders`. */
export type ListOrdersHeaders = ListOrders['parameters']['header'];
/** A page of orders with the total number of matching orders. */
export type ListOrdersResponse = Schemas['ListOrdersResponse'];

/** Path parameters of the operations on one order (`orderId`). */
export type OrderPathParams = GetOrder['parameters']['path'];
/** Query parameters of `GET /payments/orders/{orderId}`. */
export type GetOrderQuery = GetOrder['parameters']['query'];
/** Body of a 200 of `GET /payments/orders/{orderId}`. */
export type GetOrderResponse = Schemas['OrderDetail'];
/** Body of `POST /payments/orders/{orderId}/record-payment`. */
export type RecordOrderPaymentBody = NonNullable<RecordOrderPayment['requestBody']>['content']['application/json'];
/** Body of a 200 of `POST /payments/orders/{orderId}/record-payment`. */
export type RecordOrderPaymentResponse = Schemas['RecordOrderPaymentResponse'];
/** Query parameters of `GET /payments/orders/{orderId}/fulfillments`. */
export type ListOrderFulfillmentsQuery = ListOrderFulfillments['parameters']['query'];
/** Body of a 200 of `GET /payments/orders/{orderId}/fulfillments`. */
export type ListOrderFulfillmentsResponse = Schemas['ListFulfillmentsResponse'];
/** Body of `POST /payments/orders/{orderId}/fulfillments`. */
export type CreateOrderFulfillmentBody = NonNullable<
  CreateOrderFulfillment['requestBody']
>['content']['application/json'];
/** Body of a 200 of `POST /payments/orders/{orderId}/fulfillments`. */
export type CreateOrderFulfillmentResponse = Schemas['CreateFulfillmentResponse'];
/** Query parameters of `GET /payments/orders/{orderId}/notes`. */
export type ListOrderNotesQuery = ListOrderNotes['parameters']['query'];
/** Body of a 200 of `GET /payments/orders/{orderId}/notes` (inferred, open: see the spec). */
export type ListOrderNotesResponse = Schemas['ListOrderNotesResponse'];

/** Body of a 400 response. */
export type BadRequestBody = Schemas['BadRequestError'];
/** Body of a 401 response. */
export type UnauthorizedBody = Schemas['UnauthorizedError'];
/** Body of a 422 response. */
export type UnprocessableEntityBody = Schemas['UnprocessableEntityError'];
/** Body of the undocumented statuses: 403, 429, 5xx, and the 404 of List Orders. */
export type ErrorBody = Schemas['ErrorResponse'];
/** Body of a 404 for an unknown order, as the live API sends it. */
export type NotFoundBody = Schemas['NotFoundError'];
/** Any error body List Orders documents. */
export type ListOrdersErrorBody = BadRequestBody | UnauthorizedBody | UnprocessableEntityBody | ErrorBody;
/** Any error body the operations on one order document. */
export type OrderErrorBody = ListOrdersErrorBody | NotFoundBody;

/**
 * The payload both order webhooks share (`OrderWebhookPayload`): the order,
 * with the delivery's `timestamp` and `webhookId`. Every property is optional.
 */
export type OrderWebhookPayload = Schemas['OrderWebhookPayload'];
/** The contact of an order as a webhook carries it. */
export type OrderWebhookContact = Schemas['OrderWebhookContact'];
/** One line of an order as a webhook carries it; `product` and `price` are open objects. */
export type OrderWebhookItem = Schemas['OrderWebhookItem'];

/** The name of each webhook of the spec, which is the `type` of its events. */
export type WebhookEventType = keyof webhooks;

/**
 * An event as a receiver handles it: the webhook's body, whose `type` (optional
 * in the spec, like every property) is known to be the webhook's name once a
 * receiver has told the events apart by it.
 */
type WebhookEvent<Name extends WebhookEventType, Body> = Body & { type: Name };

/** The body of an `OrderCreate` delivery: an order was created. */
export type OrderCreateEvent = WebhookEvent<'OrderCreate', Schemas['OrderCreateEvent']>;
/** The body of an `OrderStatusUpdate` delivery: an order's status changed. */
export type OrderStatusUpdateEvent = WebhookEvent<'OrderStatusUpdate', Schemas['OrderStatusUpdateEvent']>;
/** Any order webhook event, discriminated on `type`. */
export type OrderWebhookEvent = OrderCreateEvent | OrderStatusUpdateEvent;
