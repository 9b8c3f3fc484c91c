export { type AnnualisedCost, annualisedCost } from './annualisedCost';
export { type CashFlow, CashFlowSchema, CashFlowsSchema, xirr } from './xirr';
