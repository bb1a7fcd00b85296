// custom-elements.json, generated from the JSDoc of the element classes (npm run analyze).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/localization/generated/**', 'src/react/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
