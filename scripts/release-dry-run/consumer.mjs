// One fresh consumer project (ES module or CommonJS) that installs the packed
// tarballs with npm, type-checks consumer/index.ts against them with tsc,
// resolves the spec's exports, and runs the consumer: one real call through
// the client against the mock, and one against the simulator.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exec } from './exec.mjs';

const kinds = {
  esm: { type: 'module', module: 'nodenext' },
  cjs: { type: 'commonjs', module: 'node16' },
};

function write(path, value) {
  writeFileSync(path, typeof value === 'string' ? value : `${JSON.stringify(value, null, 2)}\n`);
}

export async function checkConsumer(kind, { dir, tarballs, specVersion, bin, log }) {
  const { type, module } = kinds[kind];
  mkdirSync(join(dir, 'src'), { recursive: true });
  const dependencies = Object.fromEntries(Object.entries(tarballs).map(([name, file]) => [name, `file:${file}`]));
  // @types/node for `process` and `console`, pinned like the workspace's.
  write(join(dir, 'package.json'), {
    name: `hl-orders-consumer-${kind}`,
    private: true,
    type,
    dependencies: { ...dependencies, '@types/node': '20.19.43' },
  });
  write(join(dir, 'tsconfig.json'), {
    compilerOptions: {
      target: 'ES2022',
      module,
      moduleResolution: module,
      strict: true,
      // Check the packages' own declaration files too: that is what they ship.
      skipLibCheck: false,
      types: ['node'],
      outDir: 'dist',
      rootDir: 'src',
    },
    include: ['src'],
  });
  copyFileSync(new URL('consumer/index.ts', import.meta.url), join(dir, 'src', 'index.ts'));

  // Install scripts stay off: Prism's only one is a telemetry ping, and the
  // registry is the one host this must reach. Our own packages have none.
  await exec('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: dir });
  log(`${kind}: installed the tarballs with npm`);
  await exec(process.execPath, [bin.tsc, '-p', 'tsconfig.json'], { cwd: dir });
  log(`${kind}: tsc (${module}) type-checks the consumer against the packages`);
  // The spec package has no JavaScript; its exports must still resolve, in the
  // resolver of this project's module kind, to the released version.
  const read =
    kind === 'esm'
      ? "import spec from '@hl-orders/spec/openapi.json' with { type: 'json' }; console.log(spec.info.version)"
      : "console.log(require('@hl-orders/spec/openapi.json').info.version)";
  const args = kind === 'esm' ? ['--input-type=module', '-e', read] : ['-e', read];
  const output = await exec(process.execPath, args, { cwd: dir, env: { NODE_NO_WARNINGS: '1' } });
  const version = output.trim().split('\n').at(-1);
  if (version !== specVersion) {
    throw new Error(
      `${kind}: @hl-orders/spec/openapi.json says info.version ${version}, the package is ${specVersion}`,
    );
  }
  log(`${kind}: @hl-orders/spec/openapi.json resolves, info.version ${version}`);
  const answer = await exec(process.execPath, ['dist/index.js'], { cwd: dir, timeoutMs: 120_000 });
  log(
    `${kind}: a verified webhook, then client.orders.list through the installed client against the installed mock and simulator: ${answer.trim().split('\n').at(-1)}`,
  );
}
