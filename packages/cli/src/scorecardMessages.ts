import type { Locale } from '@hezuo/core';

/** Messages about files: missing, unreadable, malformed CSV or model files. Paths as given. */
export interface FileMessages {
  /** The file does not exist. */
  fileNotFound(path: string): string;
  /** The path names a directory. */
  fileIsDirectory(path: string): string;
  /** The file may not be read or written. */
  fileNotPermitted(path: string): string;
  /** Any other error of the file system, in the system's words. */
  fileError(path: string, detail: string): string;
  /** The CSV file has no header line. */
  emptyCsv(path: string): string;
  /** The CSV file has a header but no data row. */
  noDataRows(path: string): string;
  /** A header cell is empty (position 1-based). */
  emptyColumnName(path: string, position: number): string;
  /** Two header cells name the same column. */
  duplicateColumn(path: string, column: string): string;
  /** A column the command needs is not in the header. */
  missingColumn(path: string, column: string): string;
  /** A record has another number of fields than the header (data row 1-based). */
  raggedRow(path: string, row: number, line: number, got: number, expected: number): string;
  /** The CSV is malformed (a quote not closed, a character after a closing quote). */
  malformedCsv(path: string, line: number, detail: string): string;
  /** A cell of a numeric column is not a number (data row 1-based; the line when known). */
  badNumber(path: string, row: number, line: number | undefined, column: string, value: string): string;
  /** Where a data row is, appended to an error of the library about it. */
  atRow(path: string, row: number, line: number | undefined): string;
  /** The model file is not JSON. */
  notJson(path: string, detail: string): string;
  /** The model file is JSON but not a scorecard model. */
  badModel(path: string, detail: string): string;
}

/** The report of `hezuo fit`. */
export interface FitMessages {
  /** The rows read. */
  read(path: string, rows: number, target: string, bads: number, goods: number): string;
  /** Heading of the characteristics, with the information value threshold. */
  heading(minInformationValue: string): string;
  /** One candidate characteristic. */
  characteristic(id: string, type: string, informationValue: string, status: string): string;
  /** The names of the characteristic types. */
  readonly types: Readonly<Record<'numeric' | 'categorical', string>>;
  /** The names of the selection outcomes. */
  readonly statuses: Readonly<Record<'selected' | 'forced' | 'belowThreshold' | 'reversed', string>>;
  /** Whether the regression converged. */
  regression(converged: boolean, iterations: number): string;
  /** Discrimination on the rows fitted. */
  training(auc: string, gini: string, ks: string): string;
  /** The lowest and highest score. */
  scoreRange(min: string, max: string): string;
  /** The model was written. */
  modelWritten(path: string, kept: number, candidates: number): string;
  /** No `-o`: the model was not saved. */
  readonly modelNotWritten: string;
  /** The full report was written. */
  reportWritten(path: string): string;
}

/** The lines of `hezuo score`. */
export interface ScoreMessages {
  /** The summary once the output file is written. */
  done(rows: number, path: string): string;
  /** The text after the progress bar. */
  progress(percent: number, rows: number): string;
}

/** The report of `hezuo monitor`. */
export interface MonitorMessages {
  /** The title: model and date. */
  heading(modelId: string, version: string, asOf: string): string;
  /** The two samples. */
  samples(baseline: string, baselineRows: number, current: string, currentRows: number): string;
  /** Stability of the scores. */
  scores(psi: string, verdict: string): string;
  /** Heading of the characteristics' stability (over the model's bins). */
  readonly characteristicsHeading: string;
  /** One characteristic's stability. */
  characteristic(id: string, psi: string, verdict: string): string;
  /** The worst verdict. */
  worst(verdict: string): string;
  /** Discrimination on the current sample's outcomes. */
  discrimination(auc: string, gini: string, ks: string): string;
  /** Heading of the bad rate by grade. */
  readonly badRateHeading: string;
  /** One grade's bad rate (`rate` null when the grade has no rows). */
  gradeRate(grade: string, bads: number, count: number, rate: string | null): string;
  /** The full report was written. */
  reportWritten(path: string): string;
}

/** The lines of `hezuo export`. */
export interface ExportMessages {
  /** The export was written. */
  written(path: string, format: string): string;
}

