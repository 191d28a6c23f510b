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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Payment status of an order.
         * @example unpaid
         * @enum {string}
         */
        PaymentStatus: "paid" | "unpaid" | "refunded" | "partially_paid";
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
        /** @description One order. Numbers and booleans are JSON numbers and booleans, though the vendor's examples show them as strings. */
        Order: {
            /**
             * @description The unique identifier of the order.
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
             * @description Name of the contact.
             * @example James Bond
             */
            contactName?: string;
            /**
             * @description Email of the contact. Not always a valid address, so no `format` is asserted.
             * @example james.bond@gohighlevel.com
             */
            contactEmail?: string;
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
             * @description Order sub-total, before discount.
             * @example 100
             */
            subtotal?: number;
            /**
             * @description Discount on the order.
             * @example 10
             */
            discount?: number;
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
             * @description Sub-type of the source, e.g. `one_step_order_form`.
             * @example one_step_order_form
             */
            sourceSubType?: string;
            /**
             * @description Fulfillment status, e.g. `unfulfilled`.
             * @example unfulfilled
             */
            fulfillmentStatus?: string;
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
        /** @description Body of the statuses the vendor does not document (403, 404, 429, 5xx), in the same NestJS shape as the documented ones. `message` may be one string or a list. */
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
        /** @description Unauthorized. The token is missing, invalid, expired, or not a sub-account token with the scope `payments/orders.readonly`. */
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
        /** @description Forbidden (not documented by the vendor, but real). The token is valid but may not read this location's orders. */
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
        /** @description Too Many Requests (not documented on the page, but real): the burst limit (100 requests per 10 s per app per resource) or the daily limit (200,000 per day) was hit. A burst 429 succeeds after the window; a daily one (`X-RateLimit-Daily-Remaining: 0`) does not until the next day. */
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
        /** @description Internal Server Error (not documented, but real). Safe to retry for this read-only operation. */
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
        /** @description Bad Gateway (not documented, but real). Often an HTML page from a proxy rather than JSON; clients must not assume a JSON body. Safe to retry. */
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
        /** @description Service Unavailable (not documented, but real). Safe to retry, after `Retry-After` when given. */
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
        /** @description Gateway Timeout (not documented, but real). Safe to retry. */
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
    };
    parameters: {
        /**
         * @description API version. The only value the API accepts is `2021-07-28`.
         * @example 2021-07-28
         */
        Version: "2021-07-28";
        /**
         * @description The id of the sub-account (location) whose orders to list. The white-label copy calls it "account id"; it is the same location id.
         * @example 3SwdhCu3svxI8AKsPJt6
         */
        altId: string;
        /**
         * @description The kind of id in `altId`; the only kind is `location`. The vendor removed this parameter from the endpoint on 2026-05-01 but still filters by it, returns it on every order and requires it on sibling endpoints, one of which rejects requests without it (422 `altType should not be empty`). hl-orders clients send `location` unless told otherwise. The white-label copy's `account` is the reseller's word for a sub-account, not a value the API takes.
         * @example location
         */
        altType: "location";
        /**
         * @description The id of the sub-account (location). Same id space as `altId`; when both are given they should be equal.
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
                 * @description The id of the sub-account (location) whose orders to list. The white-label copy calls it "account id"; it is the same location id.
                 * @example 3SwdhCu3svxI8AKsPJt6
                 */
                altId: components["parameters"]["altId"];
                /**
                 * @description The kind of id in `altId`; the only kind is `location`. The vendor removed this parameter from the endpoint on 2026-05-01 but still filters by it, returns it on every order and requires it on sibling endpoints, one of which rejects requests without it (422 `altType should not be empty`). hl-orders clients send `location` unless told otherwise. The white-label copy's `account` is the reseller's word for a sub-account, not a value the API takes.
                 * @example location
                 */
                altType?: components["parameters"]["altType"];
                /**
                 * @description The id of the sub-account (location). Same id space as `altId`; when both are given they should be equal.
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
                 * @description API version. The only value the API accepts is `2021-07-28`.
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
export const componentsParametersVersionValues: ReadonlyArray<FlattenedDeepRequired<components>["parameters"]["Version"]> = ["2021-07-28"];
export const componentsParametersAltTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["parameters"]["altType"]> = ["location"];
