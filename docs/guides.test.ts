// Runs every ```ts block of every guide, and of the architecture and domain pages, and checks
// each `// → expected` comment against the output of the console.log calls before it, in order.
// The examples in the docs are therefore programs that must keep working, not prose that can
// drift.
import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { afterAll, describe, expect, it, vi } from 'vitest';

const docsDir = import.meta.dirname;
// Blocks are written to docs/.guide-blocks, so that they import the packages and find the
// repository's files as a reader's program beside the docs would. Each run names its files
// apart and removes only those, so that runs side by side leave each other's files alone.
const workDir = join(docsDir, '.guide-blocks');
mkdirSync(workDir, { recursive: true });
const runId = randomUUID().slice(0, 8);
const written: string[] = [];
afterAll(() => {
  for (const file of written) rmSync(file, { force: true });
});

interface Block {
  readonly page: string;
  readonly line: number;
  readonly code: string;
  readonly expected: string[];
}

/**
 * The ```ts blocks of a guide. A block fenced ```ts continued carries on the block before it:
 * they run as one program, so a worked example can be told in steps.
 */
function blocksOf(page: string): Block[] {
  const lines = readFileSync(join(docsDir, page), 'utf8').split('\n');
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
      blocks.push({ page, line: start, code: body.join('\n'), expected });
    }
    i = end;
  }
  return blocks;
}

const markdownIn = (dir: string) =>
  readdirSync(join(docsDir, dir))
    .filter((name) => name.endsWith('.md'))
    .map((name) => (dir === '.' ? name : `${dir}/${name}`));

/** Runs a page's blocks in order, each as a module of its own, and compares what they print. */
function runsItsExamples(page: string): void {
  const blocks = blocksOf(page);
  it.each(blocks.map((b, index) => [b.line, b, index] as const))(
    'example at line %i runs and prints what it says',
    async (_line, block, index) => {
      const file = join(workDir, `${runId}_${page.replace(/\W/g, '_')}_${index}.ts`);
      written.push(file);
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
}

describe.each(markdownIn('guides').map((page) => page.slice('guides/'.length)))('guide %s', (guide) => {
  it('has runnable examples', () => {
    expect(blocksOf(`guides/${guide}`).length).toBeGreaterThan(0);
  });
  runsItsExamples(`guides/${guide}`);
});

// The architecture and domain pages show the code's own numbers where they can.
describe.each(['architecture.md', ...markdownIn('domain')].filter((page) => blocksOf(page).length > 0))(
  'page %s',
  (page) => {
    runsItsExamples(page);
  },
);
