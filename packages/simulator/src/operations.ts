// The operations the simulator serves, with every rule it enforces on them
// (parameters, bodies, scopes, the Version values), taken from the facts that
// @hl-orders/types generates from the spec. Nothing here restates the
// contract, so a change to the spec reaches the simulator with the types.
import {
  apiVersionValues,
  createOrderFulfillmentOperation,
  getOrderByIdOperation,
  listOrderFulfillmentOperation,
  listOrderNotesOperation,
  listOrdersOperation,
  type OperationFacts,
  recordOrderPaymentOperation,
} from '@hl-orders/types';

/** Every operation of the spec, in the spec's order. */
export const OPERATIONS = [
  listOrdersOperation,
  getOrderByIdOperation,
  recordOrderPaymentOperation,
  listOrderFulfillmentOperation,
  createOrderFulfillmentOperation,
  listOrderNotesOperation,
] as const satisfies readonly OperationFacts[];

/** The spec's `operationId` of an operation the simulator serves, e.g. `record-order-payment`. */
export type OperationId = (typeof OPERATIONS)[number]['id'];

/** The values the `Version` header may take. */
export const API_VERSIONS: readonly string[] = apiVersionValues;

/** Every scope some operation needs: what a token declared without a scope list holds. */
export const ALL_SCOPES: readonly string[] = [...new Set(OPERATIONS.flatMap((op) => op.scopes))];
