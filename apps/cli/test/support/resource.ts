// Small answers of the per-order operations, in the spec's shapes, named for
// what they show.
import type { Fulfillment, OrderDetail } from '@hl-orders/client';
import { LOCATION_ID } from './orders.js';

export const ORDER_ID = '653f5e0cde5a1314e62a837c';
export const PRICE_ID = '6578278e879ad2646715ba9c';
export const TOKEN = 'pit-unit-0f3c9b1e-77aa-4d2e-9c61-5b2f0e8d4a13';
/** The environment of a configured user. */
export const ENV = { HIGHLEVEL_TOKEN: TOKEN, HIGHLEVEL_LOCATION_ID: LOCATION_ID };

/** A paid order of two units of one product. */
export const PAID_ORDER: OrderDetail = {
  _id: ORDER_ID,
  altId: LOCATION_ID,
  altType: 'location',
  status: 'completed',
  paymentStatus: 'paid',
  fulfillmentStatus: 'unfulfilled',
  currency: 'USD',
  amount: 90,
  amountSummary: { subtotal: 100, discount: 10 },
  contactSnapshot: { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com' },
  items: [
    {
      _id: '61dd33e88058b9f967ca79dc',
      name: 'Sample Product',
      qty: 2,
      price: { _id: PRICE_ID, name: 'Standard', currency: 'USD', amount: 50 },
    },
  ],
  createdAt: '2023-11-20T10:23:36.515Z',
  updatedAt: '2024-01-23T09:57:04.846Z',
};

/** Both units shipped with FedEx. */
export const SHIPPED: Fulfillment = {
  _id: '6578d3f1c2a9b84e1f0a7b21',
  altId: LOCATION_ID,
  altType: 'location',
  trackings: [{ shippingCarrier: 'FedEx', trackingNumber: '40012345678' }],
  items: [{ _id: PRICE_ID, name: 'Sample Product', qty: 2, price: { _id: PRICE_ID } }],
  createdAt: '2023-12-12T09:27:42.355Z',
  updatedAt: '2023-12-12T09:27:42.355Z',
};

export const ORDER_PATH = `/payments/orders/${ORDER_ID}`;