/** Usage problems of the scorecard commands. */
export interface ScorecardUsageMessages {
  /** A required argument is missing. */
  missingArgument(name: string): string;
  /** A required option is missing. */
  missingOption(option: string): string;
  /** An option's value is not one it takes. */
  invalidValue(option: string, value: string, expected: string): string;
  /** An option that only goes with another. */
  onlyWith(option: string, other: string): string;
  /** A column passed through clashes with an output column. */
  outputColumnClash(column: string): string;
  /** The output file is the input file. */
  sameFile(path: string): string;
  /** What an option takes: a number. */
  readonly expectNumber: string;
  /** What an option takes: a number above 0. */
  readonly expectPositive: string;
  /** What an option takes: a date. */
  readonly expectDate: string;
  /** What an option takes: one of a list. */
  expectOneOf(values: readonly string[]): string;
  /** What an option takes: a non-empty text. */
  readonly expectText: string;
  /** The help of each scorecard command, one line per entry. */
  readonly commandUsage: Readonly<Record<'fit' | 'score' | 'monitor' | 'export', readonly string[]>>;
}

/** Every message of the scorecard commands, in one language. */
export interface ScorecardMessages {
  /** Files and their contents. */
  readonly files: FileMessages;
  /** `hezuo fit`. */
  readonly fit: FitMessages;
  /** `hezuo score`. */
  readonly score: ScoreMessages;
  /** `hezuo monitor`. */
  readonly monitor: MonitorMessages;
  /** `hezuo export`. */
  readonly export: ExportMessages;
  /** Usage problems. */
  readonly usage: ScorecardUsageMessages;
}

const zhLine = (line: number | undefined) => (line === undefined ? '' : `（第 ${line} 行）`);
const enLine = (line: number | undefined) => (line === undefined ? '' : ` (line ${line})`);

