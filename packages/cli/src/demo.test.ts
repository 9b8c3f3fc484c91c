import { describe, expect, it } from 'vitest';
import { captureIo } from './__tests__/captureIo';
import { DEMO_DATA, runDemo } from './demo';
import { run } from './run';

async function demoOutput(lang: 'zh-CN' | 'en'): Promise<string[]> {
  const io = captureIo();
  expect(await run(['demo', '--lang', lang], io)).toBe(0);
  expect(io.err).toEqual([]);
  return io.out;
}

describe('demo (zh-CN)', () => {
  it('prints the resident ID masked, with no middle digits, and decodes birth date and sex', async () => {
    const out = await demoOutput('zh-CN');
    const idLine = out.find((l) => l.includes('居民身份证'));
    expect(idLine).toBe('  居民身份证：1101**********002X（校验通过）');
    expect(idLine).not.toMatch(/\d{5,}/);
    expect(out.join('\n')).not.toContain(DEMO_DATA.residentId);
    expect(out).toContain('  出生日期：1949-12-31　性别：女');
  });

  it('prints the credit code masked with its entity kind', async () => {
    const out = await demoOutput('zh-CN');
    expect(out).toContain('  统一社会信用代码：9135**********0Y43（校验通过）');
    expect(out).toContain('  主体类型：企业');
    expect(out.join('\n')).not.toContain(DEMO_DATA.uscc);
  });

  it('founds a cooperative under Art. 20 and votes a special resolution with capped additional votes', async () => {
    const out = await demoOutput('zh-CN');
    expect(out).toContain(
      '  高密市丰收粮食种植专业合作社 于 2026-01-10 设立：成员 10 名，农民占 90.0%（不低于 80%，第二十条）',
    );
    expect(out).toContain(
      '  附加表决权（按交易额，不超过基本表决权 10 票的 20%，第二十二条）：M001 1 票、M002 1 票',
    );
    expect(out).toContain('  修改章程（特别决议）：出席 8/10，赞成 9 票 / 总表决权 12 票，需 8 票，通过');
  });

  it('turns the trusteeship contract into a credit characteristic, and no contract into no record', async () => {
    const out = await demoOutput('zh-CN');
    expect(out).toContain('  已登记托管合同 TG-2026-001：成员 M001，120.5 亩，履行中，2026-03-01 起');
    const m1 = out.indexOf('  成员 M001 的信用特征（截至 2026-06-30）：');
    expect(out[m1 + 1]).toBe('    托管合同面积：120.5 亩');
    const m2 = out.indexOf('  成员 M002 的信用特征（截至 2026-06-30）：');
    expect(out[m2 + 1]).toBe('    托管合同面积：无记录');
  });

  it('distributes the surplus under Arts. 42 and 44 and prints a member statement that adds up', async () => {
    const out = await demoOutput('zh-CN');
    expect(out).toContain(
      '  当年盈余 ¥12,345.67，提取公积金 ¥1,234.57，可分配盈余 ¥11,111.10（第四十二、四十四条）',
    );
    expect(out).toContain(
      '  按交易量（额）返还 ¥6,666.66（60.00%，不低于 60%），按出资额和公积金份额等分配 ¥4,444.44',
    );
    // By hand: reserve 123,457 × 523,000 / 1,000,000 → 64,568; refund 666,666 × 0.523 → 348,666;
    // dividend 444,444 × 264,568 / 2,123,457 → 55,375; cash 348,666 + 55,375 = 404,041.
    const at = out.indexOf('  成员 M001 的盈余分配明细：');
    expect(out.slice(at + 1, at + 5)).toEqual([
      '    量化公积金份额：¥645.68',
      '    按交易量（额）返还：¥3,486.66',
      '    按出资额等比例分配：¥553.75',
      '    现金分配：¥4,040.41',
    ]);
    expect(out).toContain('  各成员分配合计：¥11,111.10，等于可分配盈余 ✓');
  });

  it('computes simple interest and the nutrients in a bag', async () => {
    const out = await demoOutput('zh-CN');
    expect(out).toContain(
      '  本金 ¥10,000.00，年利率 4.35%，2025-06-30 至 2026-06-30（365 天，ACT/360 计息）',
    );
    expect(out).toContain('  利息：¥441.04');
    expect(out).toContain('  三元复合肥 15-15-15，每袋 40 公斤，¥128.00');
    expect(out).toContain('  每袋含氮（N）6 公斤、磷（P₂O₅）6 公斤、钾（K₂O）6 公斤');
    expect(out.at(-1)).toBe('演示完成，所有核对均通过。');
  });

  it('prints the same thing on every run', async () => {
    expect(await demoOutput('zh-CN')).toEqual(await demoOutput('zh-CN'));
  });
});

describe('demo (en)', () => {
  it('prints the summary in English', async () => {
    const out = await demoOutput('en');
    expect(out).toEqual(
      expect.arrayContaining([
        '  Resident ID: 1101**********002X (valid)',
        '  Date of birth: 1949-12-31  Sex: female',
        '  Entity kind: enterprise',
        '    Area under trusteeship contract: 120.5 mu',
        '  Quote total: CN¥3,382.50',
        '  The farmer pays: CN¥2,677.50',
        '[Soil-test fertilising: 5 mu of winter wheat]',
        '  Least-cost purchase in whole bags: CN¥1,863.00',
        '    Urea: 4 bags (200 kg), CN¥440.00',
        '    Area under trusteeship contract: no record',
        '    patronage refund: CN¥3,486.66',
        '  Distributed to members: CN¥11,111.10, equal to the distributable surplus ✓',
        '  Interest: CN¥441.04',
        '  One bag holds 6 kg nitrogen (N), 6 kg phosphate (P₂O₅), 6 kg potash (K₂O)',
        'Demo complete; every check passed.',
      ]),
    );
  });
});

describe('runDemo', () => {
  it('takes io and locale directly and reports whether its checks passed', async () => {
    const io = captureIo();
    await expect(runDemo(io, 'en')).resolves.toBe(true);
    expect(io.out[0]).toMatch(/^Rural cooperative services SDK demo/);
  });

  it('refuses a bad locale', async () => {
    await expect(runDemo(captureIo(), 'fr' as never)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      path: ['locale'],
    });
  });
});
