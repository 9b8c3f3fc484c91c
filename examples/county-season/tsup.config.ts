import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.config.base';

export default defineConfig(
  packageBuild({ entry: { index: 'src/index.ts', main: 'src/main.ts' }, format: ['esm'], platform: 'node' }),
);
