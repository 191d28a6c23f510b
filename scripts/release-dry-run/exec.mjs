// Runs one command of the dry run: output captured (shown only on failure),
// a time limit, and the whole process group killed on timeout or interrupt, so
// a hung Prism or npm never outlives the dry run.
import { spawn } from 'node:child_process';

const running = new Set();

/** Kills every command still running (on SIGINT/SIGTERM of the dry run). */
export function killAll() {
  for (const child of running) killTree(child);
}

function killTree(child) {
  try {
    // A negative pid signals the process group the command leads (POSIX).
    if (process.platform === 'win32') child.kill('SIGKILL');
    else process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/**
 * Runs `command args` in `cwd`; resolves with its output, rejects with an error
 * that names the command and shows the end of its output.
 */
export function exec(command, args, { cwd, env, timeoutMs = 300_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
      // npm and pnpm are .cmd scripts on Windows, which only a shell can start.
      shell: process.platform === 'win32',
    });
    running.add(child);
    let output = '';
    const collect = (chunk) => {
      output += chunk;
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => {
      output += `\n[killed after ${timeoutMs} ms]`;
      killTree(child);
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      running.delete(child);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      running.delete(child);
      if (code === 0) {
        resolve(output);
      } else {
        const tail = output.trim().split('\n').slice(-40).join('\n');
        reject(new Error(`\`${command} ${args.join(' ')}\` failed (exit ${code}) in ${cwd}:\n${tail}`));
      }
    });
  });
}
