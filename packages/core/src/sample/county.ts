/**
 * The shape of a generated county: plain, JSON-serialisable data. Records that a Hezuo API
 * takes as they stand (a cooperative, a natural person, a plot, a delivery, a trusteeship
 * contract, a fee payment, an input purchase, a loan opening, an installment, a service centre)
 * have exactly that API's fields, no more, so they pass its strict schemas; what the county adds
 * around them (English names, townships, the latent truth) sits in the wrapping object.
 */

/** A point on a Chinese web map: GCJ-02 longitude and latitude in degrees. */
export interface SamplePoint {
  /** Longitude, degrees east. */
  readonly lng: number;
  /** Latitude, degrees north. */
  readonly lat: number;
  /** Always `GCJ-02` (the datum of Chinese web maps); convert before measuring. */
  readonly datum: 'GCJ-02';
}

/** The county itself and the province it lies in. */
export interface CountyRegion {
  /** GB/T 2260 code of the county, `370785`. */
  readonly code: string;
  /** `高密市`. */
  readonly name: string;
  /** `Gaomi`. */
  readonly nameEn: string;
  /** `山东省`. */
  readonly province: string;
  /** `Shandong`. */
  readonly provinceEn: string;
  /** The province's group for the central premium subsidy: Shandong is an eastern province. */
  readonly subsidyRegion: 'east';
}

/** A township (乡镇) or urban subdistrict (街道) of the county. */
export interface Township {
  /** Its id in the county, `T01`…. */
  readonly id: string;
  /** Chinese name, e.g. `柏城镇`. */
  readonly name: string;
  /** English label, e.g. `Baicheng`. */
  readonly nameEn: string;
  /** A town (镇) or an urban subdistrict (街道). */
  readonly kind: 'town' | 'subdistrict';
  /** 9-digit township code extending the county code. */
  readonly regionCode: string;
  /** The township seat, where its service centre stands. */
  readonly centre: SamplePoint;
  /** The land it farms: plain (3 km service circle) or hill (6 km). */
  readonly terrain: 'plain' | 'hill';
  /** Its villages (行政村), by name. */
  readonly villages: readonly string[];
}

/** A cooperative as `hz.cooperatives.found` takes it (`CooperativeSchema`). */
export interface SampleCooperativeEntity {
  /** `cooperative` (农民专业合作社), `grassrootsCooperative` (基层社) or `cooperativeUnion` (联合社). */
  readonly kind: 'cooperative' | 'grassrootsCooperative' | 'cooperativeUnion';
  /** Its id. */
  readonly id: string;
  /** Its registered Chinese name. */
  readonly name: string;
  /** Its unified social credit code (GB 32100-2015), valid. */
  readonly uscc: string;
  /** Its township's 9-digit code (the county code for a union). */
  readonly regionCode: string;
  /** The day it was founded, `YYYY-MM-DD`. */
  readonly foundedOn: string;
}

/** The lines of trade a sample cooperative is in. */
export type CooperativeIndustry = 'grain' | 'carrot' | 'supplyAndMarketing';

/**
 * A grassroots supply-and-marketing co-op (基层社) or a farmer professional cooperative
 * (农民专业合作社) of one township. Its members are the households whose `cooperativeId` names
 * it; `founderIds` joined on its founding day (at least 5, all farmers, Arts. 12 and 20).
 */
export interface CountyCooperative {
  /** The cooperative as `hz.cooperatives.found` takes it. */
  readonly cooperative: SampleCooperativeEntity;
  /** English label. */
  readonly nameEn: string;
  /** The township it is registered in. */
  readonly townshipId: string;
  /** Its line of trade. */
  readonly industry: CooperativeIndustry;
  /** The crop codes its members deliver (`wheat`, `maize`, `carrot`). */
  readonly crops: readonly string[];
  /** The union it belongs to, or `null`. */
  readonly unionId: string | null;
  /** The service centre it runs (a grassroots co-op runs its township's), or `null`. */
  readonly serviceCenterId: string | null;
  /** The households that founded it, in id order. */
  readonly founderIds: readonly string[];
}

