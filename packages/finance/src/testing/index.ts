/**
 * Test helpers for hosts of `@hezuo/finance`: msw handlers that play a partner bank and an
 * insurer keeping the REST contract, and handlers that inject the failures a client must survive
 * (500, 503 with `Retry-After`, 429, timeouts, network errors, malformed JSON, contract breaches,
 * 409). Needs `msw` (an optional peer dependency).
 *
 * @packageDocumentation
 */
export { type BankHandlersOptions, bankHandlers } from './bankHandlers';
export { type InsurerHandlersOptions, insurerHandlers } from './insurerHandlers';
export { type FaultOptions, partnerFaults } from './partnerFaults';
