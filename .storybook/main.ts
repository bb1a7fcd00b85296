import type {StorybookConfig} from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // Without this the build keeps calling a telemetry endpoint this machine cannot reach.
  core: {disableTelemetry: true},
  staticDirs: [
    // Feed stories load the test fixtures: the same files the tests use, real 404s included.
    {from: '../test/fixtures', to: '/fixtures'},
    // stories.json names its image by its path in the repo (the test server's root).
    {from: '../test/fixtures', to: '/test/fixtures'},
    // The demo's content.json: the seed's real content in English and French.
    {from: '../demo', to: '/demo'},
  ],
  viteFinal(config) {
    // Vite 8 compiles TypeScript with Oxc. Oxc does read experimentalDecorators and
    // useDefineForClassFields from tsconfig.json, but a file it resolves to no tsconfig gets
    // standard decorators (a SyntaxError in Chromium) and define-semantics fields (which
    // shadow Lit's reactive accessors) without a word. So we say the repo's settings again.
    const oxc = config.oxc || {};
    config.oxc = {
      ...oxc,
      decorator: {...oxc.decorator, legacy: true}, // experimentalDecorators: true
      // These two together are useDefineForClassFields: false.
      typescript: {...oxc.typescript, removeClassFieldsWithoutInitializer: true},
      assumptions: {...oxc.assumptions, setPublicClassFields: true},
    };
    // Pre-bundling Lit without this entry gives "Multiple versions of Lit loaded".
    config.optimizeDeps = {
      ...config.optimizeDeps,
      include: [...(config.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    };
    return config;
  },
};

export default config;
