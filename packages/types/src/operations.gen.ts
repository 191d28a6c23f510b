/**
 * GENERATED FILE: DO NOT EDIT.
 * Source: @hl-orders/spec (spec/openapi.yaml, bundled to dist/openapi.json)
 * Generator: the contract extractor via packages/types/scripts/generate.mjs
 * Regenerate with `pnpm generate` after editing the spec.
 */

import type { OperationFacts } from './operation-facts.js';

/** `GET /payments/orders` (list-orders): List Orders. */
export const listOrdersOperation = {
  "id": "list-orders",
  "method": "GET",
  "path": "/payments/orders",
  "pathParams": {},
  "query": {
    "altId": {
      "required": true,
      "schema": {
        "type": "string",
        "minLength": 1
      }
    },
    "altType": {
      "required": false,
      "schema": {
        "type": "string",
        "enum": [
          "location"
        ],
        "default": "location"
      }
    },
    "locationId": {
      "required": false,
      "schema": {
        "type": "string",
        "minLength": 1
      }
    },
    "status": {
      "required": false,
      "schema": {
        "type": "string",
        "minLength": 1
      }
    },
    "paymentStatus": {
      "required": false,
      "schema": {
        "type": "string",
        "enum": [
          "paid",
          "unpaid",
          "refunded",
          "partially_paid"
        ]
      }
    },
    "paymentMode": {
      "required": false,
      "schema": {
        "type": "string",
        "minLength": 1
      }
    },
    "startAt": {
      "required": false,
      "schema": {
        "type": "string",
        "format": "date",
        "pattern": "^\\d{4}-\\d{2}-\\d{2}$"
      }
    },
    "endAt": {
      "required": false,
      "schema": {
        "type": "string",
        "format": "date",
        "pattern": "^\\d{4}-\\d{2}-\\d{2}$"
      }
    },
    "search": {
      "required": false,
      "schema": {
        "type": "string"
      }
    },
    "contactId": {
      "required": false,
      "schema": {
        "type": "string",
        "minLength": 1
      }
    },
    "funnelProductIds": {
      "required": false,
      "schema": {
        "type": "string",
        "minLength": 1
      }
    },
    "sourceId": {
      "required": false,
      "schema": {
        "type": "string",
        "minLength": 1
      }
    },
    "limit": {
      "required": false,
      "schema": {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 10
      }
    },
    "offset": {
      "required": false,
      "schema": {
        "type": "integer",
        "minimum": 0,
        "default": 0
      }
    }
  },
  "scopes": [
    "payments/orders.readonly"
  ],
  "retry": "safe",
  "pagination": "offset",
  "response": {
    "coerce": {
      "fields": {
        "data": {
          "items": {
            "fields": {
              "amount": "n",
              "subtotal": "n",
              "discount": "n",
              "liveMode": "b",
              "totalProducts": "n",
              "sourceMeta": "o",
              "onetimeProducts": "n",
              "recurringProducts": "n"
            }
          }
        },
        "totalCount": "n"
      }
    },
    "required": [
      "data",
      "totalCount"
    ],
    "strict": true
  }
} as const satisfies OperationFacts;

/** `GET /payments/orders/{orderId}` (get-order-by-id): Get Order by ID. */
export const getOrderByIdOperation = {
  "id": "get-order-by-id",
  "method": "GET",
  "path": "/payments/orders/{orderId}",
  "pathParams": {
    "orderId": {
      "required": true,
      "schema": {
        "type": "string",
        "pattern": "^[0-9a-fA-F]{24}$"
      }
    }
  },
  "query": {
    "altId": {
      "required": true,
      "schema": {
        "type": "string",
        "minLength": 1
      }
    },
    "altType": {
      "required": true,
      "schema": {
        "type": "string",
        "enum": [
          "location"
        ]
      }
    },
    "locationId": {
      "required": false,
      "schema": {
        "type": "string",
        "minLength": 1
      }
    }
  },
  "scopes": [
    "payments/orders.readonly"
  ],
  "retry": "safe",
  "response": {
    "coerce": {
      "fields": {
        "amount": "n",
        "liveMode": "b",
        "amountSummary": {
          "fields": {
            "subtotal": "n",
            "discount": "n"
          }
        },
        "source": {
          "fields": {
            "meta": "o"
          }
        },
        "items": {
          "items": {
            "fields": {
              "qty": "n",
              "price": {
                "fields": {
                  "amount": "n"
                }
              },
              "product": "o"
            }
          }
        },
        "coupon": "o",
        "markAsTest": "b",
        "automaticTaxesCalculated": "b"
      }
    },
    "required": [
      "_id",
      "altId",
      "altType",
      "status",
      "createdAt",
      "updatedAt"
    ],
    "strict": true
  }
} as const satisfies OperationFacts;

