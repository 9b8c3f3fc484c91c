/** @internal One XML element: a name, attributes in order, and element or text children. */
export interface XmlElement {
  readonly name: string;
  readonly attributes?: Readonly<Record<string, string | number | boolean | undefined>>;
  readonly children?: readonly (XmlElement | string)[];
}

/** @internal Shorthand for an {@link XmlElement}. */
export function el(
  name: string,
  attributes: XmlElement['attributes'] = {},
  children: readonly (XmlElement | string)[] = [],
): XmlElement {
  return { name, attributes, children };
}

// Attribute values are normalised by every XML parser (tab and line breaks become spaces), so
// they are written as character references to survive; `\r` too in text, which parsers fold.
function escapeAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll('\t', '&#9;')
    .replaceAll('\n', '&#10;')
    .replaceAll('\r', '&#13;');
}

function escapeText(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('\r', '&#13;');
}

function renderAttributes(attributes: XmlElement['attributes']): string {
  let out = '';
  for (const [key, value] of Object.entries(attributes ?? {})) {
    if (value === undefined) continue;
    out += ` ${key}="${escapeAttribute(String(value))}"`;
  }
  return out;
}

/**
 * @internal Writes an element, two spaces per level. An element with only text keeps it on
 * its line with no added whitespace, since text is data (a PMML `Array`).
 */
export function renderXml(element: XmlElement, depth = 0): string {
  const pad = '  '.repeat(depth);
  const open = `${pad}<${element.name}${renderAttributes(element.attributes)}`;
  const children = element.children ?? [];
  if (children.length === 0) return `${open}/>`;
  if (children.every((c) => typeof c === 'string')) {
    return `${open}>${children.map((c) => escapeText(c as string)).join('')}</${element.name}>`;
  }
  const inner = children.map((c) =>
    typeof c === 'string' ? `${'  '.repeat(depth + 1)}${escapeText(c)}` : renderXml(c, depth + 1),
  );
  return [`${open}>`, ...inner, `${pad}</${element.name}>`].join('\n');
}
