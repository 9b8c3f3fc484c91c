import { describe, expect, it } from 'vitest';
import { parseScores } from './readScores';

const HEADER = 'householdId,score,grade,reason_1,reason_2,reason_3,reason_4';

describe('reading the scores file', () => {
  it('reads each household’s score, grade and reasons', () => {
    const text = `${HEADER}\nH00001,612,AAA,core.equityFen,,,\nH00002,541,unrated,finance.onTimeShare,core.headAge,public.adverseRecords,core.equityFen\n`;
    expect(parseScores(text)).toEqual([
      { householdId: 'H00001', score: 612, grade: 'AAA', reasons: ['core.equityFen'] },
      {
        householdId: 'H00002',
        score: 541,
        grade: 'unrated',
        reasons: ['finance.onTimeShare', 'core.headAge', 'public.adverseRecords', 'core.equityFen'],
      },
    ]);
    expect(parseScores(`${HEADER}\n`)).toEqual([]);
  });

  it('stops on a file it does not expect rather than guess', () => {
    expect(() => parseScores('id,score,grade\nA1,500,A\n')).toThrow(/not a scores file/);
    expect(() => parseScores(`${HEADER}\n"H,1",500,A,,,,\n`)).toThrow(/line 2 is quoted/);
    expect(() => parseScores(`${HEADER}\nH1,,A,,,,\n`)).toThrow(/line 2 has no household or score/);
  });
});
