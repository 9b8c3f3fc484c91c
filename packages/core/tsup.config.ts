import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.config.base';

export default defineConfig(
  packageBuild({
    entry: {
      index: 'src/index.ts',
      'testing/index': 'src/testing/index.ts',
      'sample/index': 'src/sample/index.ts',
    },
    external: ['fast-check'],
  }),
);
