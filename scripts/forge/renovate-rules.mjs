// Which of the Renovate config's packageRules apply to a dependency, merged in
// order as Renovate merges them (a later rule wins), for testing the rules that
// carry our pins. Only the matchers this repository uses are understood; any
// other makes it throw, so a test can't pass by ignoring a condition.

const MATCHERS = {
  matchPackageNames: (patterns, dep) => patterns.some((pattern) => matchesName(pattern, dep.name)),
  matchDepTypes: (types, dep) => types.includes(dep.depType),
  matchUpdateTypes: (types, dep) => types.includes(dep.updateType),
  matchManagers: (managers, dep) => managers.includes(dep.manager),
};

function matchesName(pattern, name) {
  if (pattern.startsWith('!')) throw new Error(`negated pattern ${pattern} is not understood here`);
  if (pattern.startsWith('/')) throw new Error(`regex pattern ${pattern} is not understood here`);
  const glob = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`);
  return glob.test(name);
}

/**
 * `dep`: `{ name, depType, updateType, manager }`; resolves with the merged
 * settings of every rule that matches it (`description` and matchers left out).
 */
export function rulesFor(config, dep) {
  const merged = {};
  for (const rule of config.packageRules ?? []) {
    const conditions = Object.entries(rule).filter(([key]) => key.startsWith('match'));
    for (const [key] of conditions) {
      if (!MATCHERS[key]) throw new Error(`${key} is not understood by scripts/forge/renovate-rules.mjs`);
    }
    if (conditions.length === 0 || !conditions.every(([key, value]) => MATCHERS[key](value, dep))) continue;
    for (const [key, value] of Object.entries(rule)) {
      if (!key.startsWith('match') && key !== 'description') merged[key] = value;
    }
  }
  return merged;
}
