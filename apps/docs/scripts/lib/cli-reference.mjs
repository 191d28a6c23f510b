// The CLI reference, made by running each program's own `--help`, command by
// command: the commands are discovered from the "Commands:" section of each
// help, so the reference follows the CLI whatever its internals.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cell, code, fenced, frontMatter, table, vPre } from './markdown.mjs';
import { repoRoot, siteDir } from './paths.mjs';
import { commandLinePrograms } from './workspace.mjs';

const MAX_DEPTH = 4;

/** The environment of a help run: no token, no account, no colours. */
function helpEnv() {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(HIGHLEVEL_|FORCE_COLOR|COLUMNS)/.test(name)),
  );
  return { ...env, NO_COLOR: '1' };
}

function help(program, args) {
  try {
    return execFileSync(process.execPath, [resolve(repoRoot, program.file), ...args, '--help'], {
      cwd: repoRoot,
      env: helpEnv(),
      encoding: 'utf8',
      timeout: 30_000,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    throw new Error(
      `\`${program.name} ${[...args, '--help'].join(' ')}\` failed (${error.signal ?? `exit ${error.status}`}): build it first (pnpm build). ${String(error.stderr ?? '').trim()}`,
    );
  }
}

/** `[name, description]` of each subcommand listed under "Commands:", `help` excepted. */
export function subcommands(helpText) {
  const lines = helpText.split('\n');
  const start = lines.findIndex((line) => /^Commands:\s*$/.test(line));
  if (start < 0) return [];
  const found = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.trim() || /^\S/.test(line)) break;
    if (/^ {2}\S/.test(line)) {
      // "  name [options] <arg>   description": the term ends at the first run of spaces.
      const [term, ...description] = line.trim().split(/\s{2,}/);
      found.push([term.split(/\s+/)[0], description.join(' ')]);
    } else if (found.length) found.at(-1)[1] = `${found.at(-1)[1]} ${line.trim()}`.trim();
  }
  return found.filter(([name]) => name !== 'help');
}

/**
 * The help of the program and of every command below it, depth first:
 * `[{ args, text, children }]`, `args` empty for the program itself. A
 * command added to the CLI (`hl-orders webhooks listen`) is found here
 * because its parent's help lists it; nothing names the commands.
 */
export function walk(program, args = [], depth = 0) {
  const text = help(program, args);
  const children = depth < MAX_DEPTH ? subcommands(text) : [];
  return [{ args, text, children }, ...children.flatMap(([name]) => walk(program, [...args, name], depth + 1))];
}

export const slugOfArgs = (args) => (args.length ? args.join('-') : 'index');

/** Writes /cli/<program>/… pages; returns the sidebar and the index's table. */
export function writeCliReference() {
  const programs = commandLinePrograms().map((program) => ({ program, commands: walk(program) }));
  for (const { program, commands } of programs) {
    const dir = join(siteDir, 'cli', program.name);
    mkdirSync(dir, { recursive: true });
    for (const command of commands) {
      const title = [program.name, ...command.args].join(' ');
      const list = command.children.length
        ? `## Commands\n\n${table(
            ['Command', 'What it does'],
            command.children.map(([name, description]) => [
              `[${code(`${title} ${name}`)}](./${slugOfArgs([...command.args, name])})`,
              cell(description),
            ]),
          )}`
        : '';
      const body = `# ${code(title)}\n\nThe output of ${code(`${title} --help`)}, from ${code(program.pkg.name)} ${program.pkg.version}.\n\n${fenced('text', command.text)}\n${list}`;
      writeFileSync(join(dir, `${slugOfArgs(command.args)}.md`), `${frontMatter({ title })}${vPre(body)}`);
    }
  }
  const rows = programs.flatMap(({ program, commands }) =>
    commands.map((command) => [
      `[${code([program.name, ...command.args].join(' '))}](/cli/${program.name}/${slugOfArgs(command.args)})`,
      code(program.pkg.name),
    ]),
  );
  const sidebar = programs.map(({ program, commands }) => ({
    text: program.name,
    items: commands.map((command) => ({
      text: [program.name, ...command.args].join(' '),
      link: `/cli/${program.name}/${slugOfArgs(command.args)}`,
    })),
  }));
  return { table: table(['Command', 'Package'], rows), sidebar };
}
