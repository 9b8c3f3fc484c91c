import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.config.base';

// A program, not a library: one ESM entry for Node, no type declarations.
export default defineConfig(
  packageBuild({ entry: { main: 'src/main.ts' }, format: ['esm'], platform: 'node', dts: false }),
);
