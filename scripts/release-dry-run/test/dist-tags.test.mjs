// Which npm dist-tag each package would be published under, and which
// releases the dry run refuses.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { releaseTags } from '../dist-tags.mjs';

const spec = (version) => ({ name: '@hl-orders/spec', version });
const pre = { mode: 'pre', tag: 'next', changesets: [] };

describe('releaseTags', () => {
  it('publishes release versions as latest outside pre-release mode', () => {
    assert.deepEqual(releaseTags([spec('1.2.0')], null), { tags: { '@hl-orders/spec': 'latest' }, problems: [] });
  });

  it("publishes under pre.json's tag in pre-release mode, also a package the cycle did not bump", () => {
    const { tags, problems } = releaseTags([spec('1.3.0-next.0'), { name: '@hl-orders/mock', version: '1.2.0' }], pre);
    assert.deepEqual(tags, { '@hl-orders/spec': 'next', '@hl-orders/mock': 'next' });
    assert.deepEqual(problems, []);
  });

  it('refuses a pre-release version without pre-release mode: it would become latest', () => {
    const { problems } = releaseTags([spec('1.3.0-next.0')], null);
    assert.equal(problems.length, 1);
    assert.match(problems[0], /@hl-orders\/spec@1\.3\.0-next\.0 .* would publish it as `latest`/);
    assert.match(problems[0], /pnpm changeset pre enter next/);
  });

  it('refuses a pre-release whose identifier is not the tag it would be published under', () => {
    const { problems } = releaseTags([spec('1.3.0-beta.1')], pre);
    assert.match(problems[0], /"beta" pre-release, but \.changeset\/pre\.json publishes under "next"/);
  });
});
