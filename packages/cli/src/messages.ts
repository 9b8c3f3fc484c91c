import type { Locale } from '@hezuo/core';
import type { TrusteeshipContractStatus } from '@hezuo/trusteeship';
import { SCORECARD_MESSAGES, type ScorecardMessages } from './scorecardMessages';

/** Every line the CLI prints, in one language. Functions fill in values already formatted. */
export interface CliMessages {
  /** The `help` text, one line per entry. */
  readonly usage: readonly string[];
  /** Printed for a command the CLI does not know. */
  unknownCommand(command: string): string;
  /** Printed for an option the CLI does not know. */
  unknownOption(option: string): string;
  /** Printed when an option that needs a value has none. */
  missingValue(option: string): string;
  /** Printed for a `--lang` value other than `zh-CN` or `en`. */
  unsupportedLanguage(lang: string): string;
  /** Printed for a positional argument after the command. */
  unexpectedArgument(argument: string): string;
  /** Points at the help after a usage error. */
  readonly seeHelp: string;
  /** Printed when an operation fails with a `HezuoError`. */
  failed(code: string, message: string): string;
  /** Printed when an operation fails for a reason the CLI states itself (a missing file). */
  failedBecause(message: string): string;
  /** Printed when an operation fails with anything else. */
  unexpectedFailure(message: string): string;
  /** The lines of the `demo` command. */
  readonly demo: DemoMessages;
  /** The lines of the scorecard commands: `fit`, `score`, `monitor`, `export`. */
  readonly scorecard: ScorecardMessages;
}

/** The lines of the `demo` command, in one language. */
export interface DemoMessages {
  /** The title line. */
  title(version: string): string;
  /** The as-of date line. */
  asOf(date: string): string;
  /** Section heading: identity checks. */
  readonly identityHeading: string;
  /** A checked resident ID, masked. */
  residentId(masked: string): string;
  /** Date of birth and sex decoded from the resident ID. */
  birthAndSex(birthDate: string, sex: 'male' | 'female'): string;
  /** A checked unified social credit code, masked. */
  uscc(masked: string): string;
  /** The entity kind decoded from the credit code. */
  entityKind(label: string): string;
  /** Section heading: the cooperative, its founding and a vote. */
  readonly cooperativeHeading: string;
  /** The demo cooperative's name. */
  readonly cooperativeName: string;
  /** The founded cooperative. */
  founded(name: string, foundedOn: string, members: number, farmerPercent: string): string;
  /** The additional-vote holders announced at the meeting (Art. 22). */
  additionalVotes(holders: readonly string[], members: number): string;
  /** One holder of additional votes. */
  holder(memberId: string, votes: number): string;
  /** The outcome of a resolution. */
  vote(
    kind: string,
    present: number,
    members: number,
    votesFor: number,
    totalVotes: number,
    required: number,
    passed: boolean,
  ): string;
  /** Section heading: trusteeship and credit. */
  readonly trusteeshipHeading: string;
  /** A recorded trusteeship contract. */
  contractRecorded(
    id: string,
    memberId: string,
    areaMu: string,
    status: TrusteeshipContractStatus,
    startDate: string,
  ): string;
  /** Heading of a member's credit characteristics. */
  creditFor(memberId: string, asOf: string): string;
  /** One credit characteristic and its value. */
  creditValue(label: string, value: string): string;
  /** A credit characteristic with no record. */
  readonly noRecord: string;
  /** The names of units of credit characteristics. */
  readonly units: Readonly<Record<string, string>>;
  /** Section heading: surplus distribution. */
  readonly surplusHeading: string;
  /** The surplus, the reserve drawn and what is left to distribute. */
  surplusTotals(surplus: string, reserve: string, distributable: string): string;
  /** The patronage refund and the dividend. */
  surplusSplit(patronage: string, percent: string, dividend: string): string;
  /** Heading of a member statement. */
  statementFor(memberId: string): string;
  /** One line of a member statement. */
  statementLine(label: string, amount: string): string;
  /** The check that the shares add up to the surplus. */
  surplusCheck(sum: string, ok: boolean): string;
  /** Section heading: loan interest. */
  readonly interestHeading: string;
  /** The loan terms. */
  interestTerms(
    principal: string,
    ratePercent: string,
    start: string,
    end: string,
    days: number,
    dayCount: string,
  ): string;
  /** The interest. */
  interestResult(interest: string): string;
  /** Section heading: farm inputs. */
  readonly agriInputHeading: string;
  /** The product and its bag. */
  fertilizerBag(name: string, bagKg: string, price: string): string;
  /** The trusteeship quote's heading. */
  readonly quoteHeading: string;
  /** One line of a quote or settlement. */
  amountLine(text: string, amount: string): string;
  /** Labels of settlement entries (their free-text descriptions are the host's). */
  readonly entryLabels: Readonly<Record<'inputAdvance' | 'saleProceeds' | 'prepayment', string>>;
  /** A quote's total. */
  quoteTotal(total: string): string;
  /** The settlement's heading. */
  readonly settlementHeading: string;
  /** Who pays what at settlement. */
  settlementPayable(payer: 'farmer' | 'serviceCenter' | 'nobody', amount: string): string;
  /** The soil-test fertilising plan's heading. */
  readonly fertilisingHeading: string;
  /** One line of a whole-bag purchase. */
  bagLine(name: string, bags: number, kg: string, cost: string): string;
  /** The whole-bag purchase's total. */
  bagTotal(cost: string): string;
  /** The nutrients in one bag. */
  nutrients(parts: readonly string[]): string;
  /** One nutrient amount. */
  nutrientAmount(label: string, kg: string): string;
  /** The closing line. */
  done(ok: boolean): string;
}