/** A union of farmer cooperatives (联合社, Art. 56): at least 3 member cooperatives. */
export interface CountyUnion {
  /** The union as `hz.cooperatives.found` takes it (`kind: 'cooperativeUnion'`). */
  readonly cooperative: SampleCooperativeEntity;
  /** English label. */
  readonly nameEn: string;
  /** Its member cooperatives, founders all, in id order. */
  readonly memberCooperativeIds: readonly string[];
}

/** The county federation of farmers' cooperatives (农合联) as core's `FederationSchema` reads it. */
export interface SampleFederationEntity {
  /** `federation`. */
  readonly kind: 'federation';
  /** Its id. */
  readonly id: string;
  /** Chinese name. */
  readonly name: string;
  /** `county`. */
  readonly level: 'county';
  /** `regional`. */
  readonly type: 'regional';
  /** The county code. */
  readonly regionCode: string;
}

/** The county federation (农合联) and who belongs to it. */
export interface CountyFederation {
  /** The federation as core's federation functions take it. */
  readonly federation: SampleFederationEntity;
  /** English label. */
  readonly nameEn: string;
  /** Its unified social credit code (registered as a social organisation, `51…`). */
  readonly uscc: string;
  /** The day it was founded. */
  readonly foundedOn: string;
  /** Member bodies: every union, every grassroots co-op, and the farmer co-ops in no union. */
  readonly memberIds: readonly string[];
}

/** A service centre (为农服务中心) as `hz.trusteeship.registerServiceCenter` takes it. */
export interface SampleServiceCenterEntity {
  /** Its id. */
  readonly id: string;
  /** Chinese name. */
  readonly name: string;
  /** Where it stands. */
  readonly location: SamplePoint;
  /** The terrain it serves. */
  readonly terrain: 'plain' | 'hill';
  /** The cooperative that runs it (the township's grassroots co-op). */
  readonly cooperativeId: string;
}

/** A township's service centre. */
export interface CountyServiceCenter {
  /** The centre as the trusteeship plugin takes it. */
  readonly center: SampleServiceCenterEntity;
  /** English label. */
  readonly nameEn: string;
  /** The township it serves. */
  readonly townshipId: string;
}

/** A household head as `hz.cooperatives.found`/`admit` take a party (`NaturalPersonSchema`). */
export interface SampleNaturalPerson {
  /** `naturalPerson`. */
  readonly kind: 'naturalPerson';
  /** The household's id (members are households, the head stands for it). */
  readonly id: string;
  /** The head's name. */
  readonly name: string;
  /** A synthetic resident ID (GB 11643-1999, valid check character), county code `370785`. */
  readonly residentId: string;
  /** Always true: every sample household farms (Art. 20 counts farmers). */
  readonly farmer: true;
  /** The township's 9-digit code. */
  readonly regionCode: string;
}

/** A plot as `hz.trusteeship.registerPlot` takes it (`PlotInputSchema`). */
export interface CountyPlot {
  /** Its id, `<household>-P<n>`. */
  readonly id: string;
  /** The household that holds it. */
  readonly memberId: string;
  /** The household's cooperative. */
  readonly cooperativeId: string;
  /** The village it lies in. */
  readonly village: string;
  /** What grows on it: `wheat` (winter wheat, then summer maize) or `carrot`. */
  readonly crop: string;
  /** Registered area (确权面积) in mu, to 0.1 mu. */
  readonly registeredAreaMu: number;
  /** A point on it, within a few km of the township seat. */
  readonly location: SamplePoint;
  /** The township's service centre. */
  readonly serviceCenterId: string;
}

/**
 * What the generator knows and the records only hint at: the household's hidden traits, standard
 * normal draws, and the outcome of the season. `probabilityBad` is the true default probability;
 * `defaulted` the Bernoulli draw from it, which the season loan's installments carry out.
 */
