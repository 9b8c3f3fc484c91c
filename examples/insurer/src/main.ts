// The insurer's season, printed: `pnpm --filter ./examples/insurer build && pnpm --filter ./examples/insurer start`
// (add `-- --lang en` for English).
import { parseArgs } from 'node:util';
import { LOCALES, type Locale } from '@hezuo/core';
import { runInsurerSeason } from './insurerSeason';
import { formatSummary } from './summary';

const { values } = parseArgs({ options: { lang: { type: 'string', default: 'zh-CN' } } });
if (!(LOCALES as readonly string[]).includes(values.lang)) {
  console.error(`--lang: ${LOCALES.join(' | ')}`);
  process.exit(2);
}

const result = await runInsurerSeason();
for (const line of formatSummary(result, values.lang as Locale)) console.log(line);
