import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLI_MESSAGES } from './messages';
import { VERSION } from './version';

function shape(value: unknown): unknown {
  if (typeof value === 'function') return `function/${value.length}`;
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]));
  }
  return typeof value;
}

describe('message catalogue', () => {
  it('has the same messages in both languages', () => {
    expect(shape(CLI_MESSAGES.en)).toEqual(shape(CLI_MESSAGES['zh-CN']));
    expect(CLI_MESSAGES.en.usage.length).toBeGreaterThan(5);
  });

  it('speaks Chinese in zh-CN', () => {
    expect(CLI_MESSAGES['zh-CN'].unknownCommand('x')).toMatch(/[\u4e00-\u9fff]/);
    expect(CLI_MESSAGES['zh-CN'].demo.units.mu).toBe('亩');
  });
});

describe('VERSION', () => {
  it('matches package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(VERSION).toBe(pkg.version);
  });
});