const zhCN: ScorecardMessages = {
  files: {
    fileNotFound: (path) => `找不到文件：${path}`,
    fileIsDirectory: (path) => `${path} 是目录，不是文件`,
    fileNotPermitted: (path) => `没有权限读写文件：${path}`,
    fileError: (path, detail) => `文件 ${path} 读写出错：${detail}`,
    emptyCsv: (path) => `${path} 是空文件：CSV 第一行应为列名`,
    noDataRows: (path) => `${path} 只有表头，没有数据行`,
    emptyColumnName: (path, position) => `${path} 表头第 ${position} 列没有列名`,
    duplicateColumn: (path, column) => `${path} 表头有两列都叫“${column}”`,
    missingColumn: (path, column) => `${path} 没有“${column}”列`,
    raggedRow: (path, row, line, got, expected) =>
      `${path} 第 ${row} 行数据（第 ${line} 行）有 ${got} 个字段，表头有 ${expected} 列`,
    malformedCsv: (path, line, detail) => `${path} 第 ${line} 行不是合法的 CSV：${detail}`,
    badNumber: (path, row, line, column, value) =>
      `${path} 第 ${row} 行数据${zhLine(line)}，“${column}”列：“${value}”不是数字`,
    atRow: (path, row, line) => `（${path} 第 ${row} 行数据${zhLine(line)}）`,
    notJson: (path, detail) => `模型文件 ${path} 不是 JSON：${detail}`,
    badModel: (path, detail) => `模型文件 ${path} 不是有效的评分卡模型：${detail}`,
  },
  fit: {
    read: (path, rows, target, bads, goods) =>
      `读取 ${path}：${rows} 行，结果列“${target}”中坏 ${bads} 行、好 ${goods} 行`,
    heading: (minIv) => `特征（信息值 IV ≥ ${minIv} 入选）：`,
    characteristic: (id, type, iv, status) => `  ${id}　${type}　IV ${iv}　${status}`,
    types: { numeric: '数值', categorical: '类别' },
    statuses: {
      selected: '入模',
      forced: '强制入模',
      belowThreshold: '未入选',
      reversed: '剔除（系数反向）',
    },
    regression: (converged, iterations) =>
      converged ? `逻辑回归：已收敛（${iterations} 次迭代）` : `逻辑回归：未收敛（${iterations} 次迭代）`,
    training: (auc, gini, ks) => `训练样本区分度：AUC ${auc}，Gini ${gini}，KS ${ks}`,
    scoreRange: (min, max) => `分数范围：${min} 至 ${max}`,
    modelWritten: (path, kept, candidates) =>
      `模型已写入 ${path}（${candidates} 个候选特征中 ${kept} 个入模）`,
    modelNotWritten: '未指定 -o，模型未保存',
    reportWritten: (path) => `拟合报告已写入 ${path}`,
  },
  score: {
    done: (rows, path) => `已评分 ${rows} 行，写入 ${path}`,
    progress: (percent, rows) => `${percent}%　已评分 ${rows} 行`,
  },
  monitor: {
    heading: (modelId, version, asOf) => `模型 ${modelId}（版本 ${version}）监测报告，截至 ${asOf}`,
    samples: (baseline, baselineRows, current, currentRows) =>
      `基准样本 ${baseline}：${baselineRows} 行；当前样本 ${current}：${currentRows} 行`,
    scores: (psi, verdict) => `分数 PSI ${psi}（${verdict}）`,
    characteristicsHeading: '特征 PSI（按模型分箱）：',
    characteristic: (id, psi, verdict) => `  ${id}　${psi}　${verdict}`,
    worst: (verdict) => `总体结论：${verdict}`,
    discrimination: (auc, gini, ks) => `当前样本区分度：AUC ${auc}，Gini ${gini}，KS ${ks}`,
    badRateHeading: '各等级坏账率（当前样本）：',
    gradeRate: (grade, bads, count, rate) => `  ${grade}　${bads}/${count}　${rate ?? '—'}`,
    reportWritten: (path) => `监测报告已写入 ${path}`,
  },
  export: {
    written: (path, format) => `已导出 ${format.toUpperCase()}，写入 ${path}`,
  },
  usage: {
    missingArgument: (name) => `缺少参数：${name}`,
    missingOption: (option) => `缺少必填选项 ${option}`,
    invalidValue: (option, value, expected) => `选项 ${option} 的值“${value}”无效：${expected}`,
    onlyWith: (option, other) => `选项 ${option} 只能与 ${other} 一起使用`,
    outputColumnClash: (column) => `列“${column}”与输出列重名`,
    sameFile: (path) => `输出文件 ${path} 就是输入文件`,
    expectNumber: '应为数字',
    expectPositive: '应为大于 0 的数',
    expectDate: '应为 YYYY-MM-DD 格式的日期',
    expectOneOf: (values) => `可选值：${values.join('、')}`,
    expectText: '不能为空',
    commandUsage: {
      fit: [
        '用法：hezuo fit <数据.csv> --target <列> --bad <值> [选项]',
        '',
        '从 CSV 拟合评分卡（分箱、WOE、逻辑回归、PDO 刻度），打印拟合报告。',
        '空单元格为缺失值；列的类型按第一个非空值推断（数字为数值型，否则为类别型）。',
        '',
        '选项：',
        '  --target <列>              结果列（必填）',
        '  --bad <值>                 结果列中表示“坏”的值（必填），另一个值为“好”',
        '  -o, --output <文件>        把模型 JSON 写入文件',
        '  --report <文件>            把完整拟合报告 JSON 写入文件',
        '  --characteristics <列,…>   只用这些列作特征（默认：除结果列外的所有列）',
        '  --exclude <列,…>           不作特征的列（如编号列）',
        '  --categorical <列,…>       按类别处理的列',
        '  --min-iv <数>              入选的最小信息值（默认 0.02）',
        '  --base-score <分>          基准分（默认 600）',
        '  --base-odds <好坏比>       基准分对应的好坏比（默认 50）',
        '  --pdo <分>                 好坏比翻倍所需分数（默认 20）',
        '  --model-id <id>            模型编号（默认 fitted-scorecard）',
        '  --model-version <版本>     模型版本（默认 1）',
      ],
      score: [
        '用法：hezuo score --model <模型.json> <输入.csv> [选项]',
        '',
        '逐行流式评分。输出 CSV 的列：键列、score、grade、reason_1 至 reason_4（失分最多的特征）。',
        '',
        '选项：',
        '  --model <文件>             模型 JSON（必填）',
        '  -o, --output <文件>        输出 CSV（默认写到标准输出）',
        '  --key <列,…>               原样带到输出的列（如编号）',
      ],
      monitor: [
        '用法：hezuo monitor --model <模型.json> <基准.csv> <当前.csv> [选项]',
        '',
        '比较基准样本与当前样本：分数与各特征（按模型分箱）的群体稳定性指数 PSI；',
        '给出结果列时，再计算当前样本的区分度（AUC、Gini、KS）与各等级坏账率。',
        '',
        '选项：',
        '  --model <文件>             模型 JSON（必填）',
        '  --target <列>              当前样本的结果列',
        '  --bad <值>                 结果列中表示“坏”的值（与 --target 一起使用）',
        '  --as-of <日期>             报告日期 YYYY-MM-DD（默认今天）',
        '  --json <文件>              把完整监测报告 JSON 写入文件',
      ],
      export: [
        '用法：hezuo export --model <模型.json> --format <sql|pmml> [选项]',
        '',
        '把模型导出为 SQL 查询（PostgreSQL、Spark SQL）或 PMML 4.4 评分卡，评分与本库一致。',
        '',
        '选项：',
        '  --model <文件>             模型 JSON（必填）',
        '  --format <sql|pmml>        导出格式（必填）',
        '  --dialect <postgres|spark> SQL 方言（sql 必填）',
        '  --table <表名>             被评分的表（默认 applicants）',
        '  --key <列,…>               带到结果中的键列',
        '  --grade                    加上 grade 列',
        '  --points                   每个特征加上 points_<特征> 列',
        '  -o, --output <文件>        写入文件（默认写到标准输出）',
      ],
    },
  },
};

