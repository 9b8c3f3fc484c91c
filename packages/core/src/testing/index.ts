/**
 * Test helpers for code built on Hezuo: a fuzz harness that checks functions are total over
 * hostile input (a result or a `HezuoError`, never another error or NaN). Needs `fast-check`.
 *
 * @packageDocumentation
 */
export { type FuzzOptions, type FuzzTarget, findNaN, fuzzTotality } from './fuzz';
export { hostileValue } from './hostileValues';
