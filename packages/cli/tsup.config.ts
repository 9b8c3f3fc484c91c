import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.config.base';

export default defineConfig([
  // The library (`run`, `runDemo`, the message catalogue): ESM + CJS with types. Its clean
  // step leaves the bin output alone, since both builds write to dist at the same time.
  packageBuild({ platform: 'node', removeNodeProtocol: false, clean: ['!bin.js', '!bin.js.map'] }),
  // The `hezuo` executable: ESM only, no types, with a shebang.
  packageBuild({
    entry: { bin: 'src/bin.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    platform: 'node',
    removeNodeProtocol: false,
    banner: { js: '#!/usr/bin/env node' },
  }),
]);
