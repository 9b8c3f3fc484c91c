import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.config.base';

export default defineConfig(
  libraryBuild({
    entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' },
    external: ['msw'],
  }),
);