const ZH_STATUS: Readonly<Record<TrusteeshipContractStatus, string>> = {
  draft: '草拟',
  signed: '已签订',
  active: '履行中',
  completed: '已完成',
  settled: '已结算',
  terminated: '已终止',
};

const EN_STATUS: Readonly<Record<TrusteeshipContractStatus, string>> = {
  draft: 'draft',
  signed: 'signed',
  active: 'active',
  completed: 'completed',
  settled: 'settled',
  terminated: 'terminated',
};

const zhCN: CliMessages = {
  usage: [
    '用法：hezuo <命令> [选项]',
    '',
    '命令：',
    '  fit <数据.csv>     从 CSV 拟合评分卡：--target <列> --bad <值> [-o 模型.json]',
    '  score <输入.csv>   用模型逐行评分：--model <模型.json> [-o 输出.csv]',
    '  monitor <基准.csv> <当前.csv>',
    '                     监测分数与特征的稳定性及区分度：--model <模型.json>',
    '  export             导出模型：--model <模型.json> --format sql|pmml [--dialect postgres|spark]',
    '  demo               运行端到端演示：身份核验、合作社设立与表决、土地托管与信用特征、盈余分配、贷款利息、农资养分',
    '  help [命令]        显示本帮助或某个命令的帮助',
    '',
    '选项：',
    '  --lang <zh-CN|en>  输出语言（默认 zh-CN）',
    '  -h, --help         显示本帮助',
    '  -v, --version      显示版本号',
  ],
  unknownCommand: (command) => `未知命令：${command}`,
  unknownOption: (option) => `未知选项：${option}`,
  missingValue: (option) => `选项 ${option} 需要一个值`,
  unsupportedLanguage: (lang) => `不支持的语言：${lang}（可用：zh-CN、en）`,
  unexpectedArgument: (argument) => `多余的参数：${argument}`,
  seeHelp: '运行 hezuo help 查看用法。',
  failed: (code, message) => `出错了（${code}）：${message}`,
  failedBecause: (message) => `出错了：${message}`,
  unexpectedFailure: (message) => `意外错误：${message}`,
  demo: {
    title: (version) => `合作社服务 SDK 演示（Hezuo ${version}）`,
    asOf: (date) => `评估日：${date}`,
    identityHeading: '【身份核验】',
    residentId: (masked) => `  居民身份证：${masked}（校验通过）`,
    birthAndSex: (birthDate, sex) => `  出生日期：${birthDate}　性别：${sex === 'male' ? '男' : '女'}`,
    uscc: (masked) => `  统一社会信用代码：${masked}（校验通过）`,
    entityKind: (label) => `  主体类型：${label}`,
    cooperativeHeading: '【合作社设立与表决】',
    cooperativeName: '高密市丰收粮食种植专业合作社',
    founded: (name, foundedOn, members, farmerPercent) =>
      `  ${name} 于 ${foundedOn} 设立：成员 ${members} 名，农民占 ${farmerPercent}%（不低于 80%，第二十条）`,
    additionalVotes: (holders, members) =>
      `  附加表决权（按交易额，不超过基本表决权 ${members} 票的 20%，第二十二条）：${holders.join('、')}`,
    holder: (memberId, votes) => `${memberId} ${votes} 票`,
    vote: (kind, present, members, votesFor, totalVotes, required, passed) =>
      `  修改章程（${kind}）：出席 ${present}/${members}，赞成 ${votesFor} 票 / 总表决权 ${totalVotes} 票，需 ${required} 票，${passed ? '通过' : '未通过'}`,
    trusteeshipHeading: '【土地托管与信用特征】',
    contractRecorded: (id, memberId, areaMu, status, startDate) =>
      `  已登记托管合同 ${id}：成员 ${memberId}，${areaMu} 亩，${ZH_STATUS[status]}，${startDate} 起`,
    creditFor: (memberId, asOf) => `  成员 ${memberId} 的信用特征（截至 ${asOf}）：`,
    creditValue: (label, value) => `    ${label}：${value}`,
    noRecord: '无记录',
    units: { mu: '亩', years: '年', count: '次' },
    surplusHeading: '【盈余分配】',
    surplusTotals: (surplus, reserve, distributable) =>
      `  当年盈余 ${surplus}，提取公积金 ${reserve}，可分配盈余 ${distributable}（第四十二、四十四条）`,
    surplusSplit: (patronage, percent, dividend) =>
      `  按交易量（额）返还 ${patronage}（${percent}%，不低于 60%），按出资额和公积金份额等分配 ${dividend}`,
    statementFor: (memberId) => `  成员 ${memberId} 的盈余分配明细：`,
    statementLine: (label, amount) => `    ${label}：${amount}`,
    surplusCheck: (sum, ok) =>
      `  各成员分配合计：${sum}${ok ? '，等于可分配盈余 ✓' : '，不等于可分配盈余 ✗'}`,
    interestHeading: '【贷款利息】',
    interestTerms: (principal, ratePercent, start, end, days, dayCount) =>
      `  本金 ${principal}，年利率 ${ratePercent}，${start} 至 ${end}（${days} 天，${dayCount} 计息）`,
    interestResult: (interest) => `  利息：${interest}`,
    agriInputHeading: '【农资】',
    fertilizerBag: (name, bagKg, price) => `  ${name}，每袋 ${bagKg} 公斤，${price}`,
    quoteHeading: '【菜单式托管报价（高密 2014 年小麦价格）】',
    amountLine: (text, amount) => `    ${text}：${amount}`,
    quoteTotal: (total) => `  报价合计：${total}`,
    entryLabels: { inputAdvance: '农资垫付', saleProceeds: '代售粮款', prepayment: '预交费用' },
    settlementHeading: '【托管结算（按实际作业面积）】',
    settlementPayable: (payer, amount) =>
      payer === 'farmer'
        ? `  农户应付：${amount}`
        : payer === 'serviceCenter'
          ? `  服务中心应付农户：${amount}`
          : '  两清，无需支付',
    fertilisingHeading: '【测土配方施肥：5 亩冬小麦】',
    bagLine: (name, bags, kg, cost) => `    ${name} ${bags} 袋（${kg} 公斤），${cost}`,
    bagTotal: (cost) => `  整袋最低成本采购：${cost}`,
    nutrients: (parts) => `  每袋含${parts.join('、')}`,
    nutrientAmount: (label, kg) => `${label}${kg} 公斤`,
    done: (ok) => (ok ? '演示完成，所有核对均通过。' : '演示完成，但有核对未通过。'),
  },
  scorecard: SCORECARD_MESSAGES['zh-CN'],
};

