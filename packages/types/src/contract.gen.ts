/**
 * GENERATED FILE: DO NOT EDIT.
 * Source: @hl-orders/spec (spec/openapi.yaml, bundled to dist/openapi.json)
 * Generator: the contract extractor via packages/types/scripts/generate.mjs
 * Regenerate with `pnpm generate` after editing the spec.
 */

/** Constraints of each query parameter of `GET /payments/orders`, from the spec. */
export const listOrdersQueryConstraints = {
  "altId": {
    "required": true,
    "type": "string",
    "minLength": 1
  },
  "altType": {
    "required": false,
    "type": "string",
    "enum": [
      "location"
    ],
    "default": "location"
  },
  "locationId": {
    "required": false,
    "type": "string",
    "minLength": 1
  },
  "status": {
    "required": false,
    "type": "string",
    "minLength": 1
  },
  "paymentStatus": {
    "required": false,
    "type": "string",
    "enum": [
      "paid",
      "unpaid",
      "refunded",
      "partially_paid"
    ]
  },
  "paymentMode": {
    "required": false,
    "type": "string",
    "minLength": 1
  },
  "startAt": {
    "required": false,
    "type": "string",
    "format": "date",
    "pattern": "^\\d{4}-\\d{2}-\\d{2}$"
  },
  "endAt": {
    "required": false,
    "type": "string",
    "format": "date",
    "pattern": "^\\d{4}-\\d{2}-\\d{2}$"
  },
  "search": {
    "required": false,
    "type": "string"
  },
  "contactId": {
    "required": false,
    "type": "string",
    "minLength": 1
  },
  "funnelProductIds": {
    "required": false,
    "type": "string",
    "minLength": 1
  },
  "sourceId": {
    "required": false,
    "type": "string",
    "minLength": 1
  },
  "limit": {
    "required": false,
    "type": "integer",
    "minimum": 1,
    "maximum": 100,
    "default": 10
  },
  "offset": {
    "required": false,
    "type": "integer",
    "minimum": 0,
    "default": 0
  }
} as const;

/** JSON type of each property of `Order`, from the spec. */
export const orderPropertyTypes = {
  "_id": "string",
  "altId": "string",
  "altType": "string",
  "contactId": "string",
  "contactName": "string",
  "contactEmail": "string",
  "currency": "string",
  "amount": "number",
  "subtotal": "number",
  "discount": "number",
  "status": "string",
  "liveMode": "boolean",
  "totalProducts": "integer",
  "sourceType": "string",
  "sourceName": "string",
  "sourceId": "string",
  "sourceMeta": "object",
  "couponCode": "string",
  "createdAt": "string",
  "updatedAt": "string",
  "sourceSubType": "string",
  "fulfillmentStatus": "string",
  "onetimeProducts": "integer",
  "recurringProducts": "integer",
  "createdBy": "string"
} as const;

/** JSON type of each property of `ListOrdersResponse`, from the spec. */
export const listOrdersResponsePropertyTypes = {
  "data": "array",
  "totalCount": "integer"
} as const;
