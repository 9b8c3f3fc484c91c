import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { parseInput } from '../../errors/fromZod';
import { type ScorecardModelInput, ScorecardModelSchema } from './scorecardModel';

/** @internal Canonical JSON: object keys sorted, no whitespace, `undefined` members left out. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const record = value as Record<string, unknown>;
  const members = Object.keys(record)
    .sort()
    .filter((key) => record[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
  return `{${members.join(',')}}`;
}

/**
 * The model's content hash: SHA-256 (hex) of the canonical JSON of the validated model, so a
 * bank can prove years later which model produced a score. Defaults (such as a grade band's
 * `rated: true`) are filled in before hashing, so writing a default or leaving it out hashes the same.
 */
export function modelHash(model: ScorecardModelInput): string {
  const valid = parseInput(ScorecardModelSchema, model, { path: ['model'] });
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(valid))));
}
