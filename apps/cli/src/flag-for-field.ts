// The client names API fields (`startAt`, `items[0].qty`); the CLI user typed
// flags (`--from`, `--item`). A ValidationError is reported under the flag.
const FLAG_FOR_FIELD: Readonly<Record<string, string>> = {
  altId: '--location',
  status: '--status',
  paymentStatus: '--payment-status',
  paymentMode: '--payment-mode',
  startAt: '--from',
  endAt: '--to',
  search: '--search',
  contactId: '--contact',
  sourceId: '--source',
  funnelProductIds: '--funnel-products',
  limit: '--limit',
  offset: '--offset',
  orderId: 'ID',
  items: '--item',
  trackings: '--tracking',
  notifyCustomer: '--notify',
  mode: '--mode',
  amount: '--amount',
  isPartialPayment: '--partial',
  notes: '--note',
};

/** The flag that sets `field` (or the field it is part of, for `items[0].qty`), if the CLI has one. */
export function flagForField(field: string): string | undefined {
  const root = field.split(/[.[]/)[0] ?? field;
  return Object.hasOwn(FLAG_FOR_FIELD, root) ? FLAG_FOR_FIELD[root] : undefined;
}
