export { type CreditLine, type CreditLineStep, creditLineFor } from './creditLine';
export {
  type CreditLineApplicant,
  CreditLineApplicantSchema,
  type CreditLinePolicy,
  type CreditLinePolicyInput,
  CreditLinePolicySchema,
  PRACTICE_CREDIT_LINE_POLICY,
} from './creditLinePolicy';