/** `POST /payments/orders/{orderId}/record-payment` (record-order-payment): Record Order Payment. */
export const recordOrderPaymentOperation = {
  "id": "record-order-payment",
  "method": "POST",
  "path": "/payments/orders/{orderId}/record-payment",
  "pathParams": {
    "orderId": {
      "required": true,
      "schema": {
        "type": "string",
        "pattern": "^[0-9a-fA-F]{24}$"
      }
    }
  },
  "query": {},
  "body": {
    "type": "object",
    "properties": {
      "altId": {
        "type": "string",
        "minLength": 1
      },
      "altType": {
        "type": "string",
        "enum": [
          "location"
        ]
      },
      "mode": {
        "type": "string",
        "enum": [
          "cash",
          "card",
          "cheque",
          "bank_transfer",
          "other"
        ]
      },
      "card": {
        "type": "object",
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "visa",
              "mastercard",
              "other"
            ]
          },
          "last4": {
            "type": "string",
            "pattern": "^[0-9]{4}$"
          }
        },
        "required": [
          "type",
          "last4"
        ],
        "additionalProperties": false
      },
      "cheque": {
        "type": "object",
        "properties": {
          "number": {
            "type": "string",
            "minLength": 1
          }
        },
        "required": [
          "number"
        ],
        "additionalProperties": false
      },
      "notes": {
        "type": "string"
      },
      "amount": {
        "type": "number",
        "exclusiveMinimum": 0
      },
      "meta": {
        "type": "object"
      },
      "isPartialPayment": {
        "type": "boolean"
      }
    },
    "required": [
      "altId",
      "altType",
      "mode"
    ],
    "additionalProperties": false
  },
  "scopes": [
    "payments/orders.collectPayment"
  ],
  "retry": "unsafe-after-send",
  "response": {
    "coerce": {
      "fields": {
        "success": "b"
      }
    },
    "required": [
      "success"
    ],
    "strict": true
  }
} as const satisfies OperationFacts;

/** `GET /payments/orders/{orderId}/fulfillments` (list-order-fulfillment): List fulfillment. */
export const listOrderFulfillmentOperation = {
  "id": "list-order-fulfillment",
  "method": "GET",
  "path": "/payments/orders/{orderId}/fulfillments",
  "pathParams": {
    "orderId": {
      "required": true,
      "schema": {
        "type": "string",
        "pattern": "^[0-9a-fA-F]{24}$"
      }
    }
  },
  "query": {
    "altId": {
      "required": true,
      "schema": {
        "type": "string",
        "minLength": 1
      }
    },
    "altType": {
      "required": true,
      "schema": {
        "type": "string",
        "enum": [
          "location"
        ]
      }
    }
  },
  "scopes": [
    "payments/orders.readonly"
  ],
  "retry": "safe",
  "response": {
    "coerce": {
      "fields": {
        "status": "b",
        "data": {
          "items": {
            "fields": {
              "trackings": {
                "items": "o"
              },
              "items": {
                "items": {
                  "fields": {
                    "qty": "n",
                    "price": {
                      "fields": {
                        "amount": "n"
                      }
                    },
                    "product": "o"
                  }
                }
              }
            }
          }
        }
      }
    },
    "required": [
      "status",
      "data"
    ],
    "strict": true
  }
} as const satisfies OperationFacts;

/** `POST /payments/orders/{orderId}/fulfillments` (create-order-fulfillment): Create order fulfillment. */
export const createOrderFulfillmentOperation = {
  "id": "create-order-fulfillment",
  "method": "POST",
  "path": "/payments/orders/{orderId}/fulfillments",
  "pathParams": {
    "orderId": {
      "required": true,
      "schema": {
        "type": "string",
        "pattern": "^[0-9a-fA-F]{24}$"
      }
    }
  },
  "query": {},
  "body": {
    "type": "object",
    "properties": {
      "altId": {
        "type": "string",
        "minLength": 1
      },
      "altType": {
        "type": "string",
        "enum": [
          "location"
        ]
      },
      "trackings": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "trackingNumber": {
              "type": "string"
            },
            "shippingCarrier": {
              "type": "string"
            },
            "trackingUrl": {
              "type": "string"
            }
          }
        }
      },
      "items": {
        "type": "array",
        "minItems": 1,
        "items": {
          "type": "object",
          "properties": {
            "priceId": {
              "type": "string",
              "minLength": 1
            },
            "qty": {
              "type": "integer",
              "minimum": 1
            }
          },
          "required": [
            "priceId",
            "qty"
          ],
          "additionalProperties": false
        }
      },
      "notifyCustomer": {
        "type": "boolean"
      }
    },
    "required": [
      "altId",
      "altType",
      "trackings",
      "items",
      "notifyCustomer"
    ],
    "additionalProperties": false
  },
  "scopes": [
    "payments/orders.write"
  ],
  "retry": "unsafe-after-send",
  "response": {
    "coerce": {
      "fields": {
        "status": "b",
        "data": {
          "fields": {
            "trackings": {
              "items": "o"
            },
            "items": {
              "items": {
                "fields": {
                  "qty": "n",
                  "price": {
                    "fields": {
                      "amount": "n"
                    }
                  },
                  "product": "o"
                }
              }
            }
          }
        }
      }
    },
    "required": [
      "status",
      "data"
    ],
    "strict": true
  }
} as const satisfies OperationFacts;

/** `GET /payments/orders/{orderId}/notes` (list-order-notes): List Order Notes. */
export const listOrderNotesOperation = {
  "id": "list-order-notes",
  "method": "GET",
  "path": "/payments/orders/{orderId}/notes",
  "pathParams": {
    "orderId": {
      "required": true,
      "schema": {
        "type": "string",
        "pattern": "^[0-9a-fA-F]{24}$"
      }
    }
  },
  "query": {
    "altId": {
      "required": true,
      "schema": {
        "type": "string",
        "minLength": 1
      }
    },
    "altType": {
      "required": true,
      "schema": {
        "type": "string",
        "enum": [
          "location"
        ]
      }
    }
  },
  "scopes": [
    "payments/orders.readonly"
  ],
  "retry": "safe",
  "response": {
    "coerce": {
      "fields": {
        "status": "b"
      }
    },
    "required": [],
    "strict": false
  }
} as const satisfies OperationFacts;

