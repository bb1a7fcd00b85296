// custom-elements.json, generated from the JSDoc of the element classes (npm run analyze).

/**
 * Only the public API: protected and private members (the controllers, render hooks) are
 * how an element works inside, not something an app or an editor should offer.
 */
const publicOnly = () => ({
  name: 'public-only',
  packageLinkPhase({customElementsManifest}) {
    for (const mod of customElementsManifest.modules) {
      for (const declaration of mod.declarations ?? []) {
        if (declaration.members) {
          declaration.members = declaration.members.filter((m) => !m.privacy || m.privacy === 'public');
        }
      }
    }
  },
});

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/localization/generated/**', 'src/react/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [publicOnly()],
};
