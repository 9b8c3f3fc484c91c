/**
 * A reference partner bank keeping the Hezuo bank contract, in memory, for end-to-end tests over
 * real HTTP and for the demo.
 *
 * @packageDocumentation
 */
export { decideCreditLine, REFERENCE_CAPS } from './creditDecision';
export { IdempotencyKeys, type KeptAnswer, type KeyVerdict } from './idempotencyKeys';
export { type ReferenceBank, type ReferenceBankOptions, startReferenceBank } from './referenceBank';