export interface HouseholdLatent {
  /** Farming skill: yields, deliveries, input purchases, honours. */
  readonly farmSkill: number;
  /** Financial discipline: paying on time, attending meetings, staying out of court. */
  readonly financialDiscipline: number;
  /** Exposure to shocks (illness, weather, prices): the chance of a bad year. */
  readonly shockExposure: number;
  /** Whether the season itself brought the household a shock (not visible in the history). */
  readonly seasonShock: boolean;
  /** The true probability of default in the season. */
  readonly probabilityBad: number;
  /** Whether the household defaults in the season (its season loan goes more than 90 days overdue). */
  readonly defaulted: boolean;
}

/** A member household (农户): its head, land, membership, share capital and public record. */
export interface Household {
  /** The household's id, `H00001`…; also the member id everywhere. */
  readonly id: string;
  /** The head as a party to found or admit. */
  readonly party: SampleNaturalPerson;
  /** The head's date of birth (as in the resident ID). */
  readonly birthDate: string;
  /** The head's sex (as in the resident ID). */
  readonly sex: 'male' | 'female';
  /** Household members of working age who farm. */
  readonly workingMembers: number;
  /** The township. */
  readonly townshipId: string;
  /** The village. */
  readonly village: string;
  /** The cooperative it is a member of. */
  readonly cooperativeId: string;
  /** The day it joined (the founding day for founders). */
  readonly joinedOn: string;
  /** Share capital paid in on joining, in fen. */
  readonly shareCapitalFen: number;
  /** Reserve quantified to its account by the history's surplus distributions, in fen. */
  readonly reserveShareFen: number;
  /** Land it farms, in mu: the sum of its plots' registered areas. */
  readonly landMu: number;
  /** Its plots. */
  readonly plots: readonly CountyPlot[];
  /** County-level or higher honours (示范户, 文明户) on record. */
  readonly honours: number;
  /** Adverse public records (court judgments, fee arrears). */
  readonly adverseRecords: number;
  /** The hidden traits and the season's outcome. */
  readonly latent: HouseholdLatent;
}

/** A weight deduction on a delivery, as core's `DeductionSchema` takes it. */
export interface CountyDeduction {
  /** Why, in both languages. */
  readonly reason: { readonly 'zh-CN': string; readonly en: string };
  /** Kilograms taken off, to 0.1 kg. */
  readonly kg: number;
}

/** A delivery (交售) as core's `DeliverySchema` takes it; priced by `priceDelivery`. */
export interface CountyDelivery {
  /** Its id. */
  readonly id: string;
  /** The cooperative delivered to (the household's). */
  readonly cooperativeId: string;
  /** The household. */
  readonly memberId: string;
  /** `wheat`, `maize` or `carrot`. */
  readonly crop: string;
  /** `first`, `second` or `third`. */
  readonly grade: string;
  /** The day, `YYYY-MM-DD`. */
  readonly deliveredOn: string;
  /** Gross weight, kg, to 0.1 kg. */
  readonly grossKg: number;
  /** Price, fen per kg of net weight. */
  readonly unitPrice: number;
  /** Moisture deductions, on some maize deliveries (a mutable array, as core's `Delivery` has it). */
  readonly deductions?: CountyDeduction[];
}

/** An input purchase (农资) as `hz.agriInput.recordPurchase` takes it, bought through the household's co-op. */
export interface CountyInputPurchase {
  /** Its id. */
  readonly id: string;
  /** The household. */
  readonly memberId: string;
  /** The day, `YYYY-MM-DD`. */
  readonly date: string;
  /** Amount paid, fen. */
  readonly amountFen: number;
  /** What was bought: a seed, fertiliser or pesticide code. */
  readonly productId: string;
}

/** A plot under a trusteeship contract. */
export interface CountyContractPlot {
  /** The plot. */
  readonly plotId: string;
  /** Area contracted on it, mu (the whole plot). */
  readonly contractAreaMu: number;
}

