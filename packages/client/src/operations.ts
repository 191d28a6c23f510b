// The operations, one function each, all on the shared pipeline
// (internal/operation.ts) and the facts generated from the spec. This file is
// the only hand code an operation needs in the client: its friendly name and
// argument order. Each is a separate export, so a bundle holds only what it calls.
import {
  type CreateOrderFulfillmentBody,
  type CreateOrderFulfillmentResponse,
  createOrderFulfillmentOperation,
  type GetOrderQuery,
  type GetOrderResponse,
  getOrderByIdOperation,
  type ListOrderFulfillmentsQuery,
  type ListOrderFulfillmentsResponse,
  type ListOrderNotesQuery,
  type ListOrderNotesResponse,
  type ListOrdersQuery,
  listOrderFulfillmentOperation,
  listOrderNotesOperation,
  type RecordOrderPaymentBody,
  type RecordOrderPaymentResponse,
  recordOrderPaymentOperation,
} from '@hl-orders/types';
import type { CoreClient } from './core.js';
import { callOperation, type RequestOptions } from './internal/operation.js';
import { callWrite } from './internal/write.js';
import { type ListOptions, OrderList } from './pagination.js';

/** `altType` is the client's to send (option `altType`), so callers may leave it out. */
type WithAltType<T> = Omit<T, 'altType'> & { altType?: 'location' };

export type GetOrderInput = WithAltType<GetOrderQuery>;
export type RecordOrderPaymentInput = WithAltType<RecordOrderPaymentBody>;
export type ListOrderFulfillmentsInput = WithAltType<ListOrderFulfillmentsQuery>;
export type CreateOrderFulfillmentInput = WithAltType<CreateOrderFulfillmentBody>;
export type ListOrderNotesInput = WithAltType<ListOrderNotesQuery>;

/**
 * The orders matching `query`: `await` it for one page, `for await` it for
 * every order (page after page, each exactly once), `.pages()` for pages.
 */
export function listOrders(core: CoreClient, query: ListOrdersQuery, options?: ListOptions): OrderList {
  return new OrderList(core, query, options);
}

/** One order, in its detailed shape (items, amount summary, source...). */
export function getOrder(
  core: CoreClient,
  orderId: string,
  query: GetOrderInput,
  options?: RequestOptions,
): Promise<GetOrderResponse> {
  return callOperation(core, getOrderByIdOperation, { path: { orderId }, query }, options);
}

/**
 * Records a payment taken outside the platform. A write: never retried once it
 * may have reached the API (see `writeOutcome` on its error).
 */
export function recordOrderPayment(
  core: CoreClient,
  orderId: string,
  body: RecordOrderPaymentInput,
  options?: RequestOptions,
): Promise<RecordOrderPaymentResponse> {
  return callWrite(core, recordOrderPaymentOperation, { path: { orderId }, body }, options);
}

/** The fulfillments (shipments) of an order. */
export function listOrderFulfillments(
  core: CoreClient,
  orderId: string,
  query: ListOrderFulfillmentsInput,
  options?: RequestOptions,
): Promise<ListOrderFulfillmentsResponse> {
  return callOperation(core, listOrderFulfillmentOperation, { path: { orderId }, query }, options);
}

/**
 * Marks items of an order as shipped. A write: never retried once it may have
 * reached the API (see `writeOutcome` on its error).
 */
export function createOrderFulfillment(
  core: CoreClient,
  orderId: string,
  body: CreateOrderFulfillmentInput,
  options?: RequestOptions,
): Promise<CreateOrderFulfillmentResponse> {
  return callWrite(core, createOrderFulfillmentOperation, { path: { orderId }, body }, options);
}

/** The notes of an order (their fields are not documented: see the spec). */
export function listOrderNotes(
  core: CoreClient,
  orderId: string,
  query: ListOrderNotesInput,
  options?: RequestOptions,
): Promise<ListOrderNotesResponse> {
  return callOperation(core, listOrderNotesOperation, { path: { orderId }, query }, options);
}
