// Every workflow passes actionlint, and actionlint does catch what it should.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actionlint } from '../actionlint.mjs';
import { readWorkflows } from '../repo-files.mjs';

describe('actionlint', () => {
  for (const { file, text } of readWorkflows()) {
    it(`passes ${file}`, async () => {
      assert.deepEqual(await actionlint(text, file), []);
    });
  }

  it('reports a bad permission and script injection, with file, line and column', async () => {
    const workflow = [
      'on: pull_request',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-24.04',
      '    permissions:',
      '      id-token: wirte',
      '    steps:',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JS template
      '      - run: echo "${{ github.event.pull_request.title }}"',
      '',
    ].join('\n');
    const problems = await actionlint(workflow, 'seeded.yml');
    assert.equal(problems.length, 2, problems.join('\n'));
    assert.match(problems[0], /^seeded\.yml:6:\d+ {2}error {2}actionlint\/permissions {2}"wirte" is invalid/);
    assert.match(problems[1], /^seeded\.yml:8:\d+ {2}error {2}actionlint\/expression .*potentially untrusted/);
  });
});
