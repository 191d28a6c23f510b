import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/exit-codes.js';
import { parseAmount, parseItem, parseItems, parseMode, parseOrderId, parseTracking } from '../../src/write-flags.js';

const PRICE = '6578278e879ad2646715ba9c';

/** The UsageError `fn` throws; fails the test when it throws nothing or something else. */
function usage(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('expected a UsageError');
}

describe('ID', () => {
  it('takes an order id of 24 hexadecimal characters, either case', () => {
    expect(parseOrderId('653f5e0cde5a1314e62a837c')).toBe('653f5e0cde5a1314e62a837c');
    expect(parseOrderId('653F5E0CDE5A1314E62A837C')).toBe('653F5E0CDE5A1314E62A837C');
  });

  it.each(['', '653f5e0cde5a1314e62a837', '653f5e0cde5a1314e62a837cc', '653f5e0cde5a1314e62a837g', '../x'])(
    'refuses %j, naming it and where ids are',
    (value) => {
      const message = usage(() => parseOrderId(value));
      expect(message).toContain(`got ${JSON.stringify(value)}`);
      expect(message).toMatch(/^ID must be an order id, 24 hexadecimal characters/);
      expect(message).toContain('hl-orders orders list');
    },
  );
});

describe('--item PRICE_ID:QTY', () => {
  it('reads the price id and a whole quantity', () => {
    expect(parseItem(`${PRICE}:2`)).toEqual({ priceId: PRICE, qty: 2 });
    expect(parseItem('price_1-A:100')).toEqual({ priceId: 'price_1-A', qty: 100 });
  });

  it.each([
    [PRICE, /--item must be PRICE_ID:QTY, e\.g\. --item 6578278e879ad2646715ba9c:2, got "6578278e879ad2646715ba9c"/],
    [`${PRICE}:2:3`, /--item must be PRICE_ID:QTY/],
    [':2', /the price id before the colon/],
    ['a b:2', /the price id before the colon/],
    [`${PRICE}:0`, /--item "6578278e879ad2646715ba9c:0": the quantity after the colon must be a whole number from 1/],
    [`${PRICE}:-1`, /the quantity/],
    [`${PRICE}:1.5`, /the quantity/],
    [`${PRICE}:1e3`, /the quantity/],
    [`${PRICE}:`, /the quantity/],
    [`${PRICE}: 2`, /the quantity/],
  ])('refuses %j', (value, message) => {
    expect(usage(() => parseItem(value))).toMatch(message);
  });

  it('at least one, each price id once', () => {
    expect(parseItems([`${PRICE}:2`, 'abc:1'])).toEqual([
      { priceId: PRICE, qty: 2 },
      { priceId: 'abc', qty: 1 },
    ]);
    expect(usage(() => parseItems([]))).toMatch(/^--item is required/);
    expect(usage(() => parseItems(undefined))).toMatch(/^--item is required/);
    expect(usage(() => parseItems([`${PRICE}:1`, `${PRICE}:2`]))).toBe(
      `--item ${PRICE} is given twice: give each item once, with the quantity shipped.`,
    );
  });
});

describe('--tracking CARRIER:NUMBER[:URL]', () => {
  it('carrier and number, and a URL whose own colons are kept', () => {
    expect(parseTracking('FedEx:40012345678')).toEqual({ shippingCarrier: 'FedEx', trackingNumber: '40012345678' });
    expect(parseTracking('Royal Mail:AB123:https://track.example/x?id=AB123&port=8080#top')).toEqual({
      shippingCarrier: 'Royal Mail',
      trackingNumber: 'AB123',
      trackingUrl: 'https://track.example/x?id=AB123&port=8080#top',
    });
    expect(parseTracking('UPS:1Z9:http://localhost:8080/t').trackingUrl).toBe('http://localhost:8080/t');
  });

  it.each([
    [
      'FedEx',
      /--tracking must be CARRIER:NUMBER or CARRIER:NUMBER:URL, e\.g\. --tracking FedEx:40012345678, got "FedEx"/,
    ],
    [':123', /--tracking must be/],
    ['FedEx:', /--tracking must be/],
    ['FedEx: :https://x.example', /--tracking must be/],
    ['FedEx:123:', /what follows the number must be a web address starting with https:\/\/, got ""/],
    ['FedEx:123:www.fedex.com', /got "www\.fedex\.com"/],
    ['FedEx:123:javascript:alert(1)', /got "javascript:alert\(1\)"/],
  ])('refuses %j', (value, message) => {
    expect(usage(() => parseTracking(value))).toMatch(message);
  });
});

describe('--mode', () => {
  it('one of the spec modes', () => {
    for (const mode of ['cash', 'card', 'cheque', 'bank_transfer', 'other']) expect(parseMode(mode)).toBe(mode);
  });
  it('required, and nothing else', () => {
    expect(usage(() => parseMode(undefined))).toMatch(/^--mode is required: how the payment was made \(cash, card/);
    expect(usage(() => parseMode('Cash'))).toBe(
      '--mode must be one of cash, card, cheque, bank_transfer, other, got "Cash".',
    );
    expect(usage(() => parseMode('bank transfer'))).toMatch(/got "bank transfer"/);
  });
});

describe('--amount', () => {
  it('a positive amount in currency units', () => {
    expect(parseAmount('25')).toBe(25);
    expect(parseAmount('25.50')).toBe(25.5);
    expect(parseAmount('0.01')).toBe(0.01);
  });
  it.each(['0', '0.00', '-5', '+5', '1e3', 'abc', '', ' 25', '25.', '.5', '$25', 'Infinity', '1234567890123'])(
    'refuses %j',
    (value) => {
      expect(usage(() => parseAmount(value))).toMatch(
        new RegExp(`^--amount must be a positive amount .* got ${JSON.stringify(value).replace(/[$.+]/g, '\\$&')}\\.$`),
      );
    },
  );
  it('says to use a dot when given a decimal comma', () => {
    expect(usage(() => parseAmount('25,50'))).toBe('--amount takes a dot for decimals (such as 25.50), got "25,50".');
  });
});
