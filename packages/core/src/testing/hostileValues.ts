import fc from 'fast-check';

/** Numbers that break naive money code: NaN, infinities, −0, fractions, the edges of safe integers. */
const hostileNumbers = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    0.1,
    -1,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 1,
    Number.MIN_SAFE_INTEGER - 1,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    1e308,
    -1e308,
  ),
  fc.double(),
  fc.integer(),
  fc.maxSafeInteger(),
);

/** Strings that break naive parsers: empty, long, numeric-looking, unicode, control characters. */
const hostileStrings = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'NaN',
    'Infinity',
    '-1',
    '1e999',
    '0x10',
    '__proto__',
    'constructor',
    '\u0000',
    '１２３',
  ),
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ minLength: 5_000, maxLength: 20_000 }),
);

/** An object nested `depth` levels deep. */
const deepObject = fc.integer({ min: 50, max: 400 }).map((depth) => {
  let value: Record<string, unknown> = { leaf: true };
  for (let i = 0; i < depth; i++) value = { nested: value };
  return value;
});

/**
 * Arbitrary values of every shape: wrong types, NaN and infinities, huge and negative numbers,
 * deep objects, long strings, arrays of them, objects without prototypes, dates, maps, bigints.
 * Feed them to any function that takes input: it must return a result or throw a `HezuoError`.
 */
export function hostileValue(): fc.Arbitrary<unknown> {
  const scalar = fc.oneof(
    hostileNumbers,
    hostileStrings,
    fc.constantFrom(null, undefined, true, false),
    fc.bigInt(),
  );
  return fc.oneof(
    { weight: 4, arbitrary: scalar },
    { weight: 1, arbitrary: deepObject },
    { weight: 2, arbitrary: fc.array(scalar, { maxLength: 12 }) },
    {
      weight: 2,
      arbitrary: fc.anything({
        maxDepth: 4,
        withBigInt: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withNullPrototype: true,
        withTypedArray: true,
        withSparseArray: true,
        withBoxedValues: true,
      }),
    },
    { weight: 1, arbitrary: fc.func(fc.anything()) },
  );
}
