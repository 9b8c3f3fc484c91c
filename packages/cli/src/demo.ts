import { agriInput, EXAMPLE_FERTILISING_PLAN, NUTRIENT_LABELS, NUTRIENTS } from '@hezuo/agri-input';
import {
  checkRegisterComposition,
  createHezuo,
  currentMembers,
  DEFAULT_LOCALE,
  fixedClock,
  formatFen,
  HezuoError,
  type Locale,
  LocaleSchema,
  maskResidentId,
  maskUscc,
  type Party,
  parseInput,
  RESOLUTION_KIND_LABELS,
  residentIdCheckCharacter,
  STATEMENT_ITEM_LABELS,
  sumFen,
  validateResidentId,
  validateUscc,
} from '@hezuo/core';
import { daysBetween, finance } from '@hezuo/finance';
import {
  CONTRACT_STANDING_LABELS,
  type ContractStanding,
  exampleQuote,
  exampleSettlement,
  trusteeship,
} from '@hezuo/trusteeship';
import { type CliIo, CliIoSchema } from './io';
import { CLI_MESSAGES } from './messages';
import { VERSION } from './version';

/** The fixed facts the demo runs on, so its output is the same on every run. */
export const DEMO_DATA = Object.freeze({
  /** The demo clock's instant (China Standard Time). */
  now: '2026-06-30T09:00:00+08:00',
  /** The GB 11643-1999 sample resident ID (born 1949-12-31, female). */
  residentId: '11010519491231002X',
  /** A unified social credit code of an enterprise (GB 32100-2015). */
  uscc: '91350100M000100Y43',
  /** The trusteeship contract recorded for the first member. */
  contract: Object.freeze({
    id: 'TG-2026-001',
    memberId: 'M001',
    areaMu: 120.5,
    status: 'active',
    startDate: '2026-03-01',
  } as const),
  /** The year's surplus, in fen (¥12,345.67). */
  surplusFen: 1_234_567,
  /** The charter's reserve rate. */
  reserveRate: '0.1',
  /** Capital each founder subscribes and pays in, in fen (¥2,000.00). */
  capitalFen: 200_000,
  /** The members and their patronage (trade with the cooperative) in fen. */
  members: Object.freeze(['M001', 'M002', 'M003'] as const),
  /** Patronage weights of the members, in fen. */
  patronageFen: Object.freeze([523_000, 318_500, 158_500] as const),
  /** The loan principal in fen (¥10,000.00). */
  principalFen: 1_000_000,
  /** The annual rate (4.35%). */
  annualRate: '0.0435',
  /** The loan start date; it ends on the demo date. */
  loanStart: '2025-06-30',
  /** The catalogue product whose bag is analysed. */
  fertilizerId: 'npk-15-15-15',
  /** The cooperative founded in the demo. */
  cooperative: Object.freeze({
    kind: 'cooperative',
    id: 'gaomi-fengshou',
    name: '高密市丰收粮食种植专业合作社',
    regionCode: '370785',
  } as const),
  /** Founders: ten people, the last not a farmer. */
  founderCount: 10,
  /** Founding date. */
  foundedOn: '2026-01-10',
  /** The meeting that votes on a charter amendment, and how many attend and vote for it. */
  meeting: Object.freeze({ date: '2026-06-30', present: 8, inFavour: 7 }),
});

/** A founder: a GB 11643-valid resident ID is made up for each, and only ever shown masked. */
function demoFounder(n: number): Party {
  const first17 = `370785197${n % 10}0${1 + (n % 9)}1${n % 10}${String(n).padStart(3, '0')}`;
  return {
    kind: 'naturalPerson',
    id: `M${String(n).padStart(3, '0')}`,
    name: `成员${n}`,
    residentId: first17 + residentIdCheckCharacter(first17),
    farmer: n < DEMO_DATA.founderCount,
    regionCode: DEMO_DATA.cooperative.regionCode,
  };
}

/**
 * Runs the end-to-end demo, writing a readable summary to `io.stdout`: a client with the
 * finance, trusteeship and agri-input plugins and a fixed clock; a resident ID and a credit code
 * checked and printed masked; a cooperative founded under the law's rules, its members'
 * deliveries posted to their accounts, and a special resolution voted with additional votes;
 * a trusteeship contract recorded and the member's credit
 * characteristics computed; the year's surplus distributed (Arts. 42, 44) with one member's
 * statement and the sum checked; simple
 * interest on a loan; the nutrients in a bag of compound fertiliser.
 *
 * @param io - where lines go
 * @param locale - the language of the output; `zh-CN` by default
 * @returns whether every check passed (the allocation sum)
 * @throws HezuoError `INVALID_INPUT` for a bad `io` or `locale`; any error of the flow itself
 */
