// Each rule of the lint gate (spec/redocly.yaml and our plugin) fails on a
// seeded violation in a copy of the real spec, naming the file, line and rule,
// and the real spec passes. One Redocly run lints all the copies.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { redoclyConfig, runRedocly } from '../scripts/lib/redocly.mjs';
import { lineOf, realSpec, replaceOnce, replaceOnceWithin, scratch } from './support/spec-copy.js';

interface Seed {
  rule: string;
  /** What the seed does to the spec. */
  edit: (spec: string) => string;
  /** Text whose line is where the problem must be reported. */
  at: string;
}

const listOrders = '    get:\n      operationId: list-orders\n';
// Every operation repeats its responses and security; seeds edit List Orders'.
const listOrdersPath = '  /payments/orders:\n';
const operationSecurity =
  '      security:\n        - bearerAuth:\n            - payments/orders.readonly\n      parameters:';

const seeds: Record<string, Seed> = {
  'an operation without operationId': {
    rule: 'operation-operationId',
    edit: (s) => replaceOnce(s, '      operationId: list-orders\n', ''),
    at: '    get:\n',
  },
  'an operation without summary': {
    rule: 'operation-summary',
    edit: (s) => replaceOnce(s, '      summary: List Orders\n', ''),
    at: listOrders,
  },
  'a parameter without description': {
    rule: 'parameter-description',
    edit: (s) => replaceOnce(s, '      description: Only orders of this contact.\n', ''),
    at: '    contactId:\n',
  },
  'a parameter without example': {
    rule: 'rule/parameter-example',
    edit: (s) => replaceOnce(s, '      example: Awesome order\n', ''),
    at: '    search:\n',
  },
  'a schema property without description': {
    rule: 'rule/property-description',
    edit: (s) => replaceOnce(s, '          description: Coupon code applied to the order.\n', ''),
    // Reported at the property's schema, which now starts with its type.
    at: '          type: string\n          examples:\n            - 100PER\n',
  },
  'a nested schema property without example': {
    rule: 'rule/property-example',
    edit: (s) =>
      replaceOnce(
        s,
        'Id of the funnel step.\n          examples:\n            - 5a772f62-3fbc-418b-af1b-be8929dd64c2\n',
        'Id of the funnel step.\n',
      ),
    at: '        stepId:\n',
  },
  'a parameter example that is not valid': {
    rule: 'no-invalid-parameter-examples',
    edit: (s) => replaceOnce(s, '        default: 0\n      example: 0\n', '        default: 0\n      example: -5\n'),
    at: '      example: -5',
  },
  'a schema example that is not valid': {
    rule: 'no-invalid-schema-examples',
    edit: (s) =>
      replaceOnce(s, '          examples:\n            - 100PER\n', '          examples:\n            - 100\n'),
    at: '            - 100\n        createdAt:',
  },
  'a response example that is not valid': {
    rule: 'no-invalid-media-type-examples',
    edit: (s) => replaceOnce(s, '                        amount: 100\n', "                        amount: '100'\n"),
    at: "amount: '100'",
  },
  'a webhook example that is not valid': {
    rule: 'no-invalid-media-type-examples',
    edit: (s) =>
      replaceOnceWithin(
        s,
        '  OrderStatusUpdate:\n',
        '                  amount: 104\n',
        "                  amount: '104'\n",
      ),
    at: "amount: '104'",
  },
  'a header example that is not valid': {
    rule: 'hl-orders/no-invalid-header-examples',
    edit: (s) => replaceOnce(s, '      example: 200000\n', '      example: lots\n'),
    at: '      example: lots',
  },
  'an operation without a 429 response': {
    rule: 'rule/operation-error-responses',
    edit: (s) =>
      replaceOnceWithin(
        s,
        listOrdersPath,
        "        '429':\n          $ref: '#/components/responses/TooManyRequests'\n",
        '',
      ),
    at: '      responses:\n',
  },
  'a security requirement without scope': {
    rule: 'hl-orders/operation-security-scope',
    edit: (s) =>
      replaceOnceWithin(
        s,
        listOrdersPath,
        operationSecurity,
        '      security:\n        - bearerAuth: []\n      parameters:',
      ),
    at: '        - bearerAuth: []',
  },
  'an operation without any security': {
    rule: 'security-defined',
    edit: (s) =>
      replaceOnce(
        replaceOnceWithin(s, listOrdersPath, operationSecurity, '      parameters:'),
        'security:\n  - bearerAuth:\n      - payments/orders.readonly\ntags:',
        'tags:',
      ),
    at: '    get:\n',
  },
  'an unused schema': {
    rule: 'no-unused-components',
    edit: (s) =>
      replaceOnce(
        s,
        '  schemas:\n',
        '  schemas:\n    Unused:\n      type: string\n      description: Nothing uses it.\n',
      ),
    at: '    Unused:\n',
  },
  'an unused header': {
    rule: 'no-unused-components',
    edit: (s) =>
      replaceOnce(
        s,
        '  headers:\n    X-RateLimit-Limit-Daily:\n',
        '  headers:\n    X-Unused:\n      description: Nothing uses it.\n      schema:\n        type: string\n      example: a\n    X-RateLimit-Limit-Daily:\n',
      ),
    at: '    X-Unused:\n',
  },
};

