// Preloaded into the CLI process by the export benchmark (node --import): writes
// the process's peak resident set size to the file named by HL_BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.HL_BENCH_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
});