export async function runDemo(io: CliIo, locale: Locale = DEFAULT_LOCALE): Promise<boolean> {
  const out = parseInput(CliIoSchema, io, { path: ['io'] });
  const lang = parseInput(LocaleSchema, locale, { path: ['locale'] });
  const m = CLI_MESSAGES[lang].demo;
  const say = (line: string) => out.stdout(line);
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  const money = (fen: number) => formatFen(fen, { locale: lang });

  const hz = createHezuo({
    plugins: [finance(), trusteeship(), agriInput()],
    clock: fixedClock(DEMO_DATA.now),
    locale: lang,
  });
  const today = hz.clock.today();
  say(m.title(VERSION));
  say(m.asOf(today));

  // Identity: validate, then show only masked forms.
  say('');
  say(m.identityHeading);
  const person = validateResidentId(DEMO_DATA.residentId, { asOf: today });
  say(m.residentId(maskResidentId(person.id)));
  say(m.birthAndSex(person.birthDate, person.sex));
  const entity = validateUscc(DEMO_DATA.uscc);
  say(m.uscc(maskUscc(entity.code)));
  say(m.entityKind(entity.entityKindLabel[lang]));

  // A cooperative founded under the law's rules, its members' deliveries, and a vote.
  say('');
  say(m.cooperativeHeading);
  const founders = Array.from({ length: DEMO_DATA.founderCount }, (_, i) => demoFounder(i + 1));
  const register = await hz.cooperatives.found({
    cooperative: DEMO_DATA.cooperative,
    founders,
    foundedOn: DEMO_DATA.foundedOn,
  });
  const composition = checkRegisterComposition(currentMembers(register).map((member) => member.party));
  say(m.founded(m.cooperativeName, DEMO_DATA.foundedOn, composition.memberCount, composition.farmerPercent));
  // Each member's patronage is posted to its member account; the surplus below is split by it.
  await hz.cooperatives.postTransactions(
    DEMO_DATA.cooperative.id,
    DEMO_DATA.members.map((memberId, i) => ({
      id: `T-${memberId}`,
      cooperativeId: DEMO_DATA.cooperative.id,
      counterparty: { type: 'member' as const, memberId },
      kind: 'produceDelivery' as const,
      date: DEMO_DATA.foundedOn.replace('01-10', '06-12'),
      amount: DEMO_DATA.patronageFen[i] ?? 0,
    })),
  );
  const present = founders.slice(0, DEMO_DATA.meeting.present).map((f) => f.id);
  const outcome = await hz.cooperatives.decide(DEMO_DATA.cooperative.id, {
    resolution: {
      id: 'R-2026-01',
      subject: { type: 'charterAmendment' },
      meetingDate: DEMO_DATA.meeting.date,
    },
    attendance: present,
    ballots: present.map((memberId, i) => ({
      memberId,
      choice: i < DEMO_DATA.meeting.inFavour ? 'for' : 'against',
    })),
    additionalVotes: { basis: 'transactionAmount', fenPerVote: 200_000 },
  });
  say(
    m.additionalVotes(
      outcome.additionalVoteHolders.map((h) => m.holder(h.memberId, h.additionalVotes)),
      outcome.quorum.members,
    ),
  );
  say(
    m.vote(
      RESOLUTION_KIND_LABELS[outcome.kind][lang],
      outcome.quorum.present,
      outcome.quorum.members,
      outcome.votesFor,
      outcome.totalVotes,
      outcome.requiredVotes,
      outcome.passed,
    ),
  );

  // Trusteeship records become credit evidence.
  say('');
  say(m.trusteeshipHeading);
  const contract = await hz.trusteeship.recordContract(DEMO_DATA.contract);
  say(
    m.contractRecorded(
      contract.id,
      contract.memberId,
      number.format(contract.areaMu),
      contract.status,
      contract.startDate,
    ),
  );
  for (const memberId of [DEMO_DATA.members[0], DEMO_DATA.members[1]]) {
    const values = await hz.credit.compute(memberId, today);
    say(m.creditFor(memberId, today));
    // The trusteeship leg only: the characteristics its records give.
    for (const feature of hz.credit.list().filter((f) => f.plugin === 'trusteeship')) {
      const value = values[feature.id];
      const unit = feature.unit === undefined ? '' : ` ${m.units[feature.unit] ?? feature.unit}`;
      const shown =
        value === null || value === undefined
          ? m.noRecord
          : typeof value === 'number'
            ? feature.unit === 'share'
              ? percent.format(value)
              : `${number.format(value)}${unit}`
            : (CONTRACT_STANDING_LABELS[value as ContractStanding]?.[lang] ?? value);
      say(m.creditValue(feature.label[lang], shown));
    }
  }

  // The year's surplus distributed by Arts. 42 and 44, and one member's statement line by line.
  say('');
  say(m.surplusHeading);
  await hz.cooperatives.recordShareMovements(
    DEMO_DATA.cooperative.id,
    founders.flatMap((f) => [
      {
        type: 'subscription' as const,
        id: `S-${f.id}`,
        memberId: f.id,
        date: DEMO_DATA.foundedOn,
        amount: DEMO_DATA.capitalFen,
      },
      {
        type: 'payment' as const,
        id: `P-${f.id}`,
        memberId: f.id,
        date: DEMO_DATA.foundedOn,
        amount: DEMO_DATA.capitalFen,
      },
    ]),
  );
  const distribution = await hz.cooperatives.distributeSurplus(DEMO_DATA.cooperative.id, {
    year: Number(today.slice(0, 4)),
    surplus: DEMO_DATA.surplusFen,
    plan: { reserveRate: DEMO_DATA.reserveRate },
  });
  const totals = distribution.totals;
  say(m.surplusTotals(money(totals.surplus), money(totals.reserve), money(totals.distributable)));
  say(m.surplusSplit(money(totals.patronageRefund), totals.patronagePercent, money(totals.dividend)));
  const statement = distribution.statements.find((st) => st.memberId === DEMO_DATA.members[0]);
  if (statement) {
    say(m.statementFor(statement.memberId));
    for (const line of statement.lines) {
      if (line.item === 'convertedToCapital') continue;
      say(m.statementLine(STATEMENT_ITEM_LABELS[line.item][lang], money(line.amount)));
    }
  }
  const paidOut = sumFen(distribution.statements.map((st) => st.cashPayment + st.convertedToCapital));
  const sharesAddUp = paidOut === totals.distributable;
  say(m.surplusCheck(money(paidOut), sharesAddUp));

  // Simple interest, exact to the fen.
  say('');
  say(m.interestHeading);
  const { dayCount } = hz.finance.options;
  const days = daysBetween(DEMO_DATA.loanStart, today);
  const interest = hz.finance.simpleInterest(
    DEMO_DATA.principalFen,
    DEMO_DATA.annualRate,
    DEMO_DATA.loanStart,
    today,
  );
  const ratePercent = new Intl.NumberFormat(lang, { style: 'percent', minimumFractionDigits: 2 }).format(
    Number(DEMO_DATA.annualRate),
  );
  say(
    m.interestTerms(money(DEMO_DATA.principalFen), ratePercent, DEMO_DATA.loanStart, today, days, dayCount),
  );
  say(m.interestResult(money(interest)));

  // Nutrients in one bag of compound fertiliser.
  say('');
  say(m.agriInputHeading);
  const product = hz.agriInput.catalogue.find((p) => p.id === DEMO_DATA.fertilizerId);
  if (!product) {
    throw new HezuoError('NOT_FOUND', `the catalogue has no product "${DEMO_DATA.fertilizerId}"`, {
      path: ['catalogue'],
    });
  }
  const content = hz.agriInput.nutrientContentKg(product.grade, product.bagKg);
  say(m.fertilizerBag(product.name[lang], number.format(product.bagKg), money(product.priceFenPerBag)));
  say(
    m.nutrients(NUTRIENTS.map((n) => m.nutrientAmount(NUTRIENT_LABELS[n][lang], number.format(content[n])))),
  );

  // A menu trusteeship quote from the Gaomi 2014 price table, and a contract settled to the fen.
  say('');
  say(m.quoteHeading);
  const quote = exampleQuote();
  for (const line of quote.lines) {
    const text = line.kind === 'service' ? line.name[lang] : line.description[lang];
    say(m.amountLine(text, money(line.amountFen)));
  }
  say(m.quoteTotal(money(quote.totalFen)));
  say('');
  say(m.settlementHeading);
  const settlement = exampleSettlement();
  for (const line of settlement.lines) {
    const text =
      line.kind === 'inputAdvance' || line.kind === 'saleProceeds' || line.kind === 'prepayment'
        ? m.entryLabels[line.kind]
        : line.description[lang];
    say(m.amountLine(text, money(line.amountFen)));
  }
  say(m.settlementPayable(settlement.payer, money(settlement.payableFen)));

  // A soil-test fertilising plan: what the crop needs and why, then the least-cost whole bags.
  say('');
  say(m.fertilisingHeading);
  const plan = await hz.agriInput.planFertilising(EXAMPLE_FERTILISING_PLAN);
  for (const reason of plan.recommendation.reasons) say(`  ${reason[lang]}`);
  const blend = hz.agriInput.blend({
    need: plan.recommendation.nutrientKgForPlot,
    serviceCenterId: EXAMPLE_FERTILISING_PLAN.serviceCenterId,
  });
  say(m.bagTotal(money(blend.wholeBags.costFen)));
  for (const line of blend.wholeBags.lines) {
    say(m.bagLine(line.name[lang], line.bags, number.format(line.kg), money(line.costFen)));
  }

  say('');
  say(m.done(sharesAddUp));
  return sharesAddUp;
}
