import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../run';
import { captureIo } from './captureIo';

/** The real applicants: fixtures/credit-data/credit_data.csv at the repository root. @internal */
export const CREDIT_DATA = fileURLToPath(
  new URL('../../../../fixtures/credit-data/credit_data.csv', import.meta.url),
);

/** A fresh temporary directory, and a function that removes it. @internal */
export function tempDir(): {
  readonly dir: string;
  readonly file: (name: string) => string;
  readonly remove: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'hezuo-cli-test-'));
  return {
    dir,
    file: (name) => join(dir, name),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Writes a text file and returns its path. @internal */
export function writeFile(path: string, text: string): string {
  writeFileSync(path, text);
  return path;
}

/** Fits the model of the real applicants into `path` through the CLI. @internal */
export async function fitCreditModel(path: string): Promise<void> {
  const io = captureIo();
  const code = await run(['fit', CREDIT_DATA, '--target', 'Status', '--bad', 'bad', '-o', path], io);
  if (code !== 0) throw new Error(`fit failed: ${io.err.join('\n')}`);
}
