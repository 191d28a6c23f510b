// The npm dist-tag `changeset publish` gives each public package, and the
// releases it must refuse: a pre-release version outside pre-release mode goes
// out as `latest`, the version every `npm install` picks.
// Mirrors getReleaseTag of @changesets/cli 2.31: the pre-release tag of
// .changeset/pre.json while it exists, else `latest`. (It also uses `latest`
// for a package npm has only pre-releases of, which needs the registry; the
// dry run does not ask it.)

const prereleaseId = (version) => /^\d+\.\d+\.\d+-([0-9A-Za-z-]+)/.exec(version)?.[1] ?? null;

/**
 * `packages`: `{ name, version }[]`; `pre`: the pre-release state or null.
 * Resolves with `{ tags: { [name]: distTag }, problems: string[] }`.
 */
export function releaseTags(packages, pre) {
  const tags = {};
  const problems = [];
  for (const { name, version } of packages) {
    const id = prereleaseId(version);
    tags[name] = pre ? pre.tag : 'latest';
    if (id && !pre) {
      problems.push(
        `${name}@${version} is a pre-release version, but .changeset/pre.json is missing, so \`changeset publish\` ` +
          'would publish it as `latest`, the version every user installs. Enter pre-release mode ' +
          `(\`pnpm changeset pre enter ${id}\`) or set a release version.`,
      );
    } else if (id && id !== pre.tag) {
      problems.push(
        `${name}@${version} is a "${id}" pre-release, but .changeset/pre.json publishes under "${pre.tag}". ` +
          'Set the version with `pnpm version-packages` instead of by hand.',
      );
    }
  }
  return { tags, problems };
}
