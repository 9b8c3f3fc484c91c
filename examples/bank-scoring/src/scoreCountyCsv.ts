import { run } from '@hezuo/cli';

/** Where the batch job reads and writes. */
export interface ScoreCsvFiles {
  /** The model JSON. */
  readonly model: string;
  /** The county CSV to score. */
  readonly input: string;
  /** The scores CSV to write. */
  readonly output: string;
  /** The column passed through to identify each row. */
  readonly key: string;
}

/**
 * Scores a county CSV with the `hezuo score` command, run in process: the file is streamed in
 * chunks (a county of any size takes the memory of one chunk) and each row's score, grade and
 * top four reasons are written, in order, beside its key. The command never exits the process;
 * its lines are kept and, when it fails, thrown with the file, row and column it names.
 */
export async function scoreCountyCsv(files: ScoreCsvFiles): Promise<void> {
  const out: string[] = [];
  const err: string[] = [];
  const argv = ['score', '--model', files.model, files.input, '-o', files.output, '--key', files.key];
  const code = await run([...argv, '--lang', 'en'], {
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    stderrIsTTY: false, // no progress bar: this is a batch job
  });
  if (code !== 0) throw new Error(`hezuo score failed (exit ${code}): ${err.join(' ')}`);
}
