// Small, valid orders for tests that feed the simulator exactly what they need:
// every required field set, the rest given by the test.
import type { Order } from '@hl-orders/client';

export const LOCATION_ID = '3SwdhCu3svxI8AKsPJt6';

export function order(i: number, fields: Partial<Order> = {}): Order {
  const day = `2026-01-${String((i % 28) + 1).padStart(2, '0')}T00:00:00.000Z`;
  return {
    _id: `65b${String(i).padStart(21, '0')}`,
    altId: LOCATION_ID,
    altType: 'location',
    status: 'completed',
    sourceType: 'funnel',
    createdAt: day,
    updatedAt: day,
    ...fields,
  };
}

/** Text that holds any character a terminal would act on (C0, DEL, C1, bidi, line separators). */
export const TERMINAL_CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
