// Runs the page server in a process of its own, so that the benchmark's CPU
// time counts the clients only. Prints the URL, then serves until stdin closes
// (the benchmark exits or dies: nothing is left behind).
import { startPageServer } from './page-server.mjs';

const server = await startPageServer();
process.stdout.write(`${server.url}\n`);
process.stdin.resume();
process.stdin.on('end', () => server.stop().then(() => process.exit(0)));
