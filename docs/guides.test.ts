// Runs every ```ts block of every guide and checks each `// → expected` comment against the
// output of the console.log calls before it, in order. The examples in the docs are therefore
// programs that must keep working, not prose that can drift.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { afterAll, describe, expect, it, vi } from 'vitest';

const guidesDir = join(import.meta.dirname, 'guides');
const workDir = join(import.meta.dirname, '.guide-blocks');
rmSync(workDir, { recursive: true, force: true });
mkdirSync(workDir, { recursive: true });
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

interface Block {
  readonly guide: string;
  readonly line: number;
  readonly code: string;
  readonly expected: string[];
}

/**
 * The ```ts blocks of a guide. A block fenced ```ts continued carries on the block before it:
 * they run as one program, so a worked example can be told in steps.
 */
function blocksOf(guide: string): Block[] {
  const lines = readFileSync(join(guidesDir, guide), 'utf8').split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = lines[i]?.trim();
    if (fence !== '```ts' && fence !== '```ts continued') continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end]?.trim() !== '```') end++;
    const body = lines.slice(start, end);
    const expected = body
      .filter((l) => l.trim().startsWith('// →'))
      .map((l) => l.trim().slice('// →'.length).trim());
    const previous = blocks.at(-1);
    if (fence === '```ts continued' && previous) {
      blocks[blocks.length - 1] = {
        ...previous,
        code: `${previous.code}\n${body.join('\n')}`,
        expected: [...previous.expected, ...expected],
      };
    } else {
      blocks.push({ guide, line: start, code: body.join('\n'), expected });
    }
    i = end;
  }
  return blocks;
}

const guides = readdirSync(guidesDir).filter((name) => name.endsWith('.md'));

describe.each(guides)('guide %s', (guide) => {
  const blocks = blocksOf(guide);

  it('has runnable examples', () => {
    expect(blocks.length).toBeGreaterThan(0);
  });

  it.each(blocks.map((b, index) => [b.line, b, index] as const))(
    'example at line %i runs and prints what it says',
    async (_line, block, index) => {
      const file = join(workDir, `${guide.replace(/\W/g, '_')}_${index}.ts`);
      writeFileSync(file, `${block.code}\nexport {};\n`);
      const printed: string[] = [];
      const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
        printed.push(...format(...args).split('\n'));
      });
      try {
        await import(/* @vite-ignore */ file);
      } finally {
        spy.mockRestore();
      }
      expect(printed).toEqual(block.expected);
    },
    // Some guides fit a scorecard or score a file: generous on a busy two-core machine.
    60_000,
  );
});
