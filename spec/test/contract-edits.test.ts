// The edit table of the versioning policy (CONTRIBUTING.md): each edit of a copy
// of the real spec goes through the real `redocly diff` and our corrections,
// and must require the bump the policy says. `redocly` pins what the tool rates
// on its own, so a change of its rating (an upgrade) shows up here.
// HL_ORDERS_PRINT_TABLE=1 prints the table with the tool's words.
import { afterAll, describe, expect, it } from 'vitest';
import { contractDiff } from '../scripts/lib/contract-diff.mjs';
import { realSpec, replaceOnce, scratch } from './support/spec-copy.js';

type Bump = 'major' | 'minor' | 'patch' | 'none';

interface Edit {
  name: string;
  edit: (spec: string) => string;
  bump: Bump;
  /** The bump `redocly diff` gives before our corrections, when it differs. */
  redocly?: Bump;
}

const addParameter = (required: boolean) => (s: string) =>
  replaceOnce(
    s,
    "        - $ref: '#/components/parameters/offset'\n",
    `        - $ref: '#/components/parameters/offset'
        - name: currency
          in: query
          required: ${required}
          description: Only orders in this currency.
          schema:
            type: string
          example: USD
`,
  );

const edits: Edit[] = [
  {
    name: 'removing a parameter',
    edit: (s) => replaceOnce(s, "        - $ref: '#/components/parameters/search'\n", ''),
    bump: 'major',
  },
  {
    name: 'removing a response property',
    edit: (s) =>
      replaceOnce(
        s,
        '        couponCode:\n          type: string\n          description: Coupon code applied to the order.\n          examples:\n            - 100PER\n',
        '',
      ),
    bump: 'major',
  },
  {
    name: 'removing an enum value',
    edit: (s) => replaceOnce(s, '        - partially_paid\n', ''),
    bump: 'major',
  },
  {
    name: 'changing the type of a parameter',
    edit: (s) =>
      replaceOnce(
        s,
        '      schema:\n        type: integer\n        minimum: 0\n        default: 0\n',
        '      schema:\n        type: string\n        default: "0"\n',
      ),
    bump: 'major',
  },
  {
    name: 'changing the type of a response property',
    edit: (s) =>
      replaceOnce(s, '        amount:\n          type: number\n', '        amount:\n          type: string\n'),
    bump: 'major',
  },
  {
    name: 'making an optional parameter required',
    edit: (s) =>
      replaceOnce(
        s,
        '      name: contactId\n      in: query\n      required: false\n',
        '      name: contactId\n      in: query\n      required: true\n',
      ),
    bump: 'major',
  },
  { name: 'adding a required parameter', edit: addParameter(true), bump: 'major' },
  {
    name: 'narrowing a range (limit maximum 100 → 50)',
    edit: (s) => replaceOnce(s, '        maximum: 100\n', '        maximum: 50\n'),
    bump: 'major',
  },
  { name: 'adding an optional parameter', edit: addParameter(false), bump: 'minor' },
  {
    name: 'adding a response property',
    edit: (s) =>
      replaceOnce(
        s,
        '        createdBy:\n',
        '        channel:\n          type: string\n          description: Sales channel of the order.\n          examples:\n            - web\n        createdBy:\n',
      ),
    bump: 'minor',
  },
  {
    name: 'adding an enum value (request)',
    edit: (s) => replaceOnce(s, '        - partially_paid\n', '        - partially_paid\n        - voided\n'),
    bump: 'minor',
    redocly: 'patch',
  },
  {
    name: 'changing a parameter default (limit 10 → 20)',
    edit: (s) =>
      replaceOnce(s, '        maximum: 100\n        default: 10\n', '        maximum: 100\n        default: 20\n'),
    bump: 'minor',
    redocly: 'patch',
  },
  {
    name: 'removing a parameter default',
    edit: (s) => replaceOnce(s, '        maximum: 100\n        default: 10\n', '        maximum: 100\n'),
    bump: 'minor',
    redocly: 'patch',
  },
  {
    name: 'changing a parameter description',
    edit: (s) => replaceOnce(s, 'Only orders of this contact.', 'Only the orders of this contact.'),
    bump: 'patch',
  },
  {
    name: 'changing a property description',
    edit: (s) => replaceOnce(s, 'Coupon code applied to the order.', 'The coupon code applied to the order.'),
    bump: 'patch',
  },
  {
    name: 'changing a parameter example',
    edit: (s) => replaceOnce(s, '      example: Awesome order\n', '      example: Summer sale\n'),
    bump: 'patch',
  },
  {
    name: 'changing a property example',
    edit: (s) => replaceOnce(s, '            - 100PER\n', '            - SUMMER10\n'),
    bump: 'patch',
  },
  {
    name: 'changing a response example',
    edit: (s) =>
      replaceOnce(s, '                        couponCode: 100PER\n', '                        couponCode: SUMMER10\n'),
    bump: 'patch',
    redocly: 'none',
  },
  {
    name: 'adding a webhook',
    edit: (s) =>
      replaceOnce(
        s,
        '  OrderStatusUpdate:\n    post:\n',
        `  OrderArchived:
    post:
      operationId: order-archived-webhook
      summary: Order archived
      requestBody:
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/OrderWebhookPayload'
      responses:
        '200':
          $ref: '#/components/responses/WebhookAccepted'
  OrderStatusUpdate:
    post:
`,
      ),
    bump: 'minor',
  },
  {
    name: 'removing a webhook',
    edit: (s) => s.slice(0, s.indexOf('  OrderStatusUpdate:\n    post:\n')) + s.slice(s.indexOf('\ncomponents:\n') + 1),
    bump: 'major',
  },
  {
    name: 'removing a property of a webhook payload (receivers read it)',
    edit: (s) =>
      replaceOnce(
        s,
        '        fulfillmentStatus:\n          type: string\n          description: >-\n            Fulfillment status of the order. An open string',
        '        fulfillmentStatus_:\n          type: string\n          description: >-\n            Fulfillment status of the order. An open string',
      ),
    bump: 'major',
  },
  {
    name: 'changing only info.version (version-packages does it)',
    edit: (s) => replaceOnce(s, '\n  version: ', '\n  version: 99.0.0 # was '),
    bump: 'none',
  },
  {
    name: 'changing only a YAML comment or layout',
    edit: (s) => `# A comment changes nothing.\n${s}`,
    bump: 'none',
  },
];

const seen: string[] = [];

describe('contract edit table (redocly diff + our corrections)', async () => {
  const dir = await scratch('edits');
  const base = await dir.write('base.yaml', realSpec);

  it.concurrent.each(edits)('$name needs $bump', async (row) => {
    const revision = await dir.write(`${row.name.replace(/\W+/g, '-')}.yaml`, row.edit(realSpec));
    const result = await contractDiff(base, revision, { cwd: dir.dir });
    const words = result.findings.map((finding) => `${finding.rule ?? '-'}: ${finding.message}`).join('; ');
    seen.push(`| ${row.name} | ${result.bump} | ${result.redoclyBump} | ${words || '(nothing)'} |`);
    expect(result.bump, words).toBe(row.bump);
    expect(result.redoclyBump, 'redocly diff on its own').toBe(row.redocly ?? row.bump);
  });

  afterAll(() => {
    if (process.env.HL_ORDERS_PRINT_TABLE) {
      console.log(['| edit | required | redocly diff alone | what it said |', '|---|---|---|---|', ...seen].join('\n'));
    }
  });
});
