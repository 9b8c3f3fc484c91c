import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const require = createRequire(import.meta.url);

/**
 * The plain page loads the widgets' standalone bundle and stylesheet as files, the way a portal
 * without a build step would copy them from the npm package: emit both under `hezuo/`.
 */
function standaloneWidgets(): Plugin {
  return {
    name: 'hezuo-standalone-widgets',
    generateBundle() {
      for (const file of ['hezuo-widgets.iife.js', 'styles.css']) {
        this.emitFile({
          type: 'asset',
          fileName: `hezuo/${file}`,
          source: readFileSync(require.resolve(`@hezuo/react-widgets/${file}`)),
        });
      }
    },
  };
}

export default defineConfig({
  base: './',
  esbuild: { jsx: 'automatic' },
  plugins: [standaloneWidgets()],
  build: {
    target: 'es2022',
    rollupOptions: {
      input: {
        portal: fileURLToPath(new URL('index.html', import.meta.url)),
        plain: fileURLToPath(new URL('plain.html', import.meta.url)),
      },
    },
  },
});
