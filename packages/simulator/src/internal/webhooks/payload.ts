// The payload of an order webhook, made from the order as Get Order shows it
// at the moment of the event, in the shape the spec gives `OrderCreate` and
// `OrderStatusUpdate` (OrderWebhookPayload): only the fields the vendor
// documents for webhooks, so that a receiver built on the simulator does not
// come to rely on a field (paymentStatus, coupon, ...) the live webhook may
// not carry. `timestamp` and `webhookId` are added per delivery.
import type { OrderDetail, OrderWebhookContact, OrderWebhookItem, OrderWebhookPayload } from '@hl-orders/types';
import type { WebhookEventType } from '../../webhooks.js';

/** A payload without its delivery's `timestamp` and `webhookId`. */
export type EventPayload = Omit<OrderWebhookPayload, 'timestamp' | 'webhookId'> & {
  type: WebhookEventType;
  _id: string;
};

// Get Order's snapshot is snake_case; a webhook's contact is camelCase.
const CONTACT_FIELDS: readonly [string, keyof OrderWebhookContact, 'string' | 'boolean' | 'array'][] = [
  ['first_name', 'firstName', 'string'],
  ['last_name', 'lastName', 'string'],
  ['email', 'email', 'string'],
  ['phone', 'phone', 'string'],
  ['company_name', 'companyName', 'string'],
  ['address1', 'address1', 'string'],
  ['city', 'city', 'string'],
  ['state', 'state', 'string'],
  ['postal_code', 'postalCode', 'string'],
  ['country', 'country', 'string'],
  ['website', 'website', 'string'],
  ['source', 'source', 'string'],
  ['date_added', 'dateAdded', 'string'],
  ['date_of_birth', 'dateOfBirth', 'string'],
  ['dnd', 'dnd', 'boolean'],
  ['tags', 'tags', 'array'],
  ['assigned_to', 'assignedTo', 'string'],
];

function contactOf(detail: OrderDetail): OrderWebhookContact | undefined {
  const snapshot = detail.contactSnapshot;
  if (snapshot === undefined && detail.contactId === undefined) return undefined;
  const contact: Record<string, unknown> = { locationId: detail.altId };
  if (detail.contactId !== undefined) contact.id = detail.contactId;
  for (const [from, to, kind] of CONTACT_FIELDS) {
    const value = snapshot?.[from];
    if (kind === 'array' ? Array.isArray(value) : typeof value === kind) contact[to] = value;
  }
  const name = [contact.firstName, contact.lastName].filter((part) => typeof part === 'string' && part !== '');
  if (name.length > 0) contact.name = name.join(' ');
  return contact as OrderWebhookContact;
}

function itemOf(item: NonNullable<OrderDetail['items']>[number]): OrderWebhookItem {
  const line: OrderWebhookItem = {};
  if (item.name !== undefined) line.name = item.name;
  if (item.qty !== undefined) line.qty = item.qty;
  if (item.product !== undefined) line.product = structuredClone(item.product);
  if (item.price !== undefined) line.price = structuredClone(item.price);
  return line;
}

/** The payload of event `type` for the order as it is now, in the field order of the spec's example. */
export function eventPayload(type: WebhookEventType, detail: OrderDetail): EventPayload {
  // `locationId` first, as the vendor's examples have it, then the order's fields.
  const ordered: Partial<EventPayload> = {
    type,
    locationId: detail.altId,
    altId: detail.altId,
    altType: detail.altType,
    _id: detail._id,
    contactId: detail.contactId,
    contactSnapshot: contactOf(detail),
    status: detail.status,
    fulfillmentStatus: detail.fulfillmentStatus,
    currency: detail.currency,
    amount: detail.amount,
    liveMode: detail.liveMode,
    items: detail.items?.map(itemOf),
    amountSummary: detail.amountSummary && { ...detail.amountSummary },
    source: detail.source && structuredClone(detail.source),
    createdAt: detail.createdAt,
    updatedAt: detail.updatedAt,
  };
  const payload: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(ordered)) if (value !== undefined) payload[key] = value;
  return payload as EventPayload;
}
