// A rural-credit bank's season, printed: `pnpm --filter ./examples/bank-scoring build && pnpm --filter ./examples/bank-scoring start`
// (`-- --out <dir>` for the output folder, `./output` by default; `-- --lang en` for English).
import { mkdir } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { LOCALES, type Locale } from '@hezuo/core';
import { runBankScoring } from './bankScoring';
import { formatSummary } from './summary';

const { values } = parseArgs({
  options: { lang: { type: 'string', default: 'zh-CN' }, out: { type: 'string', default: 'output' } },
});
if (!(LOCALES as readonly string[]).includes(values.lang)) {
  console.error(`--lang: ${LOCALES.join(' | ')}`);
  process.exit(2);
}

await mkdir(values.out, { recursive: true });
const result = await runBankScoring({ outDir: values.out });
for (const line of formatSummary(result, values.lang as Locale)) console.log(line);
