// One test command for everyone: .ci/run runs it on a clean clone, the
// workflows run it in CI and before publishing, the README tells people to run
// it. This reads each of them and lists where they disagree, so that none of
// them can quietly start testing something else.

const unquote = (value) => value.trim().replace(/^(['"])(.*)\1$/, '$2');
const INSTALLS = /^(?:pnpm|npm|yarn)\s+(?:install|i|ci)\b/;
// A package manager's test script (also `test:something`), vitest, or turbo's test task.
const RUNS_TESTS = /\b(?:pnpm|npm|npx|yarn)\b(?:\s+run)?\s+test\b|\bvitest\b|\bturbo\s+run\b.*\btest\b/;

/** .ci/run's exported environment and its top-level pnpm commands: the install, then the test command last. */
export function readCiRun(text) {
  const env = {};
  const commands = [];
  for (const line of text.split('\n')) {
    const exported = /^export\s+([A-Za-z_]\w*)=(.*)$/.exec(line);
    if (exported) env[exported[1]] = unquote(exported[2]);
    else if (/^pnpm\s/.test(line)) commands.push(line.replace(/\s+#.*$/, '').trim());
  }
  return { env, install: commands.find((command) => INSTALLS.test(command)), test: commands.at(-1) };
}

/** The shell lines of a job's `run:` steps, without comments and blank lines. */
function runLines(job) {
  return (job?.steps ?? []).flatMap((step) =>
    typeof step?.run === 'string'
      ? step.run
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line && !line.startsWith('#'))
      : [],
  );
}

/** Commands of the README's shell blocks, `a && b` split, trailing comments dropped. */
function readmeCommands(readme) {
  const blocks = [...readme.matchAll(/^```(?:sh|bash|shell|console)\n([\s\S]*?)^```/gm)].map((match) => match[1]);
  return blocks.flatMap((block) =>
    block.split('\n').flatMap((line) => line.split(/\s*&&\s*/).map((part) => part.replace(/\s+#.*$/, '').trim())),
  );
}

function workflowProblems({ file, doc }, ci) {
  const problems = [];
  let runsTests = false;
  for (const [id, job] of Object.entries(doc?.jobs ?? {})) {
    const lines = runLines(job);
    const where = `${file}  error  test-command  job "${id}"`;
    for (const line of lines.filter((command) => INSTALLS.test(command) && command !== ci.install)) {
      problems.push(`${where} installs with "${line}"; .ci/run uses "${ci.install}".`);
    }
    const tests = lines.filter((command) => RUNS_TESTS.test(command));
    for (const line of tests.filter((command) => command !== ci.test)) {
      problems.push(`${where} runs "${line}"; the test command of .ci/run and the README is "${ci.test}".`);
    }
    if (tests.length === 0) continue;
    runsTests = true;
    const install = lines.indexOf(ci.install);
    if (install < 0 || install > lines.indexOf(tests[0])) {
      problems.push(`${where} runs the tests without "${ci.install}" before them, as .ci/run does.`);
    }
  }
  if (runsTests) {
    // GitHub sets CI=true on every runner; the rest must be set here.
    for (const [name, value] of Object.entries(ci.env).filter(([name]) => name !== 'CI')) {
      const actual = doc.env?.[name];
      if (actual === undefined || String(actual) !== value) {
        const found = actual === undefined ? 'missing from its env' : `${JSON.stringify(String(actual))} in its env`;
        problems.push(`${file}  error  test-command  ${name} is ${found}; .ci/run exports ${name}=${value}.`);
      }
    }
  }
  return { problems, runsTests };
}

/** Every place where the workflows, .ci/run and the README disagree on how to test; [] when they agree. */
export function testCommandDrift({ ciRun, workflows, readme, packageJson }) {
  const ci = readCiRun(ciRun);
  if (!ci.install || !ci.test) {
    return [
      '.ci/run  error  test-command  no top-level `pnpm install …` and test command found; it must end with the test command.',
    ];
  }
  const problems = [];
  const script = /^pnpm\s+(?:run\s+)?(\S+)$/.exec(ci.test)?.[1];
  if (!script || !packageJson.scripts?.[script]) {
    problems.push(`.ci/run  error  test-command  "${ci.test}" is not a script of the root package.json.`);
  }
  let jobs = 0;
  for (const workflow of workflows) {
    const result = workflowProblems(workflow, ci);
    problems.push(...result.problems);
    if (result.runsTests) jobs += 1;
  }
  if (jobs === 0) problems.push(`.github/workflows  error  test-command  no workflow job runs "${ci.test}".`);
  if (!readmeCommands(readme).includes(ci.test)) {
    problems.push(
      `README.md  error  test-command  no shell block of the README runs "${ci.test}", the command .ci/run runs.`,
    );
  }
  const pnpm = packageJson.packageManager?.split('@')[1];
  for (const match of readme.matchAll(/pnpm@(\d+\.\d+\.\d+)/g)) {
    if (match[1] !== pnpm) {
      problems.push(
        `README.md  error  test-command  installs pnpm@${match[1]}; package.json's packageManager (which CI uses) is pnpm@${pnpm}.`,
      );
    }
  }
  return problems;
}
