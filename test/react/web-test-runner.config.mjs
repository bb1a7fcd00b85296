// `npm run test:react`: the React wrappers, rendered by react-dom in headless Chromium.
// The main config with .tsx tests (which its `test/**/*.test.ts` glob leaves alone), JSX
// through esbuild, and React served as ES modules.
import {esbuildPlugin} from '@web/dev-server-esbuild';
import base from '../../web-test-runner.config.mjs';
import {reactVendor} from './react-vendor.mjs';

export default {
  ...base,
  files: ['test/react/**/*.test.tsx'],
  plugins: [
    reactVendor(),
    ...base.plugins.filter((plugin) => plugin.name !== 'esbuild'),
    esbuildPlugin({ts: true, tsx: true, target: 'es2022', tsconfig: './test/react/tsconfig.json'}),
  ],
};
