import { XMLParser } from 'fast-xml-parser';

/**
 * A small evaluator of PMML 4.4 `Scorecard` documents, written from the specification for the
 * round-trip test: it knows nothing of the library and reads only the parsed XML. It covers
 * what a scorecard uses: DataDictionary values (missing / invalid / valid), MiningSchema
 * treatments (asIs, asMissing, returnInvalid), SimplePredicate, SimpleSetPredicate,
 * CompoundPredicate (and, or, xor, surrogate) and True/False with three-valued logic, the
 * first true Attribute per Characteristic, reason codes (pointsAbove / pointsBelow, summed per
 * code, only positive differences, ties in document order), and Output fields
 * (predictedValue, reasonCode by rank, transformedValue over a Discretize).
 */

/** One element of the parsed document. */
export interface XmlNode {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
  /** The element's own text, concatenated. */
  readonly text: string;
}

type Ordered = Record<string, unknown>;

function toNode(entry: Ordered): XmlNode | null {
  const name = Object.keys(entry).find((k) => k !== ':@');
  if (name === undefined || name === '#text' || name.startsWith('?')) return null;
  const body = (entry[name] as Ordered[]) ?? [];
  const attrs = (entry[':@'] as Record<string, string>) ?? {};
  const children: XmlNode[] = [];
  let text = '';
  for (const child of body) {
    if ('#text' in child) text += String(child['#text']);
    else {
      const node = toNode(child);
      if (node) children.push(node);
    }
  }
  return { name, attrs, children, text };
}

/** Parses a document with fast-xml-parser, keeping element order, attributes and exact text. */
export function parseXml(xml: string): XmlNode {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    preserveOrder: true,
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    processEntities: true,
    htmlEntities: true,
  });
  const top = (parser.parse(xml) as Ordered[]).map(toNode).filter((n): n is XmlNode => n !== null);
  if (top.length !== 1) throw new Error(`expected one root element, found ${top.length}`);
  return top[0] as XmlNode;
}

/** The children of `node` named `name`. */
export function all(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c) => c.name === name);
}

/** The one child of `node` named `name`. */
export function one(node: XmlNode, name: string): XmlNode {
  const found = all(node, name);
  if (found.length !== 1) throw new Error(`<${node.name}> has ${found.length} <${name}>, expected one`);
  return found[0] as XmlNode;
}

/** Splits a PMML Array's text: whitespace-separated, double-quoted strings with `\"` inside. */
export function arrayValues(array: XmlNode): string[] {
  const text = array.text;
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i] as string)) i++;
    if (i >= text.length) break;
    let value = '';
    if (text[i] === '"') {
      i++;
      while (i < text.length && text[i] !== '"') {
        if (text[i] === '\\' && text[i + 1] === '"') {
          value += '"';
          i += 2;
        } else {
          value += text[i];
          i++;
        }
      }
      i++;
    } else {
      while (i < text.length && !/\s/.test(text[i] as string)) value += text[i++];
    }
    out.push(value);
  }
  const n = array.attrs.n;
  if (n !== undefined && Number(n) !== out.length)
    throw new Error(`Array n="${n}" holds ${out.length} values`);
  return out;
}

interface Field {
  readonly continuous: boolean;
  readonly missing: readonly string[];
  readonly invalid: readonly string[];
  readonly valid: readonly string[];
  readonly missingTreatment: string;
  readonly invalidTreatment: string;
}

type Value = number | string | null;
type Truth = boolean | undefined;

/** What evaluating a row gives: the output fields, or invalid where the model refuses the row. */
export type PmmlOutcome =
  | { readonly invalid: true }
  | { readonly invalid: false; readonly outputs: Readonly<Record<string, Value>> };

/** An evaluator for the first `Scorecard` of a parsed PMML document. */
export interface PmmlScorecard {
  evaluate(row: Readonly<Record<string, unknown>>): PmmlOutcome;
}

function same(field: Field, listed: string, value: unknown): boolean {
  if (field.continuous) {
    if (typeof value !== 'number') return false;
    return listed === 'NaN' ? Number.isNaN(value) : Number(listed) === value;
  }
  return listed === value;
}

function compare(field: Field, value: Exclude<Value, null>, operator: string, literal: string): boolean {
  const [a, b] = field.continuous ? [Number(value), Number(literal)] : [String(value), literal];
  switch (operator) {
    case 'equal':
      return a === b;
    case 'notEqual':
      return a !== b;
    case 'lessThan':
      return a < b;
    case 'lessOrEqual':
      return a <= b;
    case 'greaterThan':
      return a > b;
    case 'greaterOrEqual':
      return a >= b;
    default:
      throw new Error(`unknown operator ${operator}`);
  }
}

function predicate(
  node: XmlNode,
  fields: ReadonlyMap<string, Field>,
  values: ReadonlyMap<string, Value>,
): Truth {
  const fieldOf = (name: string | undefined) => {
    const field = name === undefined ? undefined : fields.get(name);
    if (!field || name === undefined) throw new Error(`predicate on unknown field ${name}`);
    return { field, value: values.get(name) ?? null };
  };
  switch (node.name) {
    case 'True':
      return true;
    case 'False':
      return false;
    case 'SimplePredicate': {
      const { field, value } = fieldOf(node.attrs.field);
      const op = node.attrs.operator as string;
      if (op === 'isMissing') return value === null;
      if (op === 'isNotMissing') return value !== null;
      if (value === null) return undefined;
      return compare(field, value, op, node.attrs.value as string);
    }
    case 'SimpleSetPredicate': {
      const { field, value } = fieldOf(node.attrs.field);
      if (value === null) return undefined;
      const array = one(node, 'Array');
      const listed = arrayValues(array);
      const found = listed.some((v) => compare(field, value, 'equal', v));
      return node.attrs.booleanOperator === 'isIn' ? found : !found;
    }
    case 'CompoundPredicate': {
      const parts = node.children.map((c) => predicate(c, fields, values));
      switch (node.attrs.booleanOperator) {
        case 'and':
          return parts.includes(false) ? false : parts.includes(undefined) ? undefined : true;
        case 'or':
          return parts.includes(true) ? true : parts.includes(undefined) ? undefined : false;
        case 'xor':
          return parts.includes(undefined) ? undefined : parts.filter(Boolean).length % 2 === 1;
        case 'surrogate':
          return parts.find((p) => p !== undefined);
        default:
          throw new Error(`unknown booleanOperator ${node.attrs.booleanOperator}`);
      }
    }
    default:
      throw new Error(`unknown predicate <${node.name}>`);
  }
}

