import { readFileSync } from 'node:fs';
import { exportPmml, exportSql } from '@hezuo/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureIo } from '../__tests__/captureIo';
import { fitCreditModel, tempDir } from '../__tests__/creditFixture';
import { run } from '../run';

const tmp = tempDir();
const modelFile = tmp.file('model.json');
beforeAll(() => fitCreditModel(modelFile));
afterAll(() => tmp.remove());
const model = () => JSON.parse(readFileSync(modelFile, 'utf8'));

describe('hezuo export', () => {
  it.each(['postgres', 'spark'] as const)('prints the %s SQL of exportSql', async (dialect) => {
    const io = captureIo();
    expect(await run(['export', '--model', modelFile, '--format', 'sql', '--dialect', dialect], io)).toBe(0);
    expect(io.out.join('\n')).toBe(exportSql(model(), { dialect, table: 'applicants' }).replace(/\n$/, ''));
  });

  it('passes the table, keys, grade and points to exportSql', async () => {
    const io = captureIo();
    const args = [
      '--format',
      'sql',
      '--dialect',
      'postgres',
      '--table',
      'coop.members',
      '--key',
      'member_id',
    ];
    expect(await run(['export', '--model', modelFile, ...args, '--grade', '--points'], io)).toBe(0);
    const expected = exportSql(model(), {
      dialect: 'postgres',
      table: 'coop.members',
      keyColumns: ['member_id'],
      includeGrade: true,
      includePoints: true,
    });
    expect(io.out.join('\n')).toBe(expected.replace(/\n$/, ''));
  });

  it('prints the PMML of exportPmml, or writes it to a file', async () => {
    const io = captureIo();
    expect(await run(['export', '--model', modelFile, '--format', 'pmml'], io)).toBe(0);
    expect(io.out.join('\n')).toBe(exportPmml(model()).replace(/\n$/, ''));
    const file = tmp.file('model.pmml');
    const written = captureIo();
    expect(
      await run(['export', '--model', modelFile, '--format', 'pmml', '-o', file, '--lang', 'en'], written),
    ).toBe(0);
    expect(readFileSync(file, 'utf8').replace(/\n$/, '')).toBe(exportPmml(model()).replace(/\n$/, ''));
    expect(written.out).toEqual([`Exported PMML to ${file}`]);
  });

  it('refuses a command line it cannot run with exit code 2, and a missing model with 1', async () => {
    const cases: [string[], number, string][] = [
      [['--format', 'sql'], 2, 'Missing required option --model'],
      [['--model', modelFile], 2, 'Missing required option --format'],
      [
        ['--model', modelFile, '--format', 'csv'],
        2,
        'Option --format: "csv" is not valid: expected one of sql, pmml',
      ],
      [['--model', modelFile, '--format', 'sql'], 2, 'Missing required option --dialect'],
      [
        ['--model', modelFile, '--format', 'sql', '--dialect', 'mysql'],
        2,
        'Option --dialect: "mysql" is not valid: expected one of postgres, spark',
      ],
      [
        ['--model', modelFile, '--format', 'pmml', '--dialect', 'spark'],
        2,
        'Option --dialect goes only with --format sql',
      ],
      [
        ['--model', tmp.file('none.json'), '--format', 'pmml'],
        1,
        `Failed: File not found: ${tmp.file('none.json')}`,
      ],
    ];
    for (const [args, code, message] of cases) {
      const io = captureIo();
      expect(await run(['export', ...args, '--lang', 'en'], io)).toBe(code);
      expect(io.err[0]).toBe(message);
      expect(io.out).toEqual([]);
    }
  });
});
