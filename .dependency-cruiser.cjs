/**
 * The import rules of the project, checked by `npm run lint` (dependency-cruiser). ARCHITECTURE.md
 * explains them; in short:
 * - `src/` is a stack of layers, each importing only those below it (and itself);
 * - the app's entry (`src/main.tsx`, `src/App.tsx`) sits on top, and the desk (`src/desk/`), the
 *   newsroom's editor, is a second app beside it that nothing in the reader's app imports;
 * - `scripts/` (the build, the command line, the desk's server) may import `src/`, never the reverse;
 * - test fixtures live in `test/`, which only tests import;
 * - no circle of imports, and every package imported is named in package.json (that the reader's
 *   bundle holds only `dependencies` is checked by the build itself: `scripts/lib/shippedPackages.ts`).
 */

/** The layers of `src/`, from the ground up. */
const LAYERS = [
  'geo', // geometry on plain GeoJSON: lengths, crossings, footprints, Web Mercator
  'fonts', // the Noto Sans files, their subsets and their metrics
  'content', // the schema of data/, its checks, and what is derived from it in no language
  'i18n', // words and formats in the reader's language
  'state', // the reader's state: store, URL, embed parameters
  'map', // the live map: style, layers, camera, MapView
  'picture', // pictures of the map: plan, PNG, SVG, PDF, poster
  'share', // the share pages and links
  'ui', // generic components and hooks
  'embed', // the page inside a host page: bridge, snippet, story
  'features', // panels and dialogs
];

/** What lies above a layer: everything it may not import. */
const above = (index) => [...LAYERS.slice(index + 1), 'desk', 'App\\.tsx$', 'main\\.tsx$'];

const layerRules = LAYERS.map((layer, index) => ({
  name: `layer-${layer}`,
  comment:
    `src/${layer}/ may import only the layers below it (${LAYERS.slice(0, index).join(', ') || 'none'}) ` +
    'and itself: see ARCHITECTURE.md, "Layers".',
  severity: 'error',
  from: { path: `^src/${layer}/` },
  to: { path: `^src/(${above(index).join('|')})` },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'reader-app-not-desk',
      comment:
        'The desk is the newsroom editor, never shipped to readers: nothing in src/ outside it imports it.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/desk/' },
      to: { path: '^src/desk/' },
    },
    {
      name: 'src-not-scripts',
      comment:
        'scripts/ may import src/, never the reverse: what a test needs from scripts/ comes through test/.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^scripts/' },
    },
    {
      name: 'fixtures-only-in-tests',
      comment: 'test/ holds fixtures for tests; code that runs outside a test never imports it.',
      severity: 'error',
      from: { path: '^(src|scripts)/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^test/' },
    },
    {
      name: 'no-circular',
      comment: 'Modules import each other in a circle: split out what both need.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'declared-packages-only',
      comment: 'A package that package.json does not name (it may vanish with an update): add it.',
      severity: 'error',
      from: {},
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^dist/' },
    babelConfig: { fileName: '.dependency-cruiser.babel.cjs' },
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      exportsFields: ['exports'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
