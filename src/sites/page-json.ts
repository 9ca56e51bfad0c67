// The data pages embed for machines: JSON in <script> elements (an app's state, schema.org's
// JSON-LD), each script parsed once for the text it holds, and the small readers every adapter
// uses on it. What pages show people is read in page-reading.ts.

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A JSON field that may hold one value or a list of them, as a list. */
export const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/**
 * Each script's JSON, parsed once for the text it holds (and the way it was cut out of it):
 * observe() reads a busy page every second, scripts seldom change, and some hold a megabyte.
 */
const parsedScripts = new WeakMap<Element, { text: string; cut: (text: string) => string | undefined; json: unknown }>();
const wholeText = (text: string) => text;

/**
 * The JSON a script holds (or the part `cut` returns of its text); undefined where that is
 * empty or not JSON. Parsed again only when the script's text changes.
 */
export function parsedScript(script: Element, cut: (text: string) => string | undefined = wholeText): unknown {
  const text = script.textContent ?? '';
  const known = parsedScripts.get(script);
  if (known && known.text === text && known.cut === cut) return known.json;
  let json: unknown;
  try {
    const source = cut(text);
    json = source ? JSON.parse(source) : undefined;
  } catch {
    json = undefined;
  }
  parsedScripts.set(script, { text, cut, json });
  return json;
}

/** The JSON in a <script> (type="application/json" or ld+json); undefined when absent or not JSON. */
export function scriptJson(document: Document, selector: string): unknown {
  const script = document.querySelector(selector);
  return script ? parsedScript(script) : undefined;
}

/** A value deep in parsed JSON, or undefined where any step is missing. */
export function dig(value: unknown, ...path: (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/**
 * A whole, non-negative count from JSON: a number, digits in a string (TikTok writes its exact
 * ones so), or either as schema.org's `{ value }` (QuantitativeValue).
 */
export function jsonCount(value: unknown): number | undefined {
  const inner = isObject(value) ? value.value : value;
  const number = typeof inner === 'string' && /^\d+$/.test(inner) ? Number(inner) : inner;
  return typeof number === 'number' && Number.isSafeInteger(number) && number >= 0 ? number : undefined;
}

/** A non-empty string, or a non-empty string inside an object's field (`{ contentUrl }`, `{ addressLocality }`). */
export function jsonText(value: unknown, ...fields: string[]): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (!isObject(value)) return undefined;
  for (const field of fields) {
    const text = jsonText(value[field]);
    if (text) return text;
  }
  return undefined;
}

/** Whether a text field says something: undefined where it is no string (not given). */
export const hasText = (value: unknown): boolean | undefined => (typeof value === 'string' ? value.trim() !== '' : undefined);

/**
 * The first schema.org node in the page's JSON-LD that `accepts`, in document order: each
 * script's object (or each of its list), then the nodes of its `@graph`. Scripts that do not
 * parse are skipped; the rest are parsed only until one is found (and once: parsedScript).
 */
export function jsonLdNode(document: Document, accepts: (node: Json) => boolean): Json | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    for (const item of asList(parsedScript(script)).filter(isObject)) {
      for (const node of [item, ...asList(item['@graph']).filter(isObject)]) if (accepts(node)) return node;
    }
  }
  return undefined;
}

/** The JSON-LD node of a type ("Person", "Organization") whose url the predicate accepts. */
export function jsonLdEntity(document: Document, type: string, isOwnUrl: (url: string) => boolean): Json | undefined {
  return jsonLdNode(document, (node) => asList(node['@type']).includes(type) && typeof node.url === 'string' && isOwnUrl(node.url));
}

/** The count of a schema.org interactionStatistic whose interactionType names the action ("FollowAction"). */
export function interactionCount(node: unknown, action: string): number | undefined {
  for (const statistic of asList(dig(node, 'interactionStatistic')).filter(isObject)) {
    const type = statistic.interactionType;
    const named = typeof type === 'string' ? type : isObject(type) ? String(type['@type'] ?? '') : '';
    if (named.endsWith(action)) return jsonCount(statistic.userInteractionCount);
  }
  return undefined;
}
