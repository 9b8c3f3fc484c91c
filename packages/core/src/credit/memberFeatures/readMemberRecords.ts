import { z } from 'zod';
import { parseInput } from '../../errors/fromZod';
import { HezuoError } from '../../errors/HezuoError';
import { IsoDateSchema } from '../../identity/residentId';
import type { CreditFeatureInput } from '../featureRegistry';

/** Schema of the {@link CreditFeatureInput} a characteristic's `compute` receives. */
export const CreditFeatureInputSchema = z.object({
  memberId: z.string().min(1, { error: 'a member id may not be empty' }).max(256),
  asOf: IsoDateSchema,
  store: z.custom<CreditFeatureInput['store']>(
    (value) =>
      typeof value === 'object' && value !== null && typeof (value as { list?: unknown }).list === 'function',
    { error: 'must be a store reader with list(kind)' },
  ),
});

const ReadArgsSchema = z.strictObject({
  store: CreditFeatureInputSchema.shape.store,
  kind: z.string().min(1).max(128),
  schema: z.custom<z.core.$ZodType>((value) => value instanceof z.core.$ZodType, {
    error: 'must be a zod schema',
  }),
  memberId: CreditFeatureInputSchema.shape.memberId,
});

type Listed = Awaited<ReturnType<CreditFeatureInput['store']['list']>>;

/**
 * Records by member, per listed array: a credit drive's reader lists each kind once, so the
 * index is built once and every member's lookup is a map read instead of a scan.
 */
const byMember = new WeakMap<Listed, Map<string, Listed[number][]>>();

function recordsOf(records: Listed, memberId: string): Listed[number][] {
  let index = byMember.get(records);
  if (index === undefined) {
    index = new Map();
    for (const record of records) {
      const value = (record as { value?: unknown } | null)?.value;
      const owner =
        typeof value === 'object' && value !== null ? (value as { memberId?: unknown }).memberId : undefined;
      if (typeof owner !== 'string') continue;
      const list = index.get(owner);
      if (list === undefined) index.set(owner, [record]);
      else list.push(record);
    }
    byMember.set(records, index);
  }
  return index.get(memberId) ?? [];
}

/**
 * Reads one member's records of a kind (those whose `memberId` is the member's) and validates
 * them. Only the member's own records are validated, so one malformed record of another member
 * cannot block this one's assessment: the helper plugins use in their credit characteristics.
 *
 * @throws HezuoError `INVALID_RECORD` (path kind, id, field) for a malformed record of the member
 */
export async function readMemberRecords<S extends z.core.$ZodType>(
  store: CreditFeatureInput['store'],
  kind: string,
  schema: S,
  memberId: string,
): Promise<z.output<S>[]> {
  const args = parseInput(ReadArgsSchema, { store, kind, schema, memberId });
  const records = await args.store.list(args.kind);
  if (!Array.isArray(records)) {
    throw new HezuoError('INVALID_RECORD', `the store listed no array of "${args.kind}" records`, {
      path: [args.kind],
    });
  }
  return recordsOf(records, args.memberId).map((record) =>
    parseInput(schema, record.value, { code: 'INVALID_RECORD', path: [args.kind, String(record.id)] }),
  );
}
