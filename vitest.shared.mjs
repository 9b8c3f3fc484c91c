/**
 * Resolve `@hezuo/*` packages to their TypeScript source in tests (the `hezuo-source` export
 * condition), so tests never run against a stale build. Vitest runs tests as SSR, which has
 * its own condition list; the rest of each list is Vite's default.
 */
export const sourceConditions = {
  resolve: { conditions: ['hezuo-source', 'module', 'browser', 'development|production'] },
  ssr: { resolve: { conditions: ['hezuo-source', 'module', 'node', 'development|production'] } },
};

/**
 * How the browser tests launch Chromium: Debian's build (never a downloaded browser), headless,
 * with nothing that reaches the network on its own. Pass to playwright-core's `chromium.launch`.
 */
export const chromiumLaunchOptions = {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
