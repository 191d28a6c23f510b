// The Renovate config keeps our pins: the Prism overrides move with the CLI,
// the frozen generator and fetch wrapper are left alone, dev tooling comes in
// one pull request, and nothing that drops Node 20 is proposed while engines
// promises it. (`renovate-config-validator`, which needs Node 24 and the whole
// renovate package, is not run here; this tests the rules that matter.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { rulesFor } from '../renovate-rules.mjs';
import { readRepo, repoRoot } from '../repo-files.mjs';

const { renovate, workspace, packageJson, workflows } = readRepo();
const dep = (name, depType = 'devDependencies', updateType = 'minor', manager = 'npm') => ({
  name,
  depType,
  updateType,
  manager,
});
const manifest = (dir) => JSON.parse(readFileSync(join(repoRoot, dir, 'package.json'), 'utf8'));

/** Smallest version a range like `>=20.19` or `^20.19.0` admits, as [major, minor, patch]. */
const lowest = (range) => (/(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(range) ?? []).slice(1, 4).map((n) => Number(n ?? 0));
const compare = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
/** Whether `version` ([major, minor, patch]) satisfies an `^x.y.z || >=x.y.z` constraint. */
function satisfies(constraint, version) {
  return constraint.split('||').some((part) => {
    const range = part.trim();
    const min = lowest(range);
    if (range.startsWith('^')) return version[0] === min[0] && compare(version, min) >= 0;
    if (range.startsWith('>=')) return compare(version, min) >= 0;
    throw new Error(`constraint part ${range} is not understood here`);
  });
}

describe('Renovate config', () => {
  it('groups the Prism CLI with every Prism internal pnpm-workspace.yaml overrides', () => {
    const overridden = Object.keys(workspace.overrides ?? {}).filter((name) => name.startsWith('@stoplight/prism-'));
    assert.ok(overridden.length >= 3, `expected the Prism overrides in pnpm-workspace.yaml, found ${overridden}`);
    assert.ok(
      manifest('packages/mock').dependencies['@stoplight/prism-cli'],
      'the mock depends on @stoplight/prism-cli',
    );
    const group = rulesFor(renovate, dep('@stoplight/prism-cli', 'dependencies')).groupName;
    assert.ok(group, 'prism-cli has a group');
    for (const name of overridden) {
      assert.equal(rulesFor(renovate, dep(name, 'pnpm-workspace.overrides')).groupName, group, name);
    }
  });

  it('never proposes the frozen openapi-typescript and openapi-fetch, whatever the update', () => {
    const pins = {
      'openapi-typescript': manifest('packages/types').devDependencies['openapi-typescript'],
      'openapi-fetch': manifest('packages/client').dependencies['openapi-fetch'],
    };
    assert.deepEqual(pins, { 'openapi-typescript': '7.13.0', 'openapi-fetch': '0.17.0' });
    for (const name of Object.keys(pins)) {
      for (const depType of ['dependencies', 'devDependencies']) {
        for (const updateType of ['patch', 'minor', 'major']) {
          assert.equal(
            rulesFor(renovate, dep(name, depType, updateType)).enabled,
            false,
            `${name} ${depType} ${updateType}`,
          );
        }
      }
    }
  });

  it('groups the dev tooling into one pull request, and keeps runtime dependencies out of it', () => {
    for (const name of Object.keys(packageJson.devDependencies)) {
      assert.equal(rulesFor(renovate, dep(name)).groupName, 'dev tooling', name);
    }
    assert.notEqual(rulesFor(renovate, dep('fastify', 'dependencies')).groupName, 'dev tooling');
  });

  it('filters out releases whose engines drop a Node.js that engines promises and CI tests', () => {
    assert.equal(renovate.constraintsFiltering, 'strict');
    const constraint = renovate.constraints?.node ?? '';
    const promised = lowest(packageJson.engines.node);
    assert.ok(
      satisfies(constraint, promised),
      `${constraint} must admit ${promised.join('.')} (engines ${packageJson.engines.node})`,
    );
    const ci = workflows.find((workflow) => workflow.file.endsWith('/ci.yml'));
    for (const line of ci.doc.jobs.test.strategy.matrix.node) {
      // A matrix line like "22" runs the newest 22.x.
      const newest = String(line).includes('.') ? lowest(String(line)) : [Number(line), 999, 0];
      assert.ok(satisfies(constraint, newest), `${constraint} must admit Node ${line} from the CI matrix`);
    }
  });

  it('holds every major for approval, and @types/node to the oldest Node promised', () => {
    for (const name of ['vitest', '@stoplight/prism-cli', 'actions/checkout']) {
      assert.equal(rulesFor(renovate, dep(name, 'dependencies', 'major')).dependencyDashboardApproval, true, name);
    }
    const oldest = lowest(packageJson.engines.node)[0];
    assert.equal(rulesFor(renovate, dep('@types/node')).allowedVersions, `<${oldest + 1}`);
  });

  it('reads only matchers it understands, so no rule is silently skipped', () => {
    assert.throws(
      () => rulesFor({ packageRules: [{ matchFileNames: ['x'], enabled: false }] }, dep('a')),
      /matchFileNames/,
    );
  });
});