/** A plot's yield guarantee under a full trusteeship contract. */
export interface CountyPlotGuarantee {
  /** The plot. */
  readonly plotId: string;
  /** The guaranteed yield, kg per mu, to 0.1 kg. */
  readonly guaranteedYieldKgPerMu: number;
  /** The plot's previous 3-year average the guarantee is set against. */
  readonly threeYearAverageKgPerMu: number;
}

/** Full trusteeship terms (全托管) as the trusteeship plugin's `FullContractTermsSchema` reads them. */
export interface CountyContractTerms {
  /** `full`. */
  readonly kind: 'full';
  /** Package fee per mu for the season, fen. */
  readonly feePerMuFen: number;
  /** The farmer's share of the gain above the guarantee. */
  readonly farmerGainShare: number;
  /** One guarantee per plot. */
  readonly guarantees: readonly CountyPlotGuarantee[];
}

/** Why a sample contract ended early, and what is owed. */
export interface CountyContractTermination {
  /** `nonPayment` (the deposit was never paid) or `farmerRequest`. */
  readonly reason: 'nonPayment' | 'farmerRequest';
  /** Nothing is owed in the sample. */
  readonly owedFen: 0;
  /** `nobody`. */
  readonly owedBy: 'nobody';
}

/**
 * A full trusteeship contract (土地托管) for one summer-maize season, as
 * `hz.trusteeship.recordContract` takes it (`TrusteeshipContractRecordSchema`), in the state it
 * had reached by the assessment date: `settled`, `completed` (balance unpaid) or `terminated`.
 */
export interface CountyTrusteeshipContract {
  /** Its id. */
  readonly id: string;
  /** The household. */
  readonly memberId: string;
  /** Area under contract, mu: the sum of its plots' contract areas. */
  readonly areaMu: number;
  /** Where it ended up. */
  readonly status: 'completed' | 'settled' | 'terminated';
  /** First day of the season's work. */
  readonly startDate: string;
  /** Last day of the season's work. */
  readonly endDate: string;
  /** The cooperative whose service centre farms the land. */
  readonly cooperativeId: string;
  /** The service centre. */
  readonly serviceCenterId: string;
  /** `maize`. */
  readonly crop: string;
  /** `<year>-summer`. */
  readonly season: string;
  /** The plots under contract. */
  readonly plots: readonly CountyContractPlot[];
  /** The terms. */
  readonly terms: CountyContractTerms;
  /** The day it was signed. */
  readonly signedOn: string;
  /** The day work began (absent when terminated before). */
  readonly activatedOn?: string;
  /** The day work was completed. */
  readonly completedOn?: string;
  /** The day it was settled (every fee paid). */
  readonly settledOn?: string;
  /** The day it was terminated. */
  readonly terminatedOn?: string;
  /** Why it was terminated. */
  readonly termination?: CountyContractTermination;
}

/**
 * A trusteeship fee (托管服务费) as `hz.trusteeship.recordFeePayment` takes it: the deposit at
 * signing (30 %) and the balance after harvest, summing exactly to the contract's fee.
 */
export interface CountyFeePayment {
  /** Its id. */
  readonly id: string;
  /** The household. */
  readonly memberId: string;
  /** The contract. */
  readonly contractId: string;
  /** The day it fell due. */
  readonly dueDate: string;
  /** Amount due, fen. */
  readonly amountDueFen: number;
  /** The day it was paid; absent while unpaid. */
  readonly paidOn?: string;
  /** Amount paid (in full, in the sample); absent while unpaid. */
  readonly amountPaidFen?: number;
}

/** Loan terms as `@hezuo/finance`'s `LoanTermsSchema` reads them. */
export interface CountyLoanTerms {
  /** Amount lent, fen. */
  readonly principalFen: number;
  /** Annual contract rate, a decimal string such as `'0.0585'`. */
  readonly annualRate: string;
  /** The day it was paid out. */
  readonly startDate: string;
  /** 3 quarterly installments. */
  readonly periods: number;
  /** 3 months between due dates. */
  readonly frequencyMonths: number;
  /** `interestOnly`: interest each quarter, the principal with the last (按季结息、到期还本). */
  readonly method: 'interestOnly';
  /** `ACT/360`. */
  readonly dayCount: 'ACT/360';
}