const en: ScorecardMessages = {
  files: {
    fileNotFound: (path) => `File not found: ${path}`,
    fileIsDirectory: (path) => `${path} is a directory, not a file`,
    fileNotPermitted: (path) => `Not permitted to read or write ${path}`,
    fileError: (path, detail) => `Could not read or write ${path}: ${detail}`,
    emptyCsv: (path) => `${path} is empty: the first line of a CSV file names its columns`,
    noDataRows: (path) => `${path} has a header but no data rows`,
    emptyColumnName: (path, position) => `${path}: column ${position} of the header has no name`,
    duplicateColumn: (path, column) => `${path}: two columns of the header are named "${column}"`,
    missingColumn: (path, column) => `${path} has no column "${column}"`,
    raggedRow: (path, row, line, got, expected) =>
      `${path}, data row ${row} (line ${line}): ${got} fields, but the header has ${expected} columns`,
    malformedCsv: (path, line, detail) => `${path}, line ${line}: not valid CSV: ${detail}`,
    badNumber: (path, row, line, column, value) =>
      `${path}, data row ${row}${enLine(line)}, column "${column}": "${value}" is not a number`,
    atRow: (path, row, line) => ` (${path}, data row ${row}${enLine(line)})`,
    notJson: (path, detail) => `Model file ${path} is not JSON: ${detail}`,
    badModel: (path, detail) => `Model file ${path} is not a valid scorecard model: ${detail}`,
  },
  fit: {
    read: (path, rows, target, bads, goods) =>
      `Read ${path}: ${rows} rows, ${bads} bad and ${goods} good by column "${target}"`,
    heading: (minIv) => `Characteristics (selected at information value ≥ ${minIv}):`,
    characteristic: (id, type, iv, status) => `  ${id}  ${type}  IV ${iv}  ${status}`,
    types: { numeric: 'numeric', categorical: 'categorical' },
    statuses: {
      selected: 'selected',
      forced: 'forced',
      belowThreshold: 'left out',
      reversed: 'left out (reversed coefficient)',
    },
    regression: (converged, iterations) =>
      converged
        ? `Logistic regression: converged (${iterations} iterations)`
        : `Logistic regression: NOT converged (${iterations} iterations)`,
    training: (auc, gini, ks) => `Discrimination on the rows fitted: AUC ${auc}, Gini ${gini}, KS ${ks}`,
    scoreRange: (min, max) => `Score range: ${min} to ${max}`,
    modelWritten: (path, kept, candidates) =>
      `Model written to ${path} (${kept} of ${candidates} characteristics)`,
    modelNotWritten: 'No -o given: the model was not saved',
    reportWritten: (path) => `Fit report written to ${path}`,
  },
  score: {
    done: (rows, path) => `Scored ${rows} rows into ${path}`,
    progress: (percent, rows) => `${percent}%  ${rows} rows scored`,
  },
  monitor: {
    heading: (modelId, version, asOf) => `Monitoring of model ${modelId} (version ${version}) as of ${asOf}`,
    samples: (baseline, baselineRows, current, currentRows) =>
      `Baseline ${baseline}: ${baselineRows} rows; current ${current}: ${currentRows} rows`,
    scores: (psi, verdict) => `Score PSI ${psi} (${verdict})`,
    characteristicsHeading: "Characteristic PSI (over the model's bins):",
    characteristic: (id, psi, verdict) => `  ${id}  ${psi}  ${verdict}`,
    worst: (verdict) => `Overall: ${verdict}`,
    discrimination: (auc, gini, ks) =>
      `Discrimination on the current sample: AUC ${auc}, Gini ${gini}, KS ${ks}`,
    badRateHeading: 'Bad rate by grade (current sample):',
    gradeRate: (grade, bads, count, rate) => `  ${grade}  ${bads}/${count}  ${rate ?? '—'}`,
    reportWritten: (path) => `Monitoring report written to ${path}`,
  },
  export: {
    written: (path, format) => `Exported ${format.toUpperCase()} to ${path}`,
  },
  usage: {
    missingArgument: (name) => `Missing argument: ${name}`,
    missingOption: (option) => `Missing required option ${option}`,
    invalidValue: (option, value, expected) => `Option ${option}: "${value}" is not valid: ${expected}`,
    onlyWith: (option, other) => `Option ${option} goes only with ${other}`,
    outputColumnClash: (column) => `Column "${column}" clashes with an output column`,
    sameFile: (path) => `The output file ${path} is the input file`,
    expectNumber: 'expected a number',
    expectPositive: 'expected a number above 0',
    expectDate: 'expected a date YYYY-MM-DD',
    expectOneOf: (values) => `expected one of ${values.join(', ')}`,
    expectText: 'expected a non-empty text',
    commandUsage: {
      fit: [
        'Usage: hezuo fit <data.csv> --target <column> --bad <value> [options]',
        '',
        'Fits a scorecard from a CSV file (binning, WOE, logistic regression, PDO scaling) and',
        'prints the fit report. Empty cells are missing; a column is numeric when its first',
        'non-empty value is a number, categorical otherwise.',
        '',
        'Options:',
        '  --target <column>          The outcome column (required)',
        '  --bad <value>              The outcome that means bad (required); the other means good',
        '  -o, --output <file>        Write the model JSON to a file',
        '  --report <file>            Write the full fit report JSON to a file',
        '  --characteristics <c,…>    Use only these columns (default: every column but the target)',
        '  --exclude <c,…>            Columns that are not characteristics (an id column)',
        '  --categorical <c,…>        Columns to treat as categories',
        '  --min-iv <number>          Smallest information value selected (default 0.02)',
        '  --base-score <points>      The score at the base odds (default 600)',
        '  --base-odds <odds>         Odds good:bad at the base score (default 50)',
        '  --pdo <points>             Points to double the odds (default 20)',
        '  --model-id <id>            Model id (default fitted-scorecard)',
        '  --model-version <version>  Model version (default 1)',
      ],
      score: [
        'Usage: hezuo score --model <model.json> <input.csv> [options]',
        '',
        'Scores a CSV file row by row, streaming. Output columns: the key columns, score, grade,',
        'reason_1 to reason_4 (the characteristics that lost most points).',
        '',
        'Options:',
        '  --model <file>             The model JSON (required)',
        '  -o, --output <file>        The output CSV (default: standard output)',
        '  --key <c,…>                Columns passed through to the output (an id)',
      ],
      monitor: [
        'Usage: hezuo monitor --model <model.json> <baseline.csv> <current.csv> [options]',
        '',
        "Compares a baseline and a current sample: population stability (PSI) of the scores and of each characteristic over the model's bins;",
        'with an outcome column, discrimination (AUC, Gini, KS) and bad rate by grade of the current sample.',
        '',
        'Options:',
        '  --model <file>             The model JSON (required)',
        "  --target <column>          The current sample's outcome column",
        '  --bad <value>              The outcome that means bad (with --target)',
        '  --as-of <date>             The report date YYYY-MM-DD (default today)',
        '  --json <file>              Write the full monitoring report JSON to a file',
      ],
      export: [
        'Usage: hezuo export --model <model.json> --format <sql|pmml> [options]',
        '',
        'Exports the model as an SQL query (PostgreSQL, Spark SQL) or a PMML 4.4 scorecard that',
        'scores exactly as the library does.',
        '',
        'Options:',
        '  --model <file>             The model JSON (required)',
        '  --format <sql|pmml>        The format (required)',
        '  --dialect <postgres|spark> The SQL dialect (required for sql)',
        '  --table <name>             The table to score (default applicants)',
        '  --key <c,…>                Key columns passed through',
        '  --grade                    Add a grade column',
        '  --points                   Add a points_<characteristic> column per characteristic',
        '  -o, --output <file>        Write to a file (default: standard output)',
      ],
    },
  },
};

/** The scorecard commands' messages, in Simplified Chinese and English. */
export const SCORECARD_MESSAGES: Readonly<Record<Locale, ScorecardMessages>> = Object.freeze({
  'zh-CN': zhCN,
  en,
});
