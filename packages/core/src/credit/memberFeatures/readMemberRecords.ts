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
  schema: z.custom<z.ZodType>((value) => value instanceof z.ZodType, { error: 'must be a zod schema' }),
  memberId: CreditFeatureInputSchema.shape.memberId,
});

function belongsTo(value: unknown, memberId: string): boolean {
  return (
    typeof value === 'object' && value !== null && (value as { memberId?: unknown }).memberId === memberId
  );
}

/**
 * Reads one member's records of a kind (those whose `memberId` is the member's) and validates
 * them. Only the member's own records are validated, so one malformed record of another member
 * cannot block this one's assessment: the helper plugins use in their credit characteristics.
 *
 * @throws HezuoError `INVALID_RECORD` (path kind, id, field) for a malformed record of the member
 */
export async function readMemberRecords<S extends z.ZodType>(
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
  return records
    .filter((record) => belongsTo((record as { value?: unknown } | null)?.value, args.memberId))
    .map((record) =>
      parseInput(schema, record.value, { code: 'INVALID_RECORD', path: [args.kind, String(record.id)] }),
    );
}