/**
 * A nine-month production loan (生产经营贷款) as `hz.finance.openLoan` takes it. Its installments
 * are in {@link County.installments}; those of a loan started on or after {@link County.asOf}
 * (the season's loan, one per household) carry the season's outcome.
 */
export interface CountyLoan {
  /** Its id, `L-<household>-<year>`. */
  readonly loanId: string;
  /** The household. */
  readonly memberId: string;
  /** Its terms. */
  readonly terms: CountyLoanTerms;
}

/**
 * A loan installment as `hz.finance.recordInstallment` takes it (`InstallmentRecordSchema`), id
 * `<loanId>#<n>` as the finance plugin writes them; its amount is the finance plugin's schedule
 * (ACT/360 interest rounded half-up, the principal with the last).
 */
export interface CountyInstallment {
  /** Its id. */
  readonly id: string;
  /** The household. */
  readonly memberId: string;
  /** The loan. */
  readonly loanId: string;
  /** The day it fell due. */
  readonly dueDate: string;
  /** Amount due (interest, plus the principal on the last), fen. */
  readonly amountDueFen: number;
  /** The day it was repaid; absent while unpaid. */
  readonly paidOn?: string;
  /** Amount repaid (in full, in the sample); absent while unpaid. */
  readonly amountPaidFen?: number;
  /** Written off as a loss (history defaults only). */
  readonly writtenOff?: boolean;
}

/** A member meeting: who was on the roll and who came (core's `MeetingAttendanceRecordSchema`). */
export interface CountyMeeting {
  /** The cooperative. */
  readonly cooperativeId: string;
  /** The resolution decided, unique within the cooperative (`AGM-<year>`, `MM-<year>`). */
  readonly resolutionId: string;
  /** The day. */
  readonly meetingDate: string;
  /** Members on the roll that day, in id order (mutable arrays, as core's record has them). */
  readonly roll: string[];
  /** Members present, in id order. */
  readonly present: string[];
}

/** One member's lines of a sample surplus distribution. */
export interface CountySurplusStatement {
  /** The household. */
  readonly memberId: string;
  /** Reserve quantified to it, fen. */
  readonly reserveQuantifiedFen: number;
  /** Patronage refund, fen. */
  readonly patronageRefundFen: number;
  /** Dividend on capital and reserve share, fen. */
  readonly dividendFen: number;
}

/**
 * A year's surplus distribution (盈余分配) of a cooperative, computed by core's
 * `distributeSurplus` from the year's member transactions: a 10 % reserve quantified by
 * transactions, 60 % of the distributable surplus returned by transactions, the rest by capital
 * and reserve share. Every column of `statements` sums exactly to its total.
 */
export interface CountySurplusDistribution {
  /** The cooperative. */
  readonly cooperativeId: string;
  /** The year distributed. */
  readonly year: number;
  /** The year's surplus, fen. */
  readonly surplusFen: number;
  /** The plan, as core's `DistributionPlanSchema` reads it. */
  readonly plan: { readonly reserveRate: string; readonly patronageRefundRate: string };
  /** Reserve drawn, fen. */
  readonly reserveFen: number;
  /** Patronage refunds in all, fen. */
  readonly patronageRefundFen: number;
  /** Dividends in all, fen. */
  readonly dividendFen: number;
  /** One per member of the year, in id order. */
  readonly statements: readonly CountySurplusStatement[];
}

/** Premium inputs of a policy, as `@hezuo/finance`'s `insurancePremium` takes them. */
export interface CountyPremiumInput {
  /** Sum insured per mu, fen. */
  readonly sumInsuredPerMuFen: number;
  /** Premium rate, a decimal string. */
  readonly premiumRate: string;
  /** Insured area, mu (the household's wheat land). */
  readonly areaMu: number;
  /** Output value per mu, fen (the sum insured stays within 80 % of it). */
  readonly outputValuePerMuFen: number;
}