interface Problem {
  line: number;
  col: number;
  rule: string;
  message: string;
}

/** Parses Redocly's stylish output: a `file:` header, then `line:col  severity  rule  message` rows. */
function parseStylish(output: string): Map<string, Problem[]> {
  const byFile = new Map<string, Problem[]>();
  let current: Problem[] | undefined;
  for (const row of output.split('\n')) {
    const header = /^(\S+\.yaml):$/.exec(row);
    if (header?.[1]) {
      current = [];
      byFile.set(header[1], current);
      continue;
    }
    const problem = /^\s+(\d+):(\d+)\s+error\s+(\S+)\s+(.*)$/.exec(row);
    if (problem && current) {
      current.push({ line: Number(problem[1]), col: Number(problem[2]), rule: problem[3]!, message: problem[4]! });
    }
  }
  return byFile;
}

describe('spec lint gate', async () => {
  const seeded = new Map<string, string>();
  let output = '';
  let exitCode: number | null = null;
  const dir = await scratch('lint');

  beforeAll(async () => {
    const files: string[] = [];
    for (const [index, [name, seed]] of Object.entries(seeds).entries()) {
      const file = `seed-${index}.yaml`;
      const text = seed.edit(realSpec);
      seeded.set(name, text);
      await dir.write(file, text);
      files.push(file);
    }
    const result = await runRedocly(['lint', ...files, '--config', redoclyConfig, '--format', 'stylish'], {
      cwd: dir.dir,
    });
    output = result.stdout + result.stderr;
    exitCode = result.code;
  });

  it('fails when any seeded copy violates a rule', () => {
    expect(exitCode).toBe(1);
  });

  it.each(Object.entries(seeds).map(([name, seed], index) => ({ name, seed, index })))(
    'reports $name as $seed.rule, with file and line',
    ({ name, seed, index }) => {
      const problems = parseStylish(output).get(`seed-${index}.yaml`) ?? [];
      const found = problems.filter((problem) => problem.rule === seed.rule);
      expect(found, `no ${seed.rule} in:\n${output}`).not.toHaveLength(0);
      expect(found.map((problem) => problem.line)).toContain(lineOf(seeded.get(name)!, seed.at));
    },
  );

  it('passes on the real spec', async () => {
    const result = await runRedocly(['lint', 'openapi.yaml', '--format', 'stylish'], {
      cwd: join(import.meta.dirname, '..'),
    });
    expect(result.stdout + result.stderr).toContain('Your API description is valid');
    expect(result.code).toBe(0);
  });
});