const en: CliMessages = {
  usage: [
    'Usage: hezuo <command> [options]',
    '',
    'Commands:',
    '  fit <data.csv>     Fit a scorecard from a CSV file: --target <column> --bad <value> [-o model.json]',
    '  score <input.csv>  Score a CSV file row by row: --model <model.json> [-o output.csv]',
    '  monitor <baseline.csv> <current.csv>',
    '                     Monitor the stability and discrimination of scores: --model <model.json>',
    '  export             Export the model: --model <model.json> --format sql|pmml [--dialect postgres|spark]',
    '  demo               Run the end-to-end demo: identity checks, a cooperative founded and a vote,',
    '                     land trusteeship and credit, surplus distribution, loan interest, fertiliser nutrients',
    '  help [command]     Show this help, or the help of a command',
    '',
    'Options:',
    '  --lang <zh-CN|en>  Output language (default zh-CN)',
    '  -h, --help         Show this help',
    '  -v, --version      Show the version',
  ],
  unknownCommand: (command) => `Unknown command: ${command}`,
  unknownOption: (option) => `Unknown option: ${option}`,
  missingValue: (option) => `Option ${option} needs a value`,
  unsupportedLanguage: (lang) => `Unsupported language: ${lang} (available: zh-CN, en)`,
  unexpectedArgument: (argument) => `Unexpected argument: ${argument}`,
  seeHelp: 'Run hezuo help for usage.',
  failed: (code, message) => `Failed (${code}): ${message}`,
  failedBecause: (message) => `Failed: ${message}`,
  unexpectedFailure: (message) => `Unexpected error: ${message}`,
  demo: {
    title: (version) => `Rural cooperative services SDK demo (Hezuo ${version})`,
    asOf: (date) => `As of: ${date}`,
    identityHeading: '[Identity checks]',
    residentId: (masked) => `  Resident ID: ${masked} (valid)`,
    birthAndSex: (birthDate, sex) => `  Date of birth: ${birthDate}  Sex: ${sex}`,
    uscc: (masked) => `  Unified social credit code: ${masked} (valid)`,
    entityKind: (label) => `  Entity kind: ${label}`,
    cooperativeHeading: '[A cooperative founded, and a vote]',
    cooperativeName: "Gaomi Fengshou Grain Growers' Cooperative",
    founded: (name, foundedOn, members, farmerPercent) =>
      `  ${name} founded on ${foundedOn}: ${members} members, ${farmerPercent} % farmers (at least 80 %, Art. 20)`,
    additionalVotes: (holders, members) =>
      `  Additional votes (by patronage, at most 20 % of the ${members} basic votes, Art. 22): ${holders.join(', ')}`,
    holder: (memberId, votes) => `${memberId} ${votes}`,
    vote: (kind, present, members, votesFor, totalVotes, required, passed) =>
      `  Charter amendment (${kind}): ${present} of ${members} present, ${votesFor} of ${totalVotes} votes for, ${required} needed: ${passed ? 'passed' : 'failed'}`,
    trusteeshipHeading: '[Land trusteeship and credit characteristics]',
    contractRecorded: (id, memberId, areaMu, status, startDate) =>
      `  Recorded trusteeship contract ${id}: member ${memberId}, ${areaMu} mu, ${EN_STATUS[status]}, from ${startDate}`,
    creditFor: (memberId, asOf) => `  Credit characteristics of member ${memberId} (as of ${asOf}):`,
    creditValue: (label, value) => `    ${label}: ${value}`,
    noRecord: 'no record',
    units: { mu: 'mu', years: 'years', count: 'times' },
    surplusHeading: '[Surplus distribution]',
    surplusTotals: (surplus, reserve, distributable) =>
      `  Surplus ${surplus}, reserve drawn ${reserve}, distributable ${distributable} (Arts. 42, 44)`,
    surplusSplit: (patronage, percent, dividend) =>
      `  Patronage refund ${patronage} (${percent} %, at least 60 %), dividend on capital and reserve shares ${dividend}`,
    statementFor: (memberId) => `  Statement of member ${memberId}:`,
    statementLine: (label, amount) => `    ${label}: ${amount}`,
    surplusCheck: (sum, ok) =>
      `  Distributed to members: ${sum}${ok ? ', equal to the distributable surplus ✓' : ', NOT equal to the distributable surplus ✗'}`,
    interestHeading: '[Loan interest]',
    interestTerms: (principal, ratePercent, start, end, days, dayCount) =>
      `  Principal ${principal} at ${ratePercent} a year, ${start} to ${end} (${days} days, ${dayCount})`,
    interestResult: (interest) => `  Interest: ${interest}`,
    agriInputHeading: '[Farm inputs]',
    fertilizerBag: (name, bagKg, price) => `  ${name}, ${bagKg} kg bag, ${price}`,
    quoteHeading: '[Menu trusteeship quote (Gaomi 2014 wheat prices)]',
    amountLine: (text, amount) => `    ${text}: ${amount}`,
    quoteTotal: (total) => `  Quote total: ${total}`,
    entryLabels: {
      inputAdvance: 'Input advance',
      saleProceeds: 'Sale proceeds',
      prepayment: 'Paid in advance',
    },
    settlementHeading: '[Trusteeship settlement (area actually worked)]',
    settlementPayable: (payer, amount) =>
      payer === 'farmer'
        ? `  The farmer pays: ${amount}`
        : payer === 'serviceCenter'
          ? `  The service centre pays the farmer: ${amount}`
          : '  Settled, nothing to pay',
    fertilisingHeading: '[Soil-test fertilising: 5 mu of winter wheat]',
    bagLine: (name, bags, kg, cost) => `    ${name}: ${bags} bags (${kg} kg), ${cost}`,
    bagTotal: (cost) => `  Least-cost purchase in whole bags: ${cost}`,
    nutrients: (parts) => `  One bag holds ${parts.join(', ')}`,
    nutrientAmount: (label, kg) => `${kg} kg ${label}`,
    done: (ok) => (ok ? 'Demo complete; every check passed.' : 'Demo complete, but a check failed.'),
  },
  scorecard: SCORECARD_MESSAGES.en,
};

/** The CLI's message catalogue: every line it prints, in Simplified Chinese and English. */
export const CLI_MESSAGES: Readonly<Record<Locale, CliMessages>> = Object.freeze({ 'zh-CN': zhCN, en });