/** Who pays the premium, as `premiumSubsidySplit` takes the shares. */
export interface CountySubsidyInput {
  /** `crop`. */
  readonly kind: 'crop';
  /** `east` (Shandong). */
  readonly region: 'east';
  /** Provincial share. */
  readonly provinceShare: string;
  /** County share. */
  readonly countyShare: string;
}

/** A loss reported on a policy: the inputs of `insuranceClaim` besides the policy's own. */
export interface CountyInsuranceLoss {
  /** The day it was reported. */
  readonly reportedOn: string;
  /** What struck: hail (冰雹) or drought (干旱). */
  readonly peril: 'hail' | 'drought';
  /** Growth stage, a key of the finance plugin's `PRACTICE_WHEAT_STAGE_CAPS`. */
  readonly growthStage: string;
  /** Assessed loss rate, a decimal string. */
  readonly lossRate: string;
  /** Damaged area, mu, at most the insured area. */
  readonly damagedAreaMu: number;
}

/** A winter-wheat policy (政策性小麦保险) for the season. */
export interface CountyInsurancePolicy {
  /** Its id. */
  readonly id: string;
  /** The household. */
  readonly memberId: string;
  /** `wheat`. */
  readonly crop: string;
  /** Cover starts. */
  readonly startDate: string;
  /** Cover ends (harvest). */
  readonly endDate: string;
  /** Premium inputs. */
  readonly premium: CountyPremiumInput;
  /** Subsidy shares. */
  readonly subsidy: CountySubsidyInput;
  /** A loss in the season, or `null`. */
  readonly loss: CountyInsuranceLoss | null;
}

/**
 * A generated county (see `generateCounty`): its bodies, its households, their history in the
 * `historyYears` years before the season, and the season's loans, policies and outcome.
 *
 * Records dated before `asOf` are the history a bank may score on; the season's loans (started
 * on or after `asOf`) and each household's `latent` truth are what it is scored against. Every
 * date lies between the first co-op's founding and `outcomeThrough`; birth dates are earlier.
 */
export interface County {
  /** The shape's version. */
  readonly specVersion: 1;
  /** The seed it was generated from. */
  readonly seed: number;
  /** The season (the outcome year). */
  readonly year: number;
  /** How many years of history precede the season. */
  readonly historyYears: number;
  /** The assessment date, `<year>-01-01`: the day credit characteristics are read as of. */
  readonly asOf: string;
  /** The last day of the outcome period, `<year>-12-31`. */
  readonly outcomeThrough: string;
  /** The county. */
  readonly region: CountyRegion;
  /** The county federation (农合联). */
  readonly federation: CountyFederation;
  /** Unions of farmer cooperatives (联合社). */
  readonly unions: readonly CountyUnion[];
  /** Townships. */
  readonly townships: readonly Township[];
  /** Grassroots co-ops and farmer cooperatives. */
  readonly cooperatives: readonly CountyCooperative[];
  /** One service centre per township. */
  readonly serviceCenters: readonly CountyServiceCenter[];
  /** Member households, in id order. */
  readonly households: readonly Household[];
  /** Deliveries of the history. */
  readonly deliveries: readonly CountyDelivery[];
  /** Input purchases of the history. */
  readonly inputPurchases: readonly CountyInputPurchase[];
  /** Trusteeship contracts of the history. */
  readonly trusteeshipContracts: readonly CountyTrusteeshipContract[];
  /** Their fees. */
  readonly feePayments: readonly CountyFeePayment[];
  /** Loans of the history and the season. */
  readonly loans: readonly CountyLoan[];
  /** Their installments, with repayments. */
  readonly installments: readonly CountyInstallment[];
  /** Member meetings of the history. */
  readonly meetings: readonly CountyMeeting[];
  /** Surplus distributions of the history's years. */
  readonly surplusDistributions: readonly CountySurplusDistribution[];
  /** Wheat policies of the season. */
  readonly insurancePolicies: readonly CountyInsurancePolicy[];
}
