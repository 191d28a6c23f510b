// Runs a command without a shell and resolves with its exit code and output.
// Used for git, npm and tar, whose failures the callers turn into messages.
import { spawn } from 'node:child_process';

export function run(command, args, { cwd, env, allowFailure = false } = {}) {
  return new Promise((resolve, reject) => {
    // npm is a .cmd script on Windows, which only a shell can start.
    const shell = process.platform === 'win32' && command === 'npm';
    const child = spawn(command, args, { cwd, env, shell, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0 && !allowFailure) {
        reject(new Error(`\`${command} ${args.join(' ')}\` exited with ${code}:\n${stderr.trim()}`));
      } else {
        resolve({ code, stdout, stderr });
      }
    });
  });
}
