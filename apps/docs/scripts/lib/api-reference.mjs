// The TypeScript API of each published package, from its types: TypeDoc with
// typedoc-plugin-markdown writes Markdown into the VitePress tree, and
// typedoc-vitepress-theme its sidebar. Type errors are the typecheck task's
// business, not the docs': a package whose dependencies are not built yet
// still gets its reference.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Application, Converter, LogLevel } from 'typedoc';
import { repoRoot, siteDir } from './paths.mjs';

/** Writes /packages/<slug>/api/ for a package with a TypeScript entry; returns its sidebar items. */
export async function writeApiReference(pkg) {
  const out = join(siteDir, 'packages', pkg.slug, 'api');
  const tsconfig = join(repoRoot, pkg.dir, 'tsconfig.json');
  const app = await Application.bootstrapWithPlugins({
    entryPoints: pkg.entries.map((entry) => join(repoRoot, entry)),
    ...(existsSync(tsconfig) ? { tsconfig } : {}),
    plugin: ['typedoc-plugin-markdown', 'typedoc-vitepress-theme'],
    out,
    docsRoot: siteDir,
    name: pkg.name,
    readme: 'none',
    entryFileName: 'index',
    // One page per entry point, its members as sections: a reader scrolls or
    // searches one page per import path, and the site stays a few dozen pages
    // rather than one per symbol.
    outputFileStrategy: 'modules',
    // Explicit anchors: on one page, two members of one name (a class's
    // `stats` getter and the interface it returns) would otherwise get links
    // numbered by TypeDoc's count of headings, not by VitePress's.
    useHTMLAnchors: true,
    skipErrorChecking: true,
    excludePrivate: true,
    excludeInternal: true,
    disableSources: true,
    hideGenerator: true,
    logLevel: LogLevel.Error,
    sidebar: { autoConfiguration: true, format: 'vitepress', pretty: false },
  });
  // Before TypeDoc groups the members, which it does when it resolves.
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => withoutExternalInheritance(context.project));
  const project = await app.convert();
  if (!project) throw new Error(`TypeDoc could not read ${pkg.entries.join(', ')} (${pkg.name}).`);
  await app.generateOutputs(project);
  const sidebarFile = join(out, 'typedoc-sidebar.json');
  if (!existsSync(sidebarFile)) return [];
  // With several entry points, an item per entry point, named by its import
  // path (TypeDoc names them by file: index, web, express...).
  return expanded(JSON.parse(readFileSync(sidebarFile, 'utf8'))).map((item) => ({
    ...item,
    text: item.text === 'index' ? pkg.name : `${pkg.name}/${item.text}`,
  }));
}

/**
 * The sidebar groups without `collapsed`: VitePress draws a collapsible group
 * without a link as a button holding another button (its caret), which axe
 * rightly reports as nested controls.
 */
function expanded(items) {
  return items.map(({ collapsed: _collapsed, items: children, ...item }) =>
    children ? { ...item, items: expanded(children) } : item,
  );
}

/**
 * Drops the members a type inherits from another package's (ExpressRequestLike
 * extends node's IncomingMessage): their documentation is that package's, three
 * thousand lines of it, with links relative to nodejs.org that are dead here.
 * The page still says what the type extends.
 */
function withoutExternalInheritance(project) {
  for (const reflection of Object.values(project.reflections)) {
    const from = reflection.inheritedFrom;
    // Inherited from a type outside the project: TypeDoc could not resolve it to a reflection.
    if (from && !from.reflection && project.getReflectionById(reflection.id)) {
      project.removeReflection(reflection);
    }
  }
}
