/**
 * How dependency-cruiser reads TypeScript (see `.dependency-cruiser.cjs`): Babel strips the types
 * and the JSX, after turning each type-only import into a bare one, so that a type crossing a
 * layer counts as an import like any other.
 */
const isTypeOnly = (node) =>
  (node.importKind ?? node.exportKind) === 'type' ||
  (node.specifiers.length > 0 &&
    node.specifiers.every(
      (specifier) => (specifier.importKind ?? specifier.exportKind) === 'type',
    ));

const keepTypeImports = ({ types }) => ({
  visitor: {
    Program(program) {
      for (const statement of program.get('body')) {
        const { node } = statement;
        const declares = statement.isImportDeclaration() || statement.isExportNamedDeclaration();
        if (declares && node.source && isTypeOnly(node)) {
          statement.replaceWith(types.importDeclaration([], node.source));
        }
      }
    },
  },
});

module.exports = {
  babelrc: false,
  configFile: false,
  plugins: [keepTypeImports],
  presets: [
    ['@babel/preset-typescript', { allExtensions: true, isTSX: true, onlyRemoveTypeImports: true }],
  ],
  parserOpts: { plugins: ['jsx'] },
};
