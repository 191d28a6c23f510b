// Every third-party action is pinned by a full commit SHA with its version in
// a comment, and one action@version is one commit everywhere.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { conflictingPins, scanPins } from '../action-pins.mjs';
import { readWorkflows } from '../repo-files.mjs';

const sha = 'a'.repeat(40);

describe('pinned uses', () => {
  it('holds for every workflow of the repository, and they agree on each pin', () => {
    const scans = readWorkflows().map(({ file, text }) => scanPins(text, file));
    const pins = scans.flatMap((scan) => scan.pins);
    assert.deepEqual(
      scans.flatMap((scan) => scan.problems),
      [],
    );
    assert.ok(pins.length >= 4, `expected the workflows to use actions, found ${pins.length}`);
    assert.deepEqual(conflictingPins(pins), []);
  });

  it('accepts a SHA with a version comment, quoted or not, and local actions', () => {
    const text = [
      `      - uses: actions/checkout@${sha} # v5.0.0`,
      `      - uses: 'changesets/action@${sha}' # v1.5.3 (release)`,
      '      - uses: ./.github/actions/setup',
      `        uses: docker://alpine@sha256:${'b'.repeat(64)}`,
    ].join('\n');
    const { pins, problems } = scanPins(text, 'w.yml');
    assert.deepEqual(problems, []);
    assert.deepEqual(
      pins.map((pin) => `${pin.action} ${pin.version} ${pin.line}`),
      ['actions/checkout v5.0.0 1', 'changesets/action v1.5.3 2'],
    );
  });

  it('rejects a tag, a branch, a short SHA and a missing or vague version comment, naming the line', () => {
    const text = [
      '- uses: actions/checkout@v5',
      '- uses: actions/checkout@main',
      '- uses: actions/checkout@08c6903 # v5.0.0',
      `- uses: actions/checkout@${sha}`,
      `- uses: actions/checkout@${sha} # v5`,
      '- uses: docker://alpine:3.20',
    ].join('\n');
    const { problems } = scanPins(text, 'w.yml');
    assert.equal(problems.length, 6, problems.join('\n'));
    assert.match(
      problems[0],
      /^w\.yml:1 {2}error {2}pinned-uses {2}actions\/checkout@v5 is not pinned by a full commit SHA/,
    );
    assert.match(problems[2], /^w\.yml:3 .*08c6903 is not pinned by a full commit SHA/);
    assert.match(problems[3], /^w\.yml:4 .*has no version comment \(found ""\)/);
    assert.match(problems[4], /^w\.yml:5 .*has no version comment \(found "v5"\)/);
    assert.match(problems[5], /^w\.yml:6 .*docker:\/\/alpine:3\.20 is not pinned by digest/);
  });

  it('reports one action@version pinned to two commits', () => {
    const a = scanPins(`- uses: actions/checkout@${sha} # v5.0.0`, 'a.yml').pins;
    const b = scanPins(`- uses: actions/checkout@${'c'.repeat(40)} # v5.0.0`, 'b.yml').pins;
    const [problem] = conflictingPins([...a, ...b]);
    assert.match(problem, /^b\.yml:1 .*actions\/checkout@v5\.0\.0 is c{40} here but a{40} at a\.yml:1/);
  });
});
