/** Export conditions that resolve `@hezuo/*` to source in tests; see vitest.shared.mjs. */
export declare const sourceConditions: {
  resolve: { conditions: string[] };
  ssr: { resolve: { conditions: string[] } };
};

/** How the browser tests launch Chromium (Debian's build, headless); see vitest.shared.mjs. */
export declare const chromiumLaunchOptions: {
  executablePath: string;
  headless: true;
  args: string[];
};
