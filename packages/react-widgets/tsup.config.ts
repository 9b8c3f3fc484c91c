import { copyFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.config.base';

export default defineConfig(
  packageBuild({
    external: ['react', 'react-dom', 'react/jsx-runtime'],
    // Every module here uses hooks or context: mark the bundle as client code for React Server Components.
    banner: { js: "'use client';" },
    // The Rollup tree-shaking pass drops module-level directives such as the banner above;
    // esbuild's own tree shaking still applies.
    treeshake: false,
    esbuildOptions(options) {
      options.jsx = 'automatic';
    },
    // The stylesheet ships as is, beside the bundle (exported as "./styles.css").
    onSuccess: () => copyFile('src/styles.css', 'dist/styles.css'),
  }),
);
