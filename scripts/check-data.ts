/**
 * `npm run check:data`: fails with every problem in `data/`, naming file, feature and reason,
 * including what only the downloads meet (a project without a licence in data/LICENCE.md).
 */
import { fileURLToPath } from 'node:url';
import { fullCheck } from './lib/loadContent.ts';
import { readDataDir } from './lib/readDataDir.ts';

const dataDir = fileURLToPath(new URL('../data', import.meta.url));
const result = fullCheck(readDataDir(dataDir));
if (!result.ok) {
  console.error(`data/ has ${result.errors.length} problem(s):`);
  for (const error of result.errors) console.error(`  ${error}`);
  process.exit(1);
}
const routes = result.content.projects.reduce((sum, project) => sum + project.routes.length, 0);
console.log(
  `data/ is valid: ${result.content.projects.length} projects, ${routes} routes, ${result.content.places.length} places, ${result.content.articles.length} article(s).`,
);
