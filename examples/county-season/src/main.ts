// The demo: `pnpm demo` from the repository root. Starts the reference bank on 127.0.0.1, runs
// one season of a generated county, prints the summary and writes the HTML report.
// Options: --seed N, --households N, --lang zh-CN|en, --out DIR.
import { parseArgs } from 'node:util';
import type { Locale } from '@hezuo/core';
import { runDemo } from './runDemo';

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    households: { type: 'string' },
    lang: { type: 'string' },
    out: { type: 'string' },
  },
});
const ok = await runDemo({
  ...(values.seed === undefined ? {} : { seed: Number(values.seed) }),
  ...(values.households === undefined ? {} : { households: Number(values.households) }),
  // Checked by runDemo, like every option.
  ...(values.lang === undefined ? {} : { locale: values.lang as Locale }),
  outDir: values.out ?? '.hezuo-demo',
  write: (text) => process.stdout.write(text),
  interactive: process.stdout.isTTY === true,
}).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  return false;
});
process.exitCode = ok ? 0 : 1;
