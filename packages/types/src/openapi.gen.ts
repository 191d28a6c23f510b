/**
 * GENERATED FILE: DO NOT EDIT.
 * Source: @hl-orders/spec (spec/openapi.yaml, bundled to dist/openapi.json)
 * Generator: openapi-typescript 7.13.0 via packages/types/scripts/generate.mjs
 * Regenerate with `pnpm generate` after editing the spec.
 */

export interface paths {
    "/payments/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Orders
         * @description Retrieve a page of the orders of one sub-account (location), filtered by
         *     status, payment status, payment mode, date range, search text, contact,
         *     funnel products or source.
         *
         *     Pagination is by `offset` and `limit` (there is no cursor): request pages
         *     until `offset >= totalCount`, and stop early on an empty or short page.
         */
        get: operations["list-orders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/orders/{orderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Order by ID
         * @description Retrieve one order of a sub-account (location) by its id, in the detailed
         *     shape (`OrderDetail`): its items with their prices and products, the
         *     amount summary, the source, a snapshot of the contact and the coupon.
         *     This is not the flat list item that List Orders returns; the two share
         *     the fields of `OrderBase`.
         *
         *     `altId` is required and `altType=location` too: the vendor leaves
         *     `altType` out of this operation, but the live API answers 422 without
         *     it. `locationId` is optional and redundant with `altId`; clients need
         *     not send it. An unknown order, or one that belongs to another location,
         *     is a 404 (the vendor documents a 400 "Order not found"; the live API
         *     answers 404).
         */
        get: operations["get-order-by-id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/orders/{orderId}/record-payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record Order Payment
         * @description Record a payment taken outside the platform (cash, card terminal,
         *     cheque, bank transfer) against an order. The vendor says it updates the
         *     order to paid; with `isPartialPayment` and an `amount`, the payment
         *     covers part of the amount due and partial payments add up until the
         *     order is paid. The token needs the scope
         *     `payments/orders.collectPayment`; a read-only token gets a 401 or 403.
         *
         *     **Not idempotent.** The API has no idempotency keys, so a request that
         *     timed out, was reset after it was sent, or got a 5xx may have been
         *     applied: do not retry it blindly, or the payment may be recorded twice.
         *     Get the order first and look at its `paymentStatus` (and, for the
         *     payments themselves, list the transactions whose `entityId` is the
         *     order id). A 429 was not processed and may be retried after the wait.
         *
         *     An unknown order, or one that belongs to another location, is a 404
         *     (the vendor documents a 400 "Order not found"; the live API answers
         *     404).
         */
        post: operations["record-order-payment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/orders/{orderId}/fulfillments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List fulfillment
         * @description Retrieve every fulfillment of an order: which items shipped, in what
         *     quantity, with which tracking. The answer is not paged. An unknown order, or one that belongs to another
         *     location, is a 404.
         */
        get: operations["list-order-fulfillment"];
        put?: never;
        /**
         * Create order fulfillment
         * @description Record that some or all of an order's items shipped: each item by the
         *     `priceId` of its price and a quantity, with zero or more tracking
         *     numbers, optionally notifying the customer. The order's
         *     `fulfillmentStatus` follows. The token needs the scope
         *     `payments/orders.write`; a read-only token gets a 401 or 403.
         *
         *     **Not idempotent.** The API has no idempotency keys, so a request that
         *     timed out, was reset after it was sent, or got a 5xx may have been
         *     applied: do not retry it blindly, or the items may be fulfilled twice
         *     (and the customer notified twice). List the order's fulfillments (or get
         *     the order and look at its `fulfillmentStatus`) before trying again. A
         *     429 was not processed and may be retried after the wait.
         *
         *     An unknown order, or one that belongs to another location, is a 404.
         *     The vendor documents 200, not 201, for the created fulfillment.
         */
        post: operations["create-order-fulfillment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/orders/{orderId}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Order Notes
         * @description Retrieve the notes recorded on an order. The answer is not paged.
         *
         *     The vendor documents neither the body of the answer nor the scope. This
         *     contract states the scope `payments/orders.readonly`, like every other
         *     read of an order, and a minimal open body: an optional `status` flag and
         *     an optional `data` list of notes whose fields are not named, the
         *     envelope of the sibling List fulfillment answer. `x-hl-response-schema:
         *     inferred` tells clients not to reject a 200 whose body departs from it.
         *     An unknown order, or one that belongs to another location, is a 404.
         */
        get: operations["list-order-notes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    OrderCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Order created
         * @description Sent to the app's webhook URL whenever an order is created. The body is
         *     an `OrderCreateEvent`: the order as it was created, with the
         *     `timestamp` and `webhookId` of the delivery.
         *
         *     Verify it before using it: check `x-ghl-signature` (Ed25519) or, when
         *     only that is sent, `x-wh-signature` (RSA-SHA256) over the body's bytes
         *     exactly as received, refuse a `timestamp` more than 5 minutes away and
         *     a `webhookId` seen before. Every property is optional: check what you use.
         */
        post: operations["order-create-webhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    OrderStatusUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Order status updated
         * @description Sent to the app's webhook URL whenever an order's `status` changes. The
         *     body is an `OrderStatusUpdateEvent`: the order after the change, with
         *     the `timestamp` and `webhookId` of the delivery. It has the same
         *     payload as `OrderCreate` and is verified the same way.
         *
         *     Deliveries may arrive out of order: compare `updatedAt` with what you
         *     have before overwriting a newer state with an older one.
         */
        post: operations["order-status-update-webhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @description Payment status of an order.
         * @example unpaid
         * @enum {string}
         */
        PaymentStatus: "paid" | "unpaid" | "refunded" | "partially_paid";
        /**
         * @description Value of the `Version` header. Every Orders operation documents exactly one, `2021-07-28`. Not `2023-02-21` (the vendor SDK's default, which no Orders operation documents) and not yet `v3` (the vendor's second payments file, not yet checked against this contract). A client's `version` option accepts these values and no other.
         * @example 2021-07-28
         * @enum {string}
         */
        ApiVersion: "2021-07-28";
        /**
         * @description Details of the source the order came from. The vendor's example shows a JavaScript-literal string; the vendor's schema says object, and so do we. The four keys below are the ones the example shows; others may appear, depending on the source.
         * @example {
         *       "domain": "app.gohighlevel.com",
         *       "pageId": "rBVhyYhMsbxbO8ZqOcei",
         *       "pageUrl": "/v2/preview/rBVhyYhMsbxbO8ZqOcei",
         *       "stepId": "5a772f62-3fbc-418b-af1b-be8929dd64c2"
         *     }
         */
        SourceMeta: {
            /**
             * @description Domain the order was placed on.
             * @example app.gohighlevel.com
             */
            domain?: string;
            /**
             * @description Id of the funnel or website page.
             * @example rBVhyYhMsbxbO8ZqOcei
             */
            pageId?: string;
            /**
             * @description Path of the page.
             * @example /v2/preview/rBVhyYhMsbxbO8ZqOcei
             */
            pageUrl?: string;
            /**
             * @description Id of the funnel step.
             * @example 5a772f62-3fbc-418b-af1b-be8929dd64c2
             */
            stepId?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description One order as List Orders returns it: the flat list item, not the detailed shape of Get Order (`OrderDetail`). Numbers and booleans are JSON numbers and booleans, though the vendor's examples show them as strings. The properties both shapes share are defined once, in `OrderBase`, and referenced from here; this schema keeps its own flat layout because its property order is the order of the CLI's CSV columns. */
        Order: {
            _id: components["schemas"]["OrderBase"]["_id"];
            altId: components["schemas"]["OrderBase"]["altId"];
            altType: components["schemas"]["OrderBase"]["altType"];
            contactId?: components["schemas"]["OrderBase"]["contactId"];
            /**
             * @description Name of the contact.
             * @example James Bond
             */
            contactName?: string;
            /**
             * @description Email of the contact. Not always a valid address, so no `format` is asserted.
             * @example james.bond@gohighlevel.com
             */
            contactEmail?: string;
            currency?: components["schemas"]["OrderBase"]["currency"];
            amount?: components["schemas"]["OrderBase"]["amount"];
            /**
             * @description Order sub-total, before discount.
             * @example 100
             */
            subtotal?: number;
            /**
             * @description Discount on the order.
             * @example 10
             */
            discount?: number;
            status: components["schemas"]["OrderBase"]["status"];
            liveMode?: components["schemas"]["OrderBase"]["liveMode"];
            /**
             * @description Number of products in the order. The vendor says "number"; a count is a whole number.
             * @example 5
             */
            totalProducts?: number;
            /**
             * @description Kind of source the order came from, e.g. `funnel`.
             * @example funnel
             */
            sourceType: string;
            /**
             * @description Name of the source.
             * @example onestep
             */
            sourceName?: string;
            /**
             * @description Id of the source.
             * @example kDj7BHej9Zyyq3QakJmz
             */
            sourceId?: string;
            sourceMeta?: components["schemas"]["SourceMeta"];
            /**
             * @description Coupon code applied to the order.
             * @example 100PER
             */
            couponCode?: string;
            createdAt: components["schemas"]["OrderBase"]["createdAt"];
            updatedAt: components["schemas"]["OrderBase"]["updatedAt"];
            /**
             * @description Sub-type of the source, e.g. `one_step_order_form`.
             * @example one_step_order_form
             */
            sourceSubType?: string;
            fulfillmentStatus?: components["schemas"]["OrderBase"]["fulfillmentStatus"];
            /**
             * @description Number of one-time products in the order. The vendor says "number"; a count is a whole number.
             * @example 1
             */
            onetimeProducts?: number;
            /**
             * @description Number of recurring products in the order. The vendor says "number"; a count is a whole number.
             * @example 1
             */
            recurringProducts?: number;
            /**
             * @description Id of the user who created the order.
             * @example user123
             */
            createdBy?: string;
        };
        /** @description A page of orders. */
        ListOrdersResponse: {
            /**
             * @description The orders of this page, at most `limit` of them.
             * @example [
             *       {
             *         "_id": "653f5e0cde5a1314e62a837c",
             *         "altId": "3SwdhCu3svxI8AKsPJt6",
             *         "altType": "location",
             *         "currency": "USD",
             *         "amount": 100,
             *         "status": "completed",
             *         "sourceType": "funnel",
             *         "createdAt": "2023-11-20T10:23:36.515Z",
             *         "updatedAt": "2024-01-23T09:57:04.846Z"
             *       }
             *     ]
             */
            data: components["schemas"]["Order"][];
            /**
             * @description Number of orders matching the filters across all pages (not the length of `data`). The vendor's example pairs one order with `totalCount: 0`; that example is wrong, but clients should still stop on an empty or short page rather than trust this number alone.
             * @example 1
             */
            totalCount: number;
        };
        /** @description The fields every representation of an order carries: the list item (`Order`) and the single order (`OrderDetail`). `OrderDetail` extends this schema with `allOf`; `Order` references its properties one by one, to keep its own flat layout. */
        OrderBase: {
            /**
             * @description The unique identifier of the order (the `orderId` of the operations on one order).
             * @example 653f5e0cde5a1314e62a837c
             */
            _id: string;
            /**
             * @description The id of the sub-account (location) the order belongs to.
             * @example 3SwdhCu3svxI8AKsPJt6
             */
            altId: string;
            /**
             * @description The kind of id in `altId`, `location` for orders of a sub-account (the white-label copy's `account` is the same thing).
             * @example location
             */
            altType: string;
            /**
             * @description Id of the contact who placed the order.
             * @example XPLSw2SVagl12LMDeTmQ
             */
            contactId?: string;
            /**
             * @description Currency of the order, an ISO 4217 code.
             * @example USD
             */
            currency?: string;
            /**
             * @description Order value, in units of `currency` (not cents).
             * @example 100
             */
            amount?: number;
            /**
             * @description Status of the order, e.g. `completed`. No enum is documented.
             * @example completed
             */
            status: string;
            /**
             * @description Whether the order was taken in live mode (`true`) or test mode (`false`).
             * @example false
             */
            liveMode?: boolean;
            /**
             * Format: date-time
             * @description When the order was created (ISO 8601).
             * @example 2023-11-20T10:23:36.515Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the order was last updated (ISO 8601).
             * @example 2024-01-23T09:57:04.846Z
             */
            updatedAt: string;
            /**
             * @description Fulfillment status, e.g. `unfulfilled`. No enum is documented.
             * @example unfulfilled
             */
            fulfillmentStatus?: string;
        };
        /** @description One order as Get Order returns it: the fields of `OrderBase` plus its items, amount summary, source, contact snapshot and coupon. It is not the flat list item (`Order`): it has no contact name or email, no `sourceType` or product counts, but nested objects instead. Objects the vendor does not describe field by field are open: other fields may appear in them. */
        OrderDetail: components["schemas"]["OrderBase"] & {
            /**
             * @description Payment status of the order: what recording a payment changes, and what to check before recording one again. Not in the vendor's single-order schema, but orders are filtered by it; the known values are those of `PaymentStatus` (`paid`, `unpaid`, `refunded`, `partially_paid`). Not asserted as an enum here, so that a new status is not a breaking change.
             * @example paid
             */
            paymentStatus?: string;
            contactSnapshot?: components["schemas"]["ContactSnapshot"];
            amountSummary?: components["schemas"]["AmountSummary"];
            source?: components["schemas"]["OrderSource"];
            /**
             * @description The lines of the order. The vendor's schema says a list of strings while its example shows objects; they are objects.
             * @example [
             *       {
             *         "_id": "61dd33e88058b9f967ca79dc",
             *         "name": "Sample Product",
             *         "qty": 2,
             *         "price": {
             *           "_id": "6578278e879ad2646715ba9c",
             *           "name": "Standard",
             *           "type": "one_time",
             *           "currency": "USD",
             *           "amount": 50
             *         },
             *         "product": {
             *           "_id": "655b33a82209e60b6adb87a5",
             *           "name": "Sample Product",
             *           "productType": "PHYSICAL"
             *         }
             *       }
             *     ]
             */
            items?: components["schemas"]["OrderItem"][];
            coupon?: components["schemas"]["OrderCoupon"];
            /**
             * @description Tracking id of the checkout session the order came from.
             * @example 63319ef9-de0a-4c84-aebd-3585fb4a0cdf
             */
            trackingId?: string;
            /**
             * @description Fingerprint of the browser or device the order was placed from.
             * @example 5d51db5a-42b0-4b04-ba88-2c046c982a3a
             */
            fingerprint?: string;
            /**
             * @description Other details the platform keeps on the order; not documented field by field.
             * @example {
             *       "couponSessionExpired": true
             *     }
             */
            meta?: {
                [key: string]: unknown;
            };
            /**
             * @description Whether the order was marked as a test order.
             * @example false
             */
            markAsTest?: boolean;
            /**
             * @description Trace id of the request that created the order.
             * @example d3b16a92-a8ed-4e6b-8467-844750f78ed5
             */
            traceId?: string;
            /**
             * @description Whether taxes were calculated automatically for the order.
             * @example false
             */
            automaticTaxesCalculated?: boolean;
            /**
             * @description The provider that calculated the taxes, when they were calculated automatically; not documented field by field.
             * @example {
             *       "name": "stripe"
             *     }
             */
            taxCalculationProvider?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description The contact as it was when the order was placed, with the contact record's snake_case field names (the vendor's example shows `last_name`, `email`, `company_name`, `type` and more). Not documented field by field; treat it as opaque.
         * @example {
         *       "last_name": "Bond",
         *       "email": "james.bond@gohighlevel.com",
         *       "company_name": "Universal Exports",
         *       "type": "customer"
         *     }
         */
        ContactSnapshot: {
            [key: string]: unknown;
        };
        /**
         * @description How the order's amount is made up, in units of the order's currency.
         * @example {
         *       "subtotal": 100,
         *       "discount": 10
         *     }
         */
        AmountSummary: {
            /**
             * @description Sum of the items, before discount.
             * @example 100
             */
            subtotal: number;
            /**
             * @description Discount taken off the subtotal.
             * @example 10
             */
            discount?: number;
        };
        /**
         * @description Where the order came from. The vendor's file lists the known `type` and `subType` values; they are not asserted as enums, so that a new kind of source is not a breaking change.
         * @example {
         *       "type": "invoice",
         *       "id": "61dd48ff65b013bc39bb09c6"
         *     }
         */
        OrderSource: {
            /**
             * @description Kind of source: `funnel`, `website`, `invoice`, `calendar`, `text2Pay`, `document_contracts`, `membership`, `mobile_app`, `communities`, `point_of_sale`, `manual`, `form`, `survey`, `payment_link` or `external` as far as the vendor lists them.
             * @example funnel
             */
            type: string;
            /**
             * @description Sub-kind of source: `one_step_order_form`, `two_step_order_form`, `upsell`, `tap_to_pay`, `card_payment`, `store`, `contact_view`, `email_campaign`, `payments_dashboard` or `shopify` as far as the vendor lists them.
             * @example one_step_order_form
             */
            subType?: string;
            /**
             * @description Id of the source (the funnel, website, invoice, ...).
             * @example kDj7BHej9Zyyq3QakJmz
             */
            id: string;
            /**
             * @description Name of the source.
             * @example onestep
             */
            name?: string;
            meta?: components["schemas"]["SourceMeta"];
        };
        /** @description What a line of an order and an item of a fulfillment share. */
        OrderLineItem: {
            /**
             * @description Name of the item, as the customer saw it.
             * @example Sample Product
             */
            name?: string;
            /**
             * @description Quantity. The vendor says "number"; a quantity of items is a whole number.
             * @example 2
             */
            qty?: number;
            price?: components["schemas"]["OrderPrice"];
            product?: components["schemas"]["OrderProduct"];
        };
        /** @description One line of an order: a product at a price, in a quantity. Open: the vendor's example shows fields it does not describe (`locationId`, `authorizeAmount`). `qty` is not in the vendor's example; fulfillments count against it. */
        OrderItem: components["schemas"]["OrderLineItem"] & ({
            /**
             * @description Id of the order line. Not the price id: a fulfillment names an item by `price._id`.
             * @example 61dd33e88058b9f967ca79dc
             */
            _id: string;
        } & {
            [key: string]: unknown;
        });
        /** @description One item of a fulfillment, with the quantity shipped. */
        FulfilledItem: components["schemas"]["OrderLineItem"] & {
            /**
             * @description Id of the item's price, the `priceId` the fulfillment was created with (equal to `price._id`).
             * @example 6578278e879ad2646715ba9c
             */
            _id: string;
        };
        /**
         * @description The price an item was sold at. Open: prices carry more fields (membership offers, variant options, inventory) than are named here.
         * @example {
         *       "_id": "6578278e879ad2646715ba9c",
         *       "name": "Standard",
         *       "type": "one_time",
         *       "currency": "USD",
         *       "amount": 50
         *     }
         */
        OrderPrice: {
            /**
             * @description Id of the price. A fulfillment names the item it ships by this id (`priceId`).
             * @example 6578278e879ad2646715ba9c
             */
            _id: string;
            /**
             * @description Name of the price, e.g. a variant such as `Red / S`.
             * @example Standard
             */
            name?: string;
            /**
             * @description `one_time` or `recurring`, as far as the vendor lists them.
             * @example one_time
             */
            type?: string;
            /**
             * @description Currency of the price, an ISO 4217 code.
             * @example USD
             */
            currency?: string;
            /**
             * @description Unit price, in units of `currency` (not cents).
             * @example 50
             */
            amount?: number;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The product of an item. Open: products carry more fields (description, variants, media, taxes) than are named here.
         * @example {
         *       "_id": "655b33a82209e60b6adb87a5",
         *       "name": "Sample Product",
         *       "productType": "PHYSICAL"
         *     }
         */
        OrderProduct: {
            /**
             * @description Id of the product.
             * @example 655b33a82209e60b6adb87a5
             */
            _id?: string;
            /**
             * @description Name of the product.
             * @example Sample Product
             */
            name: string;
            /**
             * @description Kind of product, e.g. `PHYSICAL` or `SERVICE`. No enum is documented.
             * @example PHYSICAL
             */
            productType?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The coupon used on the order. Open; the vendor names no field but shows `_id` and `code`.
         * @example {
         *       "_id": "63455e48901b43d4ef364a20",
         *       "code": "FEST10"
         *     }
         */
        OrderCoupon: {
            /**
             * @description Id of the coupon.
             * @example 63455e48901b43d4ef364a20
             */
            _id?: string;
            /**
             * @description The code the customer entered.
             * @example FEST10
             */
            code?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description How a payment recorded by hand was made.
         * @example card
         * @enum {string}
         */
        ManualPaymentMode: "cash" | "card" | "cheque" | "bank_transfer" | "other";
        /**
         * @description The card a payment was made with, when `mode` is `card`.
         * @example {
         *       "type": "mastercard",
         *       "last4": "1234"
         *     }
         */
        CardPaymentDetails: {
            /**
             * @description Card brand.
             * @example mastercard
             * @enum {string}
             */
            type: "visa" | "mastercard" | "other";
            /**
             * @description The last four digits of the card number, nothing more.
             * @example 1234
             */
            last4: string;
        };
        /**
         * @description The cheque a payment was made with, when `mode` is `cheque`.
         * @example {
         *       "number": "129-129-129-912"
         *     }
         */
        ChequePaymentDetails: {
            /**
             * @description Number of the cheque.
             * @example 129-129-129-912
             */
            number: string;
        };
        /** @description A payment taken outside the platform, to record against the order. Fields not listed here are refused: they are most likely typos. */
        RecordOrderPaymentRequest: {
            /**
             * @description The id of the sub-account (location) the order belongs to.
             * @example 3SwdhCu3svxI8AKsPJt6
             */
            altId: string;
            /**
             * @description The kind of id in `altId`; the only kind is `location`.
             * @example location
             * @enum {string}
             */
            altType: "location";
            mode: components["schemas"]["ManualPaymentMode"];
            card?: components["schemas"]["CardPaymentDetails"];
            cheque?: components["schemas"]["ChequePaymentDetails"];
            /**
             * @description A note recorded with the payment.
             * @example Paid at the counter
             */
            notes?: string;
            /**
             * @description Amount paid, in units of the order's currency (not cents), against this order (the vendor's "against the invoice" was copied from the invoices API). The vendor does not say what an omitted amount means; hl-orders reads it as the whole amount still due, and recommends sending it.
             * @example 40
             */
            amount?: number;
            /**
             * @description Your own data to keep with the payment, e.g. who received it.
             * @example {
             *       "receivedBy": "front desk"
             *     }
             */
            meta?: {
                [key: string]: unknown;
            };
            /**
             * @description Whether this payment covers only part of the amount due. Partial payments add up; the order is paid once they reach its amount.
             * @example true
             */
            isPartialPayment?: boolean;
        };
        /** @description The answer to a recorded payment. */
        RecordOrderPaymentResponse: {
            /**
             * @description `true` when the payment was recorded.
             * @example true
             */
            success: boolean;
        };
        /**
         * @description How to track one shipment. Every field is optional, as the vendor says.
         * @example {
         *       "trackingNumber": "40012345678",
         *       "shippingCarrier": "FedEx",
         *       "trackingUrl": "https://www.fedex.com/wtrk/track/?trknbr=40012345678"
         *     }
         */
        FulfillmentTracking: {
            /**
             * @description Tracking number given by the carrier.
             * @example 40012345678
             */
            trackingNumber?: string;
            /**
             * @description Name of the carrier.
             * @example FedEx
             */
            shippingCarrier?: string;
            /**
             * @description Web page where the shipment can be tracked.
             * @example https://www.fedex.com/wtrk/track/?trknbr=40012345678
             */
            trackingUrl?: string;
        };
        /**
         * @description One item to mark as shipped, and how many of it.
         * @example {
         *       "priceId": "6578278e879ad2646715ba9c",
         *       "qty": 2
         *     }
         */
        FulfillmentItemInput: {
            /**
             * @description The `price._id` of an item of the order.
             * @example 6578278e879ad2646715ba9c
             */
            priceId: string;
            /**
             * @description How many were shipped; at most what the order holds and has not shipped yet. The vendor says "number"; a quantity of items is a whole number.
             * @example 2
             */
            qty: number;
        };
        /** @description What shipped and how to track it. Fields not listed here are refused: they are most likely typos. */
        CreateFulfillmentRequest: {
            /**
             * @description The id of the sub-account (location) the order belongs to.
             * @example 3SwdhCu3svxI8AKsPJt6
             */
            altId: string;
            /**
             * @description The kind of id in `altId`; the only kind is `location`.
             * @example location
             * @enum {string}
             */
            altType: "location";
            /**
             * @description Tracking of the shipment; an empty list when there is none (e.g. handed over in person).
             * @example [
             *       {
             *         "trackingNumber": "40012345678",
             *         "shippingCarrier": "FedEx"
             *       }
             *     ]
             */
            trackings: components["schemas"]["FulfillmentTracking"][];
            /**
             * @description The items shipped, at least one, each by the id of its price.
             * @example [
             *       {
             *         "priceId": "6578278e879ad2646715ba9c",
             *         "qty": 2
             *       }
             *     ]
             */
            items: components["schemas"]["FulfillmentItemInput"][];
            /**
             * @description Whether the platform should tell the customer about the shipment.
             * @example true
             */
            notifyCustomer: boolean;
        };
        /**
         * @description One shipment of some or all of an order's items.
         * @example {
         *       "_id": "6578d3f1c2a9b84e1f0a7b21",
         *       "altId": "3SwdhCu3svxI8AKsPJt6",
         *       "altType": "location",
         *       "trackings": [],
         *       "items": [
         *         {
         *           "_id": "6578278e879ad2646715ba9c",
         *           "name": "Sample Product",
         *           "qty": 1,
         *           "price": {
         *             "_id": "6578278e879ad2646715ba9c"
         *           },
         *           "product": {
         *             "name": "Sample Product"
         *           }
         *         }
         *       ],
         *       "createdAt": "2023-12-12T09:27:42.355Z",
         *       "updatedAt": "2023-12-12T09:27:42.355Z"
         *     }
         */
        Fulfillment: {
            /**
             * @description The unique identifier of the fulfillment.
             * @example 6578d3f1c2a9b84e1f0a7b21
             */
            _id: string;
            /**
             * @description The id of the sub-account (location) the order belongs to.
             * @example 3SwdhCu3svxI8AKsPJt6
             */
            altId: string;
            /**
             * @description The kind of id in `altId`, `location`.
             * @example location
             */
            altType: string;
            /**
             * @description Tracking of the shipment (possibly none).
             * @example [
             *       {
             *         "trackingNumber": "40012345678",
             *         "shippingCarrier": "FedEx"
             *       }
             *     ]
             */
            trackings: components["schemas"]["FulfillmentTracking"][];
            /**
             * @description The items shipped, with their quantities.
             * @example [
             *       {
             *         "_id": "6578278e879ad2646715ba9c",
             *         "name": "Sample Product",
             *         "qty": 2,
             *         "price": {
             *           "_id": "6578278e879ad2646715ba9c"
             *         },
             *         "product": {
             *           "name": "Sample Product"
             *         }
             *       }
             *     ]
             */
            items: components["schemas"]["FulfilledItem"][];
            /**
             * Format: date-time
             * @description When the fulfillment was created (ISO 8601).
             * @example 2023-12-12T09:27:42.355Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the fulfillment was last updated (ISO 8601).
             * @example 2023-12-12T09:27:42.355Z
             */
            updatedAt: string;
        };
        /** @description The answer to a created fulfillment. */
        CreateFulfillmentResponse: {
            /**
             * @description `true` when the fulfillment was created.
             * @example true
             */
            status: boolean;
            data: components["schemas"]["Fulfillment"];
        };
        /** @description The fulfillments of an order, all of them (the answer is not paged). */
        ListFulfillmentsResponse: {
            /**
             * @description `true` when the list was read.
             * @example true
             */
            status: boolean;
            /**
             * @description The fulfillments; an empty list when nothing has shipped.
             * @example []
             */
            data: components["schemas"]["Fulfillment"][];
        };
        /**
         * @description One note of an order. The vendor documents no field of it, so none is named; treat it as opaque until fields are observed and named here.
         * @example {}
         */
        OrderNote: {
            [key: string]: unknown;
        };
        /** @description The notes of an order. Inferred, not documented (see `x-hl-response-schema` on List Order Notes): the envelope of the sibling List fulfillment answer, with nothing required and other fields allowed. */
        ListOrderNotesResponse: {
            /**
             * @description `true` when the list was read, as in the sibling fulfillment answer.
             * @example true
             */
            status?: boolean;
            /**
             * @description The notes of the order.
             * @example []
             */
            data?: components["schemas"]["OrderNote"][];
        } & {
            [key: string]: unknown;
        };
        /** @description Body of a 400 response. */
        BadRequestError: {
            /**
             * @description The HTTP status, repeated.
             * @example 400
             */
            statusCode: number;
            /**
             * @description What was wrong with the request.
             * @example Bad Request
             */
            message: string;
        };
        /** @description Body of a 401 response. */
        UnauthorizedError: {
            /**
             * @description The HTTP status, repeated.
             * @example 401
             */
            statusCode: number;
            /**
             * @description Why the token was refused.
             * @example Invalid token: access token is invalid
             */
            message: string;
            /**
             * @description The status text.
             * @example Unauthorized
             */
            error?: string;
        };
        /** @description Body of a 422 response. */
        UnprocessableEntityError: {
            /**
             * @description The HTTP status, repeated.
             * @example 422
             */
            statusCode: number;
            /**
             * @description One message per invalid parameter.
             * @example [
             *       "altId should not be empty"
             *     ]
             */
            message: string[];
            /**
             * @description The status text.
             * @example Unprocessable Entity
             */
            error?: string;
        };
        /** @description Body of the statuses the vendor does not document (403, 429, 5xx, and the 404 of List Orders), in the same NestJS shape as the documented ones. `message` may be one string or a list. */
        ErrorResponse: {
            /**
             * @description The HTTP status, repeated.
             * @example 429
             */
            statusCode: number;
            /**
             * @description What went wrong.
             * @example Too Many Requests
             */
            message: string | string[];
            /**
             * @description The status text.
             * @example Too Many Requests
             */
            error?: string;
        };
        /** @description Body of a 404 for an unknown order, in the shape the live API sends (`status`, not `statusCode`; the vendor documents this case as a 400 with the `BadRequestError` body instead). */
        NotFoundError: {
            /**
             * @description The HTTP status, repeated.
             * @example 404
             */
            status: number;
            /**
             * @description What was not found.
             * @example Order not found
             */
            message: string;
            /**
             * @description Name of the server-side exception.
             * @example HttpException
             */
            name?: string;
            /**
             * @description Id of the request in the vendor's logs; quote it to the vendor's support.
             * @example 0b8f5c1e-4a7d-4f2e-9c3b-6d1a2e7f8b90
             */
            traceId?: string;
        };
        /** @description The payload `OrderCreate` and `OrderStatusUpdate` share: the order, with the `timestamp` and `webhookId` of the delivery. Every property is optional (the vendor marks none as required, and deliveries have been seen without documented fields); fields not named here may appear and should be ignored. Verify the signature over the raw body before reading any of it. */
        OrderWebhookPayload: {
            /**
             * @description The event, which is the name of the webhook: `OrderCreate` or `OrderStatusUpdate`. Receivers switch on it and need a branch for events they do not know.
             * @example OrderCreate
             */
            type?: string;
            /**
             * Format: date-time
             * @description When the delivery was signed (ISO 8601). Refuse a delivery whose timestamp is more than 5 minutes away from your clock, either way.
             * @example 2025-01-28T14:35:00.000Z
             */
            timestamp?: string;
            /**
             * @description The id of this delivery. Refuse one you have seen before (a replay).
             * @example 6798eb6c4f1e2a0012c3d4e5
             */
            webhookId?: string;
            /**
             * @description The id of the sub-account (location) of the order, the same id as `altId`. Carried by the vendor's examples, not listed in its schema.
             * @example 3SwdhCu3svxI8AKsPJt6
             */
            locationId?: string;
            altId?: components["schemas"]["OrderBase"]["altId"];
            altType?: components["schemas"]["OrderBase"]["altType"];
            _id?: components["schemas"]["OrderBase"]["_id"];
            contactId?: components["schemas"]["OrderBase"]["contactId"];
            contactSnapshot?: components["schemas"]["OrderWebhookContact"];
            /**
             * @description Status of the order. An open string, not an enum: the vendor lists no values; its examples show `pending` (a created order) and `completed` (a status update). Handle values you do not know.
             * @example pending
             * @example completed
             */
            status?: string;
            /**
             * @description Fulfillment status of the order. An open string, not an enum: the vendor lists no values; its examples show `unfulfilled`. Handle values you do not know.
             * @example unfulfilled
             */
            fulfillmentStatus?: string;
            currency?: components["schemas"]["OrderBase"]["currency"];
            amount?: components["schemas"]["OrderBase"]["amount"];
            liveMode?: components["schemas"]["OrderBase"]["liveMode"];
            /**
             * @description The lines of the order.
             * @example [
             *       {
             *         "name": "Sample Product",
             *         "qty": 2,
             *         "product": {
             *           "name": "Sample Product"
             *         },
             *         "price": {
             *           "_id": "6578278e879ad2646715ba9c",
             *           "amount": 50
             *         }
             *       }
             *     ]
             */
            items?: components["schemas"]["OrderWebhookItem"][];
            amountSummary?: components["schemas"]["OrderWebhookAmountSummary"];
            /**
             * @description The taxes of the order, one entry per tax.
             * @example [
             *       {
             *         "name": "Sales tax",
             *         "rate": 10,
             *         "amount": 9
             *       }
             *     ]
             */
            taxSummary?: components["schemas"]["OrderWebhookTax"][];
            source?: components["schemas"]["OrderWebhookSource"];
            createdAt?: components["schemas"]["OrderBase"]["createdAt"];
            updatedAt?: components["schemas"]["OrderBase"]["updatedAt"];
        };
        /** @description The body of an `OrderCreate` delivery; its `type` is `OrderCreate`. */
        OrderCreateEvent: components["schemas"]["OrderWebhookPayload"] & {
            /**
             * @description `OrderCreate`, the name of the webhook.
             * @example OrderCreate
             * @constant
             */
            type?: "OrderCreate";
        };
        /** @description The body of an `OrderStatusUpdate` delivery; its `type` is `OrderStatusUpdate`. */
        OrderStatusUpdateEvent: components["schemas"]["OrderWebhookPayload"] & {
            /**
             * @description `OrderStatusUpdate`, the name of the webhook.
             * @example OrderStatusUpdate
             * @constant
             */
            type?: "OrderStatusUpdate";
        };
        /**
         * @description The contact of the order as an order webhook carries it: camelCase fields, unlike the snake_case snapshot of Get Order. Every field is optional.
         * @example {
         *       "id": "XPLSw2SVagl12LMDeTmQ",
         *       "name": "James Bond",
         *       "email": "james.bond@gohighlevel.com",
         *       "tags": [
         *         "customer"
         *       ]
         *     }
         */
        OrderWebhookContact: {
            /**
             * @description The id of the sub-account (location) of the contact.
             * @example 3SwdhCu3svxI8AKsPJt6
             */
            locationId?: string;
            /**
             * @description Id of the contact (the order's `contactId`).
             * @example XPLSw2SVagl12LMDeTmQ
             */
            id?: string;
            /**
             * @description Full name of the contact.
             * @example James Bond
             */
            name?: string;
            /**
             * @description First name of the contact.
             * @example James
             */
            firstName?: string;
            /**
             * @description Last name of the contact.
             * @example Bond
             */
            lastName?: string;
            /**
             * @description Email of the contact. Not always a valid address, so no `format` is asserted.
             * @example james.bond@gohighlevel.com
             */
            email?: string;
            /**
             * @description Phone number of the contact, as entered.
             * @example +14155550123
             */
            phone?: string;
            /**
             * @description Company of the contact.
             * @example Universal Exports
             */
            companyName?: string;
            /**
             * @description First line of the contact's address.
             * @example 85 Albert Embankment
             */
            address1?: string;
            /**
             * @description City of the contact's address.
             * @example London
             */
            city?: string;
            /**
             * @description State or region of the contact's address.
             * @example London
             */
            state?: string;
            /**
             * @description Postal code of the contact's address.
             * @example SE1 7TP
             */
            postalCode?: string;
            /**
             * @description Country of the contact's address, as the vendor stores it (the examples show ISO 3166 codes).
             * @example GB
             */
            country?: string;
            /**
             * @description Website of the contact.
             * @example https://www.example.com
             */
            website?: string;
            /**
             * @description Where the contact came from, as the vendor records it.
             * @example website
             */
            source?: string;
            /**
             * @description When the contact was added (ISO 8601). No `format` is asserted; the vendor does not document one.
             * @example 2024-11-20T10:23:36.515Z
             */
            dateAdded?: string;
            /**
             * @description Date of birth of the contact. No `format` is asserted; the vendor does not document one.
             * @example 1968-04-13
             */
            dateOfBirth?: string;
            /**
             * @description Whether the contact asked not to be disturbed (do not contact).
             * @example false
             */
            dnd?: boolean;
            /**
             * @description Tags of the contact.
             * @example [
             *       "customer"
             *     ]
             */
            tags?: string[];
            /**
             * @description Attachments of the contact; the vendor does not describe their shape.
             * @example []
             */
            attachments?: unknown[];
            /**
             * @description Id of the user the contact is assigned to.
             * @example user123
             */
            assignedTo?: string;
        };
        /** @description One line of an order, as an order webhook carries it. `product` and `price` are open objects: the vendor documents them as "object" and names no field. */
        OrderWebhookItem: {
            name?: components["schemas"]["OrderLineItem"]["name"];
            qty?: components["schemas"]["OrderLineItem"]["qty"];
            /**
             * @description The product of the line. Open: no field is documented, so none is named or required; the example shows fields a Get Order item's product carries.
             * @example {
             *       "_id": "655b33a82209e60b6adb87a5",
             *       "name": "Sample Product",
             *       "productType": "PHYSICAL"
             *     }
             */
            product?: {
                [key: string]: unknown;
            };
            /**
             * @description The price the line was sold at. Open: no field is documented, so none is named or required; the example shows fields a Get Order item's price carries (its `_id` is the `priceId` a fulfillment names).
             * @example {
             *       "_id": "6578278e879ad2646715ba9c",
             *       "name": "Standard",
             *       "type": "one_time",
             *       "currency": "USD",
             *       "amount": 50
             *     }
             */
            price?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description How the order's amount is made up, in units of its currency. Every field is optional.
         * @example {
         *       "subtotal": 100,
         *       "discount": 10,
         *       "tax": 9,
         *       "shipping": 5
         *     }
         */
        OrderWebhookAmountSummary: {
            subtotal?: components["schemas"]["AmountSummary"]["subtotal"];
            discount?: components["schemas"]["AmountSummary"]["discount"];
            /**
             * @description Tax added to the order.
             * @example 9
             */
            tax?: number;
            /**
             * @description Shipping charged on the order.
             * @example 5
             */
            shipping?: number;
        };
        /** @description One tax of an order. Every field is optional. */
        OrderWebhookTax: {
            /**
             * @description Id of the tax.
             * @example 6578278e879ad2646715bb01
             */
            _id?: string;
            /**
             * @description Name of the tax.
             * @example Sales tax
             */
            name?: string;
            /**
             * @description How the tax is applied, e.g. `exclusive` (added to the price). The vendor lists no values, so it is an open string.
             * @example exclusive
             */
            calculation?: string;
            /**
             * @description Rate of the tax, in percent.
             * @example 10
             */
            rate?: number;
            /**
             * @description Amount of the tax, in units of the order's currency.
             * @example 9
             */
            amount?: number;
        };
        /**
         * @description Where the order came from, as an order webhook carries it: the fields of `OrderSource`, none of them required.
         * @example {
         *       "id": "kDj7BHej9Zyyq3QakJmz",
         *       "name": "Bond Store",
         *       "type": "website",
         *       "subType": "store"
         *     }
         */
        OrderWebhookSource: {
            id?: components["schemas"]["OrderSource"]["id"];
            name?: components["schemas"]["OrderSource"]["name"];
            type?: components["schemas"]["OrderSource"]["type"];
            subType?: components["schemas"]["OrderSource"]["subType"];
            meta?: components["schemas"]["SourceMeta"];
        };
    };
    responses: {
        /** @description Bad Request. The request was malformed. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 400,
                 *       "message": "Bad Request"
                 *     }
                 */
                "application/json": components["schemas"]["BadRequestError"];
            };
        };
        /** @description Unauthorized. The token is missing, invalid, expired, or not a sub-account token with the scope the operation names (`payments/orders.readonly` to read; a write needs its own scope). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 401,
                 *       "message": "Invalid token: access token is invalid",
                 *       "error": "Unauthorized"
                 *     }
                 */
                "application/json": components["schemas"]["UnauthorizedError"];
            };
        };
        /** @description Forbidden (not documented by the vendor, but real). The token is valid but may not read, or change, this location's orders. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 403,
                 *       "message": "The token does not have access to this location.",
                 *       "error": "Forbidden"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Not Found (not documented by the vendor, but real), e.g. an unknown location. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 404,
                 *       "message": "Location not found",
                 *       "error": "Not Found"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Not Found: no order with this id in the location named by `altId`. The vendor documents this case as a 400; the live API answers 404 with the body below (`status`, not `statusCode`, and a `traceId` to quote to the vendor's support). */
        OrderNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "status": 404,
                 *       "message": "Order not found",
                 *       "name": "HttpException",
                 *       "traceId": "0b8f5c1e-4a7d-4f2e-9c3b-6d1a2e7f8b90"
                 *     }
                 */
                "application/json": components["schemas"]["NotFoundError"];
            };
        };
        /** @description Unprocessable Entity. A parameter failed validation; `message` lists each problem. */
        UnprocessableEntity: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 422,
                 *       "message": [
                 *         "altId should not be empty"
                 *       ],
                 *       "error": "Unprocessable Entity"
                 *     }
                 */
                "application/json": components["schemas"]["UnprocessableEntityError"];
            };
        };
        /** @description Too Many Requests (not documented on the page, but real): the burst limit (100 requests per 10 s per app per resource) or the daily limit (200,000 per day) was hit. The request was not processed, so retrying it is safe, writes included. A burst 429 succeeds after the window; a daily one (`X-RateLimit-Daily-Remaining: 0`) does not until the next day. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                "X-RateLimit-Limit-Daily": components["headers"]["X-RateLimit-Limit-Daily"];
                "X-RateLimit-Daily-Remaining": components["headers"]["X-RateLimit-Daily-Remaining"];
                "X-RateLimit-Interval-Milliseconds": components["headers"]["X-RateLimit-Interval-Milliseconds"];
                "X-RateLimit-Max": components["headers"]["X-RateLimit-Max"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 429,
                 *       "message": "Too Many Requests",
                 *       "error": "Too Many Requests"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Internal Server Error (not documented, but real). A read may be retried (`x-hl-retry: safe`); a write may have been applied and must not be retried blindly (`x-hl-retry: unsafe-after-send`). */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 500,
                 *       "message": "Internal server error",
                 *       "error": "Internal Server Error"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Bad Gateway (not documented, but real). Often an HTML page from a proxy rather than JSON; clients must not assume a JSON body. A read may be retried; a write may have been applied (see `x-hl-retry`). */
        BadGateway: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 502,
                 *       "message": "Bad Gateway",
                 *       "error": "Bad Gateway"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Service Unavailable (not documented, but real). A read may be retried, after `Retry-After` when given; a write may have been applied (see `x-hl-retry`). */
        ServiceUnavailable: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 503,
                 *       "message": "Service Unavailable",
                 *       "error": "Service Unavailable"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Gateway Timeout (not documented, but real). A read may be retried; a write may have been applied (see `x-hl-retry`). */
        GatewayTimeout: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 504,
                 *       "message": "Gateway Timeout",
                 *       "error": "Gateway Timeout"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The receiver verified the delivery and accepted it; any 2xx does. A repeated `webhookId` is answered 200 too, and not processed again. */
        WebhookAccepted: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The delivery failed verification (no signature, a bad signature, a `timestamp` more than 5 minutes away, or a body that is not JSON) and was not processed. Sending it again unchanged cannot succeed. */
        WebhookRejected: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The body is larger than the receiver accepts; it was not read to the end, nor processed. */
        WebhookTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: {
        /**
         * @description API version. Every Orders operation documents one value, `2021-07-28` (see `ApiVersion` for the vendor SDK's `2023-02-21` and the `v3` file).
         * @example 2021-07-28
         */
        Version: components["schemas"]["ApiVersion"];
        /**
         * @description Id of the order (its `_id`), a MongoDB ObjectId of 24 hexadecimal characters. Anything else is refused before sending, which also keeps `/`, `..` and `?` out of the path.
         * @example 653f5e0cde5a1314e62a837c
         */
        orderId: string;
        /**
         * @description The id of the sub-account (location) the orders belong to. The white-label copy calls it "account id"; it is the same location id.
         * @example 3SwdhCu3svxI8AKsPJt6
         */
        altId: string;
        /**
         * @description The kind of id in `altId`; the only kind is `location`. The vendor removed this parameter from the endpoint on 2026-05-01 but still filters by it, returns it on every order and requires it on sibling endpoints, one of which rejects requests without it (422 `altType should not be empty`). hl-orders clients send `location` unless told otherwise. The white-label copy's `account` is the reseller's word for a sub-account, not a value the API takes.
         * @example location
         */
        altType: "location";
        /**
         * @description The kind of id in `altId`; the only kind is `location`. Required on the operations of one order: the vendor documents it on fulfillments and notes and leaves it out of Get Order, where the live API still answers 422 `altType should not be empty` without it.
         * @example location
         */
        altTypeRequired: "location";
        /**
         * @description The id of the sub-account (location). Same id space as `altId`; when both are given they should be equal. Redundant with `altId` (the vendor lists both; one is enough), so clients need not send it.
         * @example 3SwdhCu3svxI8AKsPJt6
         */
        locationId: string;
        /**
         * @description Order status to filter by, e.g. `completed`. The vendor documents no enum, so any string is accepted and new statuses are not a breaking change.
         * @example completed
         */
        status: string;
        /**
         * @description Payment status of the order.
         * @example unpaid
         */
        paymentStatus: components["schemas"]["PaymentStatus"];
        /**
         * @description Payment mode to filter by: `live` or `test`. The vendor documents no enum (only the example `live`), so any string is accepted.
         * @example live
         */
        paymentMode: string;
        /**
         * @description Start of the date interval (inclusive), as a `YYYY-MM-DD` date. Must not be after `endAt`.
         * @example 2024-02-01
         */
        startAt: string;
        /**
         * @description End of the date interval (inclusive), as a `YYYY-MM-DD` date. Must not be before `startAt`.
         * @example 2024-02-13
         */
        endAt: string;
        /**
         * @description Text to search for in the order's name, as the vendor puts it. Orders carry no name field in this response and the vendor does not say what the name is; the hl-orders simulator matches the text, case-insensitively, against the contact's name and email and the source name.
         * @example Awesome order
         */
        search: string;
        /**
         * @description Only orders of this contact.
         * @example XPLSw2SVagl12LMDeTmQ
         */
        contactId: string;
        /**
         * @description Only orders containing one of these funnel products: one string of comma-separated ids (not a repeated parameter).
         * @example 61dd0c7dc077f712a5f787ff,61d6afc9d39ac5e35965c017
         */
        funnelProductIds: string;
        /**
         * @description Only orders from this source (a funnel, website, form or invoice id).
         * @example 61dd0c7dc077f712a5f787ff
         */
        sourceId: string;
        /**
         * @description Page size: the most orders one response may carry. The vendor documents "number" with default 10 and no maximum; we state an integer from 1 to 100, the largest page the vendor's other list endpoints allow.
         * @example 20
         */
        limit: number;
        /**
         * @description Zero-based index of the first order of the page. Page with it, by adding the page size, until it reaches `totalCount`.
         * @example 0
         */
        offset: number;
        /**
         * @description Ed25519 signature of the request body, base64: 64 bytes over the body's bytes exactly as sent. Verify it with the Ed25519 public key of the sender, which the receiver configures (it is not in the vendor docs we have). When both signature headers come, this one is checked. At least one of the two must be present; a delivery with neither is refused.
         * @example 6xlSiRkIrq577OjSJ9V2fDDYD6QYFc/fBArrsFk9PrXdQ/Wbunq57SHzahG8luS/gJHXssZIAt19O03ziLKu1g==
         */
        WebhookEd25519Signature: string;
        /**
         * @description Legacy RSA-SHA256 (PKCS#1 v1.5) signature of the request body, base64, over the body's bytes exactly as sent, verified with the RSA 4096 public key the vendor publishes. Reported deprecated from 2026-07-01, after which only `x-ghl-signature` is sent.
         * @example Ek1xM/6pZI0HjDtQtkAM0UmsB/udcs80HMYRgwpjOA/qNvKxfl8KjBMdvPJv6870Nsu+PWxgX7v68ao+dw4s+s42sXsfQmLP3TIA8Qh9NyhTS0V/zMeRiW+WRS5dXRDwO2e57uny7UxFDhhUL0gSmbvXEQ+QcTBd/MbUcR+72Fggr4MSBMYDctHbWYDUCnCerXBrO0k0T+4hMghG5/At7i4UOgttud7jSAtAGfTk1yZCxsd6Tk2a4JOf82gxrOP6HZCuEu6VcFtZR8h8lsZ0lE2Y5DlWjIhrvWH7sgm/q+04Mh6MlOerJ9YzafcH8AH8BvDoI8BkYyYA93lsaEJ5CUp9Az68laBw3/4O5pLgDo+VGpX8PrTK8bF5s+PO5u6jCV8QZHxKFRz2WvdL8WmJt8gIHh6eo6doXNbxmLHztJBMgPaOozPfz8MzQR1eqslPyP2Hz4aHukLzaUVLu/yYWzHlhlkdbrODkOrw3WxDE3xg8urSSgOZqqd6XQo3hUykOGYCb3r9cTOFF5MsYCYMfacT6WgTsBWHK9WIbSoaF5Hjlm4nMayGCSl+ca2DicdwAC6ht1JJq5A8Pvs2gOFzkg7L0Qq4wJXs5n8/1Sji2LGa/Duz/uLO4kWiy6aJt2/tyPUrFozH3ibOp9lsFiIIneq/nGV9XeOVXFSuy0qw/Jo=
         */
        WebhookRsaSignature: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Requests per day this app may make for this resource (location or company); 200,000 as documented.
         * @example 200000
         */
        "X-RateLimit-Limit-Daily": number;
        /**
         * @description Requests left in today's budget. A 429 with this at 0 will not succeed on retry today.
         * @example 199990
         */
        "X-RateLimit-Daily-Remaining": number;
        /**
         * @description Length of the burst window in milliseconds; 10,000 as documented.
         * @example 10000
         */
        "X-RateLimit-Interval-Milliseconds": number;
        /**
         * @description Requests allowed per burst window; 100 as documented.
         * @example 100
         */
        "X-RateLimit-Max": number;
        /**
         * @description Requests left in the current burst window.
         * @example 99
         */
        "X-RateLimit-Remaining": number;
        /**
         * @description How long to wait before retrying, in seconds or as an HTTP date. Not documented by the vendor but standard on 429 and 503; clients honour it when present.
         * @example 10
         */
        "Retry-After": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "list-orders": {
        parameters: {
            query: {
                /**
                 * @description The id of the sub-account (location) the orders belong to. The white-label copy calls it "account id"; it is the same location id.
                 * @example 3SwdhCu3svxI8AKsPJt6
                 */
                altId: components["parameters"]["altId"];
                /**
                 * @description The kind of id in `altId`; the only kind is `location`. The vendor removed this parameter from the endpoint on 2026-05-01 but still filters by it, returns it on every order and requires it on sibling endpoints, one of which rejects requests without it (422 `altType should not be empty`). hl-orders clients send `location` unless told otherwise. The white-label copy's `account` is the reseller's word for a sub-account, not a value the API takes.
                 * @example location
                 */
                altType?: components["parameters"]["altType"];
                /**
                 * @description The id of the sub-account (location). Same id space as `altId`; when both are given they should be equal. Redundant with `altId` (the vendor lists both; one is enough), so clients need not send it.
                 * @example 3SwdhCu3svxI8AKsPJt6
                 */
                locationId?: components["parameters"]["locationId"];
                /**
                 * @description Order status to filter by, e.g. `completed`. The vendor documents no enum, so any string is accepted and new statuses are not a breaking change.
                 * @example completed
                 */
                status?: components["parameters"]["status"];
                /**
                 * @description Payment status of the order.
                 * @example unpaid
                 */
                paymentStatus?: components["parameters"]["paymentStatus"];
                /**
                 * @description Payment mode to filter by: `live` or `test`. The vendor documents no enum (only the example `live`), so any string is accepted.
                 * @example live
                 */
                paymentMode?: components["parameters"]["paymentMode"];
                /**
                 * @description Start of the date interval (inclusive), as a `YYYY-MM-DD` date. Must not be after `endAt`.
                 * @example 2024-02-01
                 */
                startAt?: components["parameters"]["startAt"];
                /**
                 * @description End of the date interval (inclusive), as a `YYYY-MM-DD` date. Must not be before `startAt`.
                 * @example 2024-02-13
                 */
                endAt?: components["parameters"]["endAt"];
                /**
                 * @description Text to search for in the order's name, as the vendor puts it. Orders carry no name field in this response and the vendor does not say what the name is; the hl-orders simulator matches the text, case-insensitively, against the contact's name and email and the source name.
                 * @example Awesome order
                 */
                search?: components["parameters"]["search"];
                /**
                 * @description Only orders of this contact.
                 * @example XPLSw2SVagl12LMDeTmQ
                 */
                contactId?: components["parameters"]["contactId"];
                /**
                 * @description Only orders containing one of these funnel products: one string of comma-separated ids (not a repeated parameter).
                 * @example 61dd0c7dc077f712a5f787ff,61d6afc9d39ac5e35965c017
                 */
                funnelProductIds?: components["parameters"]["funnelProductIds"];
                /**
                 * @description Only orders from this source (a funnel, website, form or invoice id).
                 * @example 61dd0c7dc077f712a5f787ff
                 */
                sourceId?: components["parameters"]["sourceId"];
                /**
                 * @description Page size: the most orders one response may carry. The vendor documents "number" with default 10 and no maximum; we state an integer from 1 to 100, the largest page the vendor's other list endpoints allow.
                 * @example 20
                 */
                limit?: components["parameters"]["limit"];
                /**
                 * @description Zero-based index of the first order of the page. Page with it, by adding the page size, until it reaches `totalCount`.
                 * @example 0
                 */
                offset?: components["parameters"]["offset"];
            };
            header: {
                /**
                 * @description API version. Every Orders operation documents one value, `2021-07-28` (see `ApiVersion` for the vendor SDK's `2023-02-21` and the `v3` file).
                 * @example 2021-07-28
                 */
                Version: components["parameters"]["Version"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response. A page of orders and the total number of matching orders. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Daily": components["headers"]["X-RateLimit-Limit-Daily"];
                    "X-RateLimit-Daily-Remaining": components["headers"]["X-RateLimit-Daily-Remaining"];
                    "X-RateLimit-Interval-Milliseconds": components["headers"]["X-RateLimit-Interval-Milliseconds"];
                    "X-RateLimit-Max": components["headers"]["X-RateLimit-Max"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListOrdersResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    "get-order-by-id": {
        parameters: {
            query: {
                /**
                 * @description The id of the sub-account (location) the orders belong to. The white-label copy calls it "account id"; it is the same location id.
                 * @example 3SwdhCu3svxI8AKsPJt6
                 */
                altId: components["parameters"]["altId"];
                /**
                 * @description The kind of id in `altId`; the only kind is `location`. Required on the operations of one order: the vendor documents it on fulfillments and notes and leaves it out of Get Order, where the live API still answers 422 `altType should not be empty` without it.
                 * @example location
                 */
                altType: components["parameters"]["altTypeRequired"];
                /**
                 * @description The id of the sub-account (location). Same id space as `altId`; when both are given they should be equal. Redundant with `altId` (the vendor lists both; one is enough), so clients need not send it.
                 * @example 3SwdhCu3svxI8AKsPJt6
                 */
                locationId?: components["parameters"]["locationId"];
            };
            header: {
                /**
                 * @description API version. Every Orders operation documents one value, `2021-07-28` (see `ApiVersion` for the vendor SDK's `2023-02-21` and the `v3` file).
                 * @example 2021-07-28
                 */
                Version: components["parameters"]["Version"];
            };
            path: {
                /**
                 * @description Id of the order (its `_id`), a MongoDB ObjectId of 24 hexadecimal characters. Anything else is refused before sending, which also keeps `/`, `..` and `?` out of the path.
                 * @example 653f5e0cde5a1314e62a837c
                 */
                orderId: components["parameters"]["orderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response. The order, in its detailed shape. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Daily": components["headers"]["X-RateLimit-Limit-Daily"];
                    "X-RateLimit-Daily-Remaining": components["headers"]["X-RateLimit-Daily-Remaining"];
                    "X-RateLimit-Interval-Milliseconds": components["headers"]["X-RateLimit-Interval-Milliseconds"];
                    "X-RateLimit-Max": components["headers"]["X-RateLimit-Max"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["OrderNotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    "record-order-payment": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version. Every Orders operation documents one value, `2021-07-28` (see `ApiVersion` for the vendor SDK's `2023-02-21` and the `v3` file).
                 * @example 2021-07-28
                 */
                Version: components["parameters"]["Version"];
            };
            path: {
                /**
                 * @description Id of the order (its `_id`), a MongoDB ObjectId of 24 hexadecimal characters. Anything else is refused before sending, which also keeps `/`, `..` and `?` out of the path.
                 * @example 653f5e0cde5a1314e62a837c
                 */
                orderId: components["parameters"]["orderId"];
            };
            cookie?: never;
        };
        /** @description The payment to record. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordOrderPaymentRequest"];
            };
        };
        responses: {
            /** @description The payment was recorded. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Daily": components["headers"]["X-RateLimit-Limit-Daily"];
                    "X-RateLimit-Daily-Remaining": components["headers"]["X-RateLimit-Daily-Remaining"];
                    "X-RateLimit-Interval-Milliseconds": components["headers"]["X-RateLimit-Interval-Milliseconds"];
                    "X-RateLimit-Max": components["headers"]["X-RateLimit-Max"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true
                     *     }
                     */
                    "application/json": components["schemas"]["RecordOrderPaymentResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["OrderNotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    "list-order-fulfillment": {
        parameters: {
            query: {
                /**
                 * @description The id of the sub-account (location) the orders belong to. The white-label copy calls it "account id"; it is the same location id.
                 * @example 3SwdhCu3svxI8AKsPJt6
                 */
                altId: components["parameters"]["altId"];
                /**
                 * @description The kind of id in `altId`; the only kind is `location`. Required on the operations of one order: the vendor documents it on fulfillments and notes and leaves it out of Get Order, where the live API still answers 422 `altType should not be empty` without it.
                 * @example location
                 */
                altType: components["parameters"]["altTypeRequired"];
            };
            header: {
                /**
                 * @description API version. Every Orders operation documents one value, `2021-07-28` (see `ApiVersion` for the vendor SDK's `2023-02-21` and the `v3` file).
                 * @example 2021-07-28
                 */
                Version: components["parameters"]["Version"];
            };
            path: {
                /**
                 * @description Id of the order (its `_id`), a MongoDB ObjectId of 24 hexadecimal characters. Anything else is refused before sending, which also keeps `/`, `..` and `?` out of the path.
                 * @example 653f5e0cde5a1314e62a837c
                 */
                orderId: components["parameters"]["orderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response. The order's fulfillments (none yet is an empty list). */
            200: {
                headers: {
                    "X-RateLimit-Limit-Daily": components["headers"]["X-RateLimit-Limit-Daily"];
                    "X-RateLimit-Daily-Remaining": components["headers"]["X-RateLimit-Daily-Remaining"];
                    "X-RateLimit-Interval-Milliseconds": components["headers"]["X-RateLimit-Interval-Milliseconds"];
                    "X-RateLimit-Max": components["headers"]["X-RateLimit-Max"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListFulfillmentsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["OrderNotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    "create-order-fulfillment": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version. Every Orders operation documents one value, `2021-07-28` (see `ApiVersion` for the vendor SDK's `2023-02-21` and the `v3` file).
                 * @example 2021-07-28
                 */
                Version: components["parameters"]["Version"];
            };
            path: {
                /**
                 * @description Id of the order (its `_id`), a MongoDB ObjectId of 24 hexadecimal characters. Anything else is refused before sending, which also keeps `/`, `..` and `?` out of the path.
                 * @example 653f5e0cde5a1314e62a837c
                 */
                orderId: components["parameters"]["orderId"];
            };
            cookie?: never;
        };
        /** @description What shipped, and how to track it. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFulfillmentRequest"];
            };
        };
        responses: {
            /** @description The fulfillment was created; the body holds it. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Daily": components["headers"]["X-RateLimit-Limit-Daily"];
                    "X-RateLimit-Daily-Remaining": components["headers"]["X-RateLimit-Daily-Remaining"];
                    "X-RateLimit-Interval-Milliseconds": components["headers"]["X-RateLimit-Interval-Milliseconds"];
                    "X-RateLimit-Max": components["headers"]["X-RateLimit-Max"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": true,
                     *       "data": {
                     *         "_id": "6578d3f1c2a9b84e1f0a7b21",
                     *         "altId": "3SwdhCu3svxI8AKsPJt6",
                     *         "altType": "location",
                     *         "trackings": [
                     *           {
                     *             "trackingNumber": "40012345678",
                     *             "shippingCarrier": "FedEx",
                     *             "trackingUrl": "https://www.fedex.com/wtrk/track/?trknbr=40012345678"
                     *           }
                     *         ],
                     *         "items": [
                     *           {
                     *             "_id": "6578278e879ad2646715ba9c",
                     *             "name": "Sample Product",
                     *             "qty": 2,
                     *             "price": {
                     *               "_id": "6578278e879ad2646715ba9c",
                     *               "name": "Standard",
                     *               "type": "one_time",
                     *               "currency": "USD",
                     *               "amount": 50
                     *             },
                     *             "product": {
                     *               "_id": "655b33a82209e60b6adb87a5",
                     *               "name": "Sample Product",
                     *               "productType": "PHYSICAL"
                     *             }
                     *           }
                     *         ],
                     *         "createdAt": "2023-12-12T09:27:42.355Z",
                     *         "updatedAt": "2023-12-12T09:27:42.355Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["CreateFulfillmentResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["OrderNotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    "list-order-notes": {
        parameters: {
            query: {
                /**
                 * @description The id of the sub-account (location) the orders belong to. The white-label copy calls it "account id"; it is the same location id.
                 * @example 3SwdhCu3svxI8AKsPJt6
                 */
                altId: components["parameters"]["altId"];
                /**
                 * @description The kind of id in `altId`; the only kind is `location`. Required on the operations of one order: the vendor documents it on fulfillments and notes and leaves it out of Get Order, where the live API still answers 422 `altType should not be empty` without it.
                 * @example location
                 */
                altType: components["parameters"]["altTypeRequired"];
            };
            header: {
                /**
                 * @description API version. Every Orders operation documents one value, `2021-07-28` (see `ApiVersion` for the vendor SDK's `2023-02-21` and the `v3` file).
                 * @example 2021-07-28
                 */
                Version: components["parameters"]["Version"];
            };
            path: {
                /**
                 * @description Id of the order (its `_id`), a MongoDB ObjectId of 24 hexadecimal characters. Anything else is refused before sending, which also keeps `/`, `..` and `?` out of the path.
                 * @example 653f5e0cde5a1314e62a837c
                 */
                orderId: components["parameters"]["orderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response. The notes of the order, in a body the vendor does not document (see the operation's description). */
            200: {
                headers: {
                    "X-RateLimit-Limit-Daily": components["headers"]["X-RateLimit-Limit-Daily"];
                    "X-RateLimit-Daily-Remaining": components["headers"]["X-RateLimit-Daily-Remaining"];
                    "X-RateLimit-Interval-Milliseconds": components["headers"]["X-RateLimit-Interval-Milliseconds"];
                    "X-RateLimit-Max": components["headers"]["X-RateLimit-Max"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListOrderNotesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["OrderNotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    "order-create-webhook": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Ed25519 signature of the request body, base64: 64 bytes over the body's bytes exactly as sent. Verify it with the Ed25519 public key of the sender, which the receiver configures (it is not in the vendor docs we have). When both signature headers come, this one is checked. At least one of the two must be present; a delivery with neither is refused.
                 * @example 6xlSiRkIrq577OjSJ9V2fDDYD6QYFc/fBArrsFk9PrXdQ/Wbunq57SHzahG8luS/gJHXssZIAt19O03ziLKu1g==
                 */
                "x-ghl-signature"?: components["parameters"]["WebhookEd25519Signature"];
                /**
                 * @description Legacy RSA-SHA256 (PKCS#1 v1.5) signature of the request body, base64, over the body's bytes exactly as sent, verified with the RSA 4096 public key the vendor publishes. Reported deprecated from 2026-07-01, after which only `x-ghl-signature` is sent.
                 * @example Ek1xM/6pZI0HjDtQtkAM0UmsB/udcs80HMYRgwpjOA/qNvKxfl8KjBMdvPJv6870Nsu+PWxgX7v68ao+dw4s+s42sXsfQmLP3TIA8Qh9NyhTS0V/zMeRiW+WRS5dXRDwO2e57uny7UxFDhhUL0gSmbvXEQ+QcTBd/MbUcR+72Fggr4MSBMYDctHbWYDUCnCerXBrO0k0T+4hMghG5/At7i4UOgttud7jSAtAGfTk1yZCxsd6Tk2a4JOf82gxrOP6HZCuEu6VcFtZR8h8lsZ0lE2Y5DlWjIhrvWH7sgm/q+04Mh6MlOerJ9YzafcH8AH8BvDoI8BkYyYA93lsaEJ5CUp9Az68laBw3/4O5pLgDo+VGpX8PrTK8bF5s+PO5u6jCV8QZHxKFRz2WvdL8WmJt8gIHh6eo6doXNbxmLHztJBMgPaOozPfz8MzQR1eqslPyP2Hz4aHukLzaUVLu/yYWzHlhlkdbrODkOrw3WxDE3xg8urSSgOZqqd6XQo3hUykOGYCb3r9cTOFF5MsYCYMfacT6WgTsBWHK9WIbSoaF5Hjlm4nMayGCSl+ca2DicdwAC6ht1JJq5A8Pvs2gOFzkg7L0Qq4wJXs5n8/1Sji2LGa/Duz/uLO4kWiy6aJt2/tyPUrFozH3ibOp9lsFiIIneq/nGV9XeOVXFSuy0qw/Jo=
                 */
                "x-wh-signature"?: components["parameters"]["WebhookRsaSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The created order, as signed by the sender; verify the signature over these bytes. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderCreateEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
            413: components["responses"]["WebhookTooLarge"];
        };
    };
    "order-status-update-webhook": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Ed25519 signature of the request body, base64: 64 bytes over the body's bytes exactly as sent. Verify it with the Ed25519 public key of the sender, which the receiver configures (it is not in the vendor docs we have). When both signature headers come, this one is checked. At least one of the two must be present; a delivery with neither is refused.
                 * @example 6xlSiRkIrq577OjSJ9V2fDDYD6QYFc/fBArrsFk9PrXdQ/Wbunq57SHzahG8luS/gJHXssZIAt19O03ziLKu1g==
                 */
                "x-ghl-signature"?: components["parameters"]["WebhookEd25519Signature"];
                /**
                 * @description Legacy RSA-SHA256 (PKCS#1 v1.5) signature of the request body, base64, over the body's bytes exactly as sent, verified with the RSA 4096 public key the vendor publishes. Reported deprecated from 2026-07-01, after which only `x-ghl-signature` is sent.
                 * @example Ek1xM/6pZI0HjDtQtkAM0UmsB/udcs80HMYRgwpjOA/qNvKxfl8KjBMdvPJv6870Nsu+PWxgX7v68ao+dw4s+s42sXsfQmLP3TIA8Qh9NyhTS0V/zMeRiW+WRS5dXRDwO2e57uny7UxFDhhUL0gSmbvXEQ+QcTBd/MbUcR+72Fggr4MSBMYDctHbWYDUCnCerXBrO0k0T+4hMghG5/At7i4UOgttud7jSAtAGfTk1yZCxsd6Tk2a4JOf82gxrOP6HZCuEu6VcFtZR8h8lsZ0lE2Y5DlWjIhrvWH7sgm/q+04Mh6MlOerJ9YzafcH8AH8BvDoI8BkYyYA93lsaEJ5CUp9Az68laBw3/4O5pLgDo+VGpX8PrTK8bF5s+PO5u6jCV8QZHxKFRz2WvdL8WmJt8gIHh6eo6doXNbxmLHztJBMgPaOozPfz8MzQR1eqslPyP2Hz4aHukLzaUVLu/yYWzHlhlkdbrODkOrw3WxDE3xg8urSSgOZqqd6XQo3hUykOGYCb3r9cTOFF5MsYCYMfacT6WgTsBWHK9WIbSoaF5Hjlm4nMayGCSl+ca2DicdwAC6ht1JJq5A8Pvs2gOFzkg7L0Qq4wJXs5n8/1Sji2LGa/Duz/uLO4kWiy6aJt2/tyPUrFozH3ibOp9lsFiIIneq/nGV9XeOVXFSuy0qw/Jo=
                 */
                "x-wh-signature"?: components["parameters"]["WebhookRsaSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The order after its status changed, as signed by the sender; verify the signature over these bytes. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderStatusUpdateEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
            413: components["responses"]["WebhookTooLarge"];
        };
    };
}
type FlattenedDeepRequired<T> = {
    [K in keyof T]-?: FlattenedDeepRequired<T[K] extends unknown[] | undefined | null ? Extract<T[K], unknown[]>[number] : T[K]>;
};
type ReadonlyArray<T> = [
    Exclude<T, undefined>
] extends [
    unknown[]
] ? Readonly<Exclude<T, undefined>> : Readonly<Exclude<T, undefined>[]>;
export const paymentStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PaymentStatus"]> = ["paid", "unpaid", "refunded", "partially_paid"];
export const apiVersionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ApiVersion"]> = ["2021-07-28"];
export const manualPaymentModeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ManualPaymentMode"]> = ["cash", "card", "cheque", "bank_transfer", "other"];
export const cardPaymentDetailsTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CardPaymentDetails"]["type"]> = ["visa", "mastercard", "other"];
export const recordOrderPaymentRequestAltTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RecordOrderPaymentRequest"]["altType"]> = ["location"];
export const createFulfillmentRequestAltTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateFulfillmentRequest"]["altType"]> = ["location"];
export const componentsParametersAltTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["parameters"]["altType"]> = ["location"];
export const componentsParametersAltTypeRequiredValues: ReadonlyArray<FlattenedDeepRequired<components>["parameters"]["altTypeRequired"]> = ["location"];
