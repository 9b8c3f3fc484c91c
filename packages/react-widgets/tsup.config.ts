import { copyFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.config.base';

export default defineConfig(
  libraryBuild({
    external: ['react', 'react-dom', 'react/jsx-runtime'],
    // Every module here uses hooks or context: mark each file as client code for React Server Components.
    banner: { js: "'use client';" },
    // Rollup's tree-shaking pass over the CommonJS bundle would drop that directive.
    treeshake: false,
    esbuildOptions(options) {
      options.jsx = 'automatic';
    },
    // The stylesheet ships as is, beside the modules (exported as "./styles.css").
    onSuccess: () => copyFile('src/styles.css', 'dist/styles.css'),
  }),
);