function inInterval(interval: XmlNode, x: number): boolean {
  const left = interval.attrs.leftMargin === undefined ? -Infinity : Number(interval.attrs.leftMargin);
  const right = interval.attrs.rightMargin === undefined ? Infinity : Number(interval.attrs.rightMargin);
  const closure = interval.attrs.closure as string;
  const leftOk = closure.startsWith('closed') ? x >= left : x > left;
  const rightOk = closure.endsWith('Closed') ? x <= right : x < right;
  return leftOk && rightOk;
}

/** Reads the DataDictionary, the Scorecard's MiningSchema, Characteristics and Output. */
export function pmmlScorecard(pmml: XmlNode): PmmlScorecard {
  const card = one(pmml, 'Scorecard');
  const treatments = new Map(
    all(one(card, 'MiningSchema'), 'MiningField').map((f) => [f.attrs.name, f.attrs]),
  );
  const fields = new Map<string, Field>();
  for (const df of all(one(pmml, 'DataDictionary'), 'DataField')) {
    const name = df.attrs.name as string;
    const mining = treatments.get(name);
    if (!mining) continue;
    const listed = (property: string) =>
      all(df, 'Value')
        .filter((v) => (v.attrs.property ?? 'valid') === property)
        .map((v) => v.attrs.value as string);
    fields.set(name, {
      continuous: df.attrs.optype === 'continuous',
      missing: listed('missing'),
      invalid: listed('invalid'),
      valid: listed('valid'),
      missingTreatment: mining.missingValueTreatment ?? 'asIs',
      invalidTreatment: mining.invalidValueTreatment ?? 'returnInvalid',
    });
  }
  const initialScore = Number(card.attrs.initialScore ?? '0');
  const useReasonCodes = card.attrs.useReasonCodes !== 'false';
  const below = (card.attrs.reasonCodeAlgorithm ?? 'pointsBelow') === 'pointsBelow';
  const characteristics = all(one(card, 'Characteristics'), 'Characteristic');
  const outputFields = all(one(card, 'Output'), 'OutputField');

  return {
    evaluate(row) {
      // The MiningSchema is the gate: missing and invalid values are treated before scoring.
      const values = new Map<string, Value>();
      for (const [name, field] of fields) {
        const raw = Object.hasOwn(row, name) ? row[name] : undefined;
        let missing = raw === null || raw === undefined || field.missing.some((m) => same(field, m, raw));
        let invalid = false;
        if (!missing) {
          invalid =
            field.invalid.some((v) => same(field, v, raw)) ||
            (field.valid.length > 0 && !field.valid.some((v) => same(field, v, raw)));
        }
        if (missing && field.missingTreatment === 'returnInvalid') return { invalid: true };
        if (invalid) {
          if (field.invalidTreatment === 'returnInvalid') return { invalid: true };
          if (field.invalidTreatment === 'asMissing') missing = true;
        }
        values.set(name, missing ? null : (raw as Value));
      }
      let total = initialScore;
      const differences = new Map<string, number>();
      for (const c of characteristics) {
        const chosen = all(c, 'Attribute').find(
          (a) => predicate(a.children[0] as XmlNode, fields, values) === true,
        );
        // No attribute true: the scorecard as a whole returns invalid.
        if (!chosen) return { invalid: true };
        const partial = Number(chosen.attrs.partialScore);
        total += partial;
        if (useReasonCodes) {
          const code = chosen.attrs.reasonCode ?? c.attrs.reasonCode;
          if (code === undefined) throw new Error('useReasonCodes needs a reason code on every attribute');
          const baseline = Number(c.attrs.baselineScore ?? card.attrs.baselineScore);
          const difference = below ? baseline - partial : partial - baseline;
          differences.set(code, (differences.get(code) ?? 0) + difference);
        }
      }
      const ranked = [...differences].filter(([, d]) => d > 0).sort((a, b) => b[1] - a[1]);
      const outputs: Record<string, Value> = {};
      for (const f of outputFields) {
        const name = f.attrs.name as string;
        switch (f.attrs.feature) {
          case 'predictedValue':
            outputs[name] = total;
            break;
          case 'reasonCode':
            outputs[name] = ranked[Number(f.attrs.rank ?? '1') - 1]?.[0] ?? null;
            break;
          case 'transformedValue': {
            const d = one(f, 'Discretize');
            const x = outputs[d.attrs.field as string];
            if (typeof x !== 'number') throw new Error(`Discretize over ${d.attrs.field}, not a number`);
            const bin = all(d, 'DiscretizeBin').find((b) => inInterval(one(b, 'Interval'), x));
            outputs[name] = bin ? (bin.attrs.binValue as string) : (d.attrs.defaultValue ?? null);
            break;
          }
          default:
            throw new Error(`unsupported output feature ${f.attrs.feature}`);
        }
      }
      return { invalid: false, outputs };
    },
  };
}
