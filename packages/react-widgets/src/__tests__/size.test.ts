import { readdirSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedConfig } from '../../vite.embed.config';
import { WIDGET_NAMES } from '../mount/widgetRegistry';

const KB = 1024;
const WIDGET_BUDGET = 30 * KB;
const IIFE_BUDGET = 150 * KB;
const packagesDir = fileURLToPath(new URL('../../../', import.meta.url));
/** The published ESM entry, as a host's bundler meets it (not the TypeScript source). */
const DIST_ENTRY = join(packagesDir, 'react-widgets', 'dist', 'index.js');
/** The packages a widget's modules come from; their builds must be newer than their sources. */
const BUILT_PACKAGES = ['core', 'agri-input', 'finance', 'trusteeship', 'react-widgets'];

/** Tests and benches are not built, so editing them leaves the build fresh. */
const NOT_BUILT = /(\.test(-d)?\.|\.bench\.|__tests__)/;

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const file = join(entry.parentPath, entry.name);
    if (entry.isFile() && !NOT_BUILT.test(file)) newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

/** Sizes are of the build, so a missing or stale build is an error, not a wrong number. */
function requireFreshBuild(): void {
  for (const name of BUILT_PACKAGES) {
    const built = join(packagesDir, name, 'dist', 'index.js');
    let builtAt: number;
    try {
      builtAt = statSync(built).mtimeMs;
    } catch {
      throw new Error(`${built} is missing: run \`pnpm build\` before the size budgets`);
    }
    if (newestSource(join(packagesDir, name, 'src')) > builtAt) {
      throw new Error(
        `packages/${name}/dist is older than its sources: run \`pnpm build\` before the size budgets`,
      );
    }
  }
}

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

const gzipSize = async (file: string) => gzipSync(await readFile(file), { level: 9 }).length;

const REACT = [/^react(\/.*)?$/, /^react-dom(\/.*)?$/];

/**
 * One widget as a host's bundler ships it: `import { Widget } from '@hezuo/react-widgets'`
 * against the published modules, minified, with zod and Hezuo, React left out.
 */
async function hostBundleSize(name: string, from = DIST_ENTRY): Promise<number> {
  const outDir = await mkdtemp(join(tmpdir(), `hezuo-size-${name}-`));
  dirs.push(outDir);
  const entry = join(outDir, 'entry.js');
  await writeFile(entry, `export ${name === '*' ? '*' : `{ ${name} }`} from ${JSON.stringify(from)};\n`);
  await build({
    configFile: false,
    logLevel: 'error',
    mode: 'production',
    esbuild: { jsx: 'automatic', jsxDev: false },
    build: {
      outDir,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['es'], fileName: () => 'widget.js' },
      rollupOptions: { external: REACT },
    },
  });
  return gzipSize(join(outDir, 'widget.js'));
}

describe('size budgets (min + gzip)', () => {
  beforeAll(requireFreshBuild);

  for (const name of WIDGET_NAMES) {
    it(`${name} stays within 30 KB with zod, without React`, async () => {
      const size = await hostBundleSize(name);
      console.log(`${name}: ${(size / KB).toFixed(1)} KB min+gzip with zod, without React (budget 30 KB)`);
      expect(size).toBeLessThanOrEqual(WIDGET_BUDGET);
    }, 120_000);
  }

  it('the published modules tree-shake: one function of core is a fraction of all of core', async () => {
    const core = join(packagesDir, 'core', 'dist', 'index.js');
    const one = await hostBundleSize('formatFen', core);
    const all = await hostBundleSize('*', core);
    console.log(
      `@hezuo/core: formatFen alone ${(one / KB).toFixed(1)} KB, everything ${(all / KB).toFixed(1)} KB`,
    );
    expect(one).toBeLessThan(all / 4);
  }, 120_000);

  it('the IIFE bundle stays within 150 KB with React', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'hezuo-size-iife-'));
    dirs.push(outDir);
    await build(embedConfig(outDir));
    const size = await gzipSize(join(outDir, 'hezuo-widgets.iife.js'));
    console.log(`hezuo-widgets.iife.js: ${(size / KB).toFixed(1)} KB gzip (budget 150 KB, React included)`);
    expect(size).toBeLessThanOrEqual(IIFE_BUDGET);
  }, 120_000);
});
