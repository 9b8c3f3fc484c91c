/** Export conditions that resolve `@hezuo/*` to source in tests; see vitest.shared.mjs. */
export declare const sourceConditions: {
  resolve: { conditions: string[] };
  ssr: { resolve: { conditions: string[] } };
};
