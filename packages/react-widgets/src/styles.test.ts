import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./styles.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

describe('styles.css', () => {
  it('scopes every rule to an hz- class: no global selectors', () => {
    const selectors = [...css.matchAll(/([^{}]+)\{/g)].flatMap((m) => (m[1] ?? '').split(','));
    expect(selectors.length).toBeGreaterThan(0);
    for (const selector of selectors) expect(selector.trim()).toMatch(/^\.hz-[a-z-]+/);
  });

  it('themes through --hz- custom properties, each with a fallback', () => {
    const uses = [...css.matchAll(/var\(([^)]*)\)/g)].map((m) => m[1] ?? '');
    expect(uses).toEqual(expect.arrayContaining(['--hz-font-family, inherit', '--hz-color-text, inherit']));
    for (const use of uses) expect(use).toMatch(/^--hz-[a-z-]+,\s*\S/);
  });
});
