// Wikidata as a third party: an item that lists a person's GitHub username and their Mastodon
// address (P2037, P4033, ...) says the two are one person, and its editors checked it more or
// less. One SPARQL query for up to fifty profiles finds the items holding any of their
// identifiers and every identifier those items list, for the networks Wikidata keeps.
import { isNonEmptyString, isRecord } from '../lib/guards';
import { normaliseRef, profileKey, type ProfileRef } from '../lib/profile-ref';
import { networkInfo } from '../lib/networks';
import { badResponse, requestJson } from '../sources/http';
import { SourceError, type FetchError, type SourceContext } from '../sources/types';
import { QUERY_BATCH, WIKIDATA_PROPERTY, WIKIDATA_SPARQL, sparqlLiteral } from '../sources/wikipedia';
import type { IdentityClaim } from './types';

const NETWORK_OF_PROPERTY = new Map(Object.entries(WIKIDATA_PROPERTY).map(([network, property]) => [property, network]));
const PROPERTY_PREFIX = 'http://www.wikidata.org/prop/direct/';

/** Items holding any of these identifiers, with every identifier of ours they list. */
export function identitiesQuery(refs: ProfileRef[]): string {
  const asked = refs.map((ref) => `(wdt:${WIKIDATA_PROPERTY[ref.network]} ${sparqlLiteral(ref.handle)})`).join(' ');
  const properties = Object.values(WIKIDATA_PROPERTY).map((property) => `wdt:${property}`).join(' ');
  return `SELECT ?item ?prop ?id WHERE { VALUES (?askedProp ?askedId) { ${asked} } ?item ?askedProp ?askedId . VALUES ?prop { ${properties} } ?item ?prop ?id . }`;
}

/** Each item's profiles, by item URI; bindings that name no valid profile of a known network are left out. */
export function parseIdentities(json: unknown): Map<string, ProfileRef[]> {
  if (!isRecord(json) || !isRecord(json.results) || !Array.isArray(json.results.bindings)) throw badResponse('Wikidata sent no results.');
  const items = new Map<string, Map<string, ProfileRef>>();
  for (const binding of json.results.bindings) {
    if (!isRecord(binding) || !isRecord(binding.item) || !isRecord(binding.prop) || !isRecord(binding.id)) continue;
    const { item, prop, id } = { item: binding.item.value, prop: binding.prop.value, id: binding.id.value };
    if (!isNonEmptyString(item) || typeof prop !== 'string' || !isNonEmptyString(id) || !prop.startsWith(PROPERTY_PREFIX)) continue;
    const network = NETWORK_OF_PROPERTY.get(prop.slice(PROPERTY_PREFIX.length));
    if (!network) continue;
    const ref = normaliseRef({ network, handle: id });
    if (!networkInfo(network)!.isValidHandle(ref.handle)) continue;
    const refs = items.get(item) ?? new Map<string, ProfileRef>();
    refs.set(profileKey(ref), ref);
    items.set(item, refs);
  }
  return new Map([...items].map(([item, refs]) => [item, [...refs.values()]]));
}

/**
 * Wikidata: items that list any of these profiles' identifiers, as claims between them (SPARQL,
 * one request per 50 profiles). Map<profileKey, IdentityClaim[]>: every profile asked of a
 * network Wikidata keeps, with a claim (kind 'wikidata', url the item) for each other profile
 * its item lists, asked or not; [] where no item lists it.
 */
export async function wikidataIdentities(refs: ProfileRef[], context: SourceContext): Promise<Map<string, IdentityClaim[]> | { error: FetchError }> {
  const asked = new Map<string, ProfileRef>();
  for (const ref of refs.map(normaliseRef)) {
    if (WIKIDATA_PROPERTY[ref.network] && networkInfo(ref.network)?.isValidHandle(ref.handle)) asked.set(profileKey(ref), ref);
  }
  const found = new Map<string, IdentityClaim[]>([...asked.keys()].map((key) => [key, []]));
  const list = [...asked.values()];
  try {
    for (let start = 0; start < list.length; start += QUERY_BATCH) {
      const query = `${WIKIDATA_SPARQL}?format=json&query=${encodeURIComponent(identitiesQuery(list.slice(start, start + QUERY_BATCH)))}`;
      const items = parseIdentities(await requestJson(query, context, { what: 'Wikidata', headers: { accept: 'application/sparql-results+json' } }));
      for (const [item, listed] of items) {
        const keys = listed.map(profileKey);
        keys.forEach((key, i) => {
          const claims = found.get(key);
          if (!claims) return;
          for (const [j, other] of listed.entries()) {
            if (j !== i && !claims.some((claim) => claim.ref && profileKey(claim.ref) === keys[j])) claims.push({ kind: 'wikidata', ref: other, url: item });
          }
        });
      }
    }
  } catch (error) {
    return { error: error instanceof SourceError ? error.error : { kind: 'bad-response', message: String(error) } };
  }
  return found;
}
