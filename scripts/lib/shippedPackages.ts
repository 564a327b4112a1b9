/**
 * Fails the build when the reader's bundle holds a package that no entry of `dependencies` brings
 * (a dev dependency, or one nothing declares): what ships to readers must come from a dependency,
 * so that an install for production gets it and its licence is counted. Reads the modules of the
 * real output, after tree-shaking, so a type-only or build-time import of a dev package does not
 * count.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

interface Manifest {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/** The package a module id belongs to (`@scope/name` or `name`), or null for the project's own. */
export function packageOf(moduleId: string): string | null {
  const path = moduleId.replaceAll('\\', '/').split('?')[0] ?? '';
  const at = path.lastIndexOf('/node_modules/');
  if (at < 0) return null;
  const [first, second] = path.slice(at + '/node_modules/'.length).split('/');
  if (!first) return null;
  return first.startsWith('@') && second ? `${first}/${second}` : first;
}

/** The packages among `moduleIds` outside `allowed`, sorted. */
export function undeclaredPackages(
  moduleIds: Iterable<string>,
  allowed: ReadonlySet<string>,
): string[] {
  const packages = new Set<string>();
  for (const id of moduleIds) {
    const name = packageOf(id);
    if (name && !allowed.has(name)) packages.add(name);
  }
  return [...packages].sort();
}

/** `dependencies` and every package they bring, as installed in `root`'s node_modules. */
export function dependencyClosure(root: string): Set<string> {
  const read = (path: string): Manifest => JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  const closure = new Set<string>();
  const queue = Object.keys(read(join(root, 'package.json')).dependencies ?? {});
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    if (closure.has(name)) continue;
    closure.add(name);
    const manifest = join(root, 'node_modules', name, 'package.json');
    if (!existsSync(manifest)) continue;
    const { dependencies, peerDependencies, optionalDependencies } = read(manifest);
    queue.push(...Object.keys({ ...dependencies, ...peerDependencies, ...optionalDependencies }));
  }
  return closure;
}

/** The build's check (see above) of the project in `root`. */
export function shippedPackages(root = '.'): Plugin {
  return {
    name: 'trans-caspian-shipped-packages',
    apply: 'build',
    generateBundle(_options, bundle) {
      const ids = Object.values(bundle).flatMap((file) =>
        file.type === 'chunk' ? file.moduleIds : [],
      );
      const missing = undeclaredPackages(ids, dependencyClosure(root));
      if (missing.length > 0) {
        this.error(
          `the reader's bundle holds packages that package.json no entry of "dependencies" brings: ${missing.join(', ')} (move them there from "devDependencies")`,
        );
      }
    },
  };
}
