import { HezuoError } from '@hezuo/core';
import { describe, expect, it } from 'vitest';
import { captureIo } from './__tests__/captureIo';
import { CLI_MESSAGES } from './messages';
import { COMMANDS } from './program';
import { EXIT_CODES, run } from './run';
import { VERSION } from './version';

describe('run', () => {
  it('runs the demo in Chinese by default and exits 0', async () => {
    const io = captureIo();
    expect(await run(['demo'], io)).toBe(0);
    expect(io.out[0]).toBe('合作社服务 SDK 演示（Hezuo 0.1.0）');
    expect(io.err).toEqual([]);
  });

  it('runs the demo in English with --lang en (either spelling)', async () => {
    for (const argv of [
      ['demo', '--lang', 'en'],
      ['--lang=en', 'demo'],
    ]) {
      const io = captureIo();
      expect(await run(argv, io)).toBe(0);
      expect(io.out[0]).toBe('Rural cooperative services SDK demo (Hezuo 0.1.0)');
      expect(io.out.join('\n')).not.toMatch(/[\u4e00-\u9fff]/); // no Chinese characters
    }
  });

  it.each([[[]], [['help']], [['--help']], [['-h']], [['demo', '--help']]])(
    'prints the help for %j and exits 0',
    async (argv) => {
      const io = captureIo();
      expect(await run(argv, io)).toBe(0);
      expect(io.out).toEqual(CLI_MESSAGES['zh-CN'].usage);
    },
  );

  it.each([
    [['help', 'fit'], 'fit'],
    [['fit', '--help'], 'fit'],
    [['score', '-h'], 'score'],
    [['help', 'monitor'], 'monitor'],
    [['export', '--format', 'sql', '--help'], 'export'],
  ] as const)('prints the help of a command for %j', async (argv, command) => {
    const io = captureIo();
    expect(await run(argv, io)).toBe(0);
    expect(io.out).toEqual(CLI_MESSAGES['zh-CN'].scorecard.usage.commandUsage[command]);
  });

  it('lists every command in both languages', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const usage = CLI_MESSAGES[locale].usage.join('\n');
      for (const command of COMMANDS) expect(usage).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    }
  });

  it('refuses help on a command it does not know', async () => {
    const io = captureIo();
    expect(await run(['help', 'nope'], io)).toBe(2);
    expect(io.err).toEqual(['未知命令：nope', '运行 hezuo help 查看用法。']);
  });

  it('prints the help in English', async () => {
    const io = captureIo();
    expect(await run(['help', '--lang', 'en'], io)).toBe(0);
    expect(io.out[0]).toBe('Usage: hezuo <command> [options]');
  });

  it.each([[['--version']], [['-v']]])('prints the version for %j', async (argv) => {
    const io = captureIo();
    expect(await run(argv, io)).toBe(0);
    expect(io.out).toEqual([VERSION]);
  });

  it('refuses an unknown command with exit code 2', async () => {
    const io = captureIo();
    expect(await run(['nope'], io)).toBe(EXIT_CODES.usage);
    expect(io.out).toEqual([]);
    expect(io.err).toEqual(['未知命令：nope', '运行 hezuo help 查看用法。']);
  });

  it('names the unknown command before any argument after it', async () => {
    const io = captureIo();
    expect(await run(['nope', 'extra'], io)).toBe(EXIT_CODES.usage);
    expect(io.err[0]).toBe('未知命令：nope');
  });

  it('says so in English with --lang en', async () => {
    const io = captureIo();
    expect(await run(['nope', '--lang', 'en'], io)).toBe(2);
    expect(io.err[0]).toBe('Unknown command: nope');
  });

  it.each([
    [['demo', '--verbose'], '未知选项：--verbose'],
    [['demo', '-x'], '未知选项：-x'],
    [['demo', '--lang', 'fr'], '不支持的语言：fr（可用：zh-CN、en）'],
    [['demo', '--lang'], '选项 --lang 需要一个值'],
    [['demo', 'extra'], '多余的参数：extra'],
  ])('refuses %j with exit code 2', async (argv, message) => {
    const io = captureIo();
    expect(await run(argv, io)).toBe(2);
    expect(io.err[0]).toBe(message);
    expect(io.out).toEqual([]);
  });

  it('throws HezuoError for a programming error in its arguments', async () => {
    await expect(run([42 as unknown as string], captureIo())).rejects.toBeInstanceOf(HezuoError);
    await expect(run(['demo'], {} as never)).rejects.toMatchObject({ code: 'INVALID_INPUT', path: ['io'] });
  });

  it('reports a failure inside the command on stderr with exit code 1', async () => {
    const io = captureIo();
    let first = true;
    const failing = {
      stdout: (line: string) => {
        if (first) {
          first = false;
          throw new HezuoError('INVALID_INPUT', 'the terminal went away');
        }
        io.stdout(line);
      },
      stderr: io.stderr,
    };
    expect(await run(['demo'], failing)).toBe(EXIT_CODES.failure);
    expect(io.err).toEqual(['出错了（INVALID_INPUT）：the terminal went away']);
  });
});
