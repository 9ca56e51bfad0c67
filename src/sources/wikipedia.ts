// Real-world notability, as Klout used it: when a Wikidata item lists a profile's identifier
// (Wikidata holds GitHub, Mastodon, Bluesky, X, YouTube, Instagram and Reddit identifiers) and
// an English Wikipedia article is about that item, the article's daily pageviews become a
// signal. One query to the Wikidata query service for many profiles, then the Wikimedia
// pageviews API for those it knows; asked only for profiles with a real audience, and kept
// for a month.
import { isCount, isNonEmptyString, isRecord } from '../lib/guards';
import { badResponse, requestJson } from './http';
import type { RateLimit, SourceContext } from './types';

/** Wikidata properties holding each network's identifier. */
export const WIKIDATA_PROPERTY: Readonly<Record<string, string>> = {
  github: 'P2037', // GitHub username
  mastodon: 'P4033', // Mastodon address (user@instance)
  bluesky: 'P12361', // Bluesky handle
  x: 'P2002', // X (Twitter) username
  youtube: 'P2397', // YouTube channel ID
  instagram: 'P2003', // Instagram username
  reddit: 'P4265', // Reddit username
};

export const WIKIDATA_SPARQL = 'https://query.wikidata.org/sparql';
export const PAGEVIEWS_API = 'https://wikimedia.org/api/rest_v1/metrics/pageviews/per-article/en.wikipedia.org/all-access/user';
const PAGEVIEW_DAYS = 30;

/** The query service allows 60 s of query time per minute and 5 queries at once per IP (wikidata.org, WDQS user manual). */
export const WIKIDATA_LIMIT: RateLimit = { requests: 30, periodMs: 60_000, burst: 5, source: 'https://www.mediawiki.org/wiki/Wikidata_Query_Service/User_Manual#Query_limits' };
/** The Wikimedia REST API asks for no more than 200 requests a second (api.wikimedia.org rate limits); we stay far below. */
export const WIKIMEDIA_LIMIT: RateLimit = { requests: 100, periodMs: 60_000, source: 'https://wikimedia.org/api/rest_v1/' };

/** A SPARQL string literal, escaped (handles are validated before, this is a second fence). */
export const sparqlLiteral = (value: string) => `"${value.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r]/g, '')}"`;

/** Identifiers one query asks for: the query stays short, and one slow answer holds few. */
export const QUERY_BATCH = 50;

/** One query for many identifiers of one property: each match with the identifier it matched. */
export function notabilityQuery(property: string, identifiers: string[]): string {
  const values = identifiers.map(sparqlLiteral).join(' ');
  return `SELECT ?id ?item ?article WHERE { VALUES ?id { ${values} } ?item wdt:${property} ?id . OPTIONAL { ?article schema:about ?item ; schema:isPartOf <https://en.wikipedia.org/> . } }`;
}

export interface WikidataMatch {
  item: string;
  /** The English Wikipedia article's title, when there is one. */
  title?: string;
}

/** The matches by identifier; the first item wins where several list the same identifier. */
export function parseSparql(json: unknown): Map<string, WikidataMatch> {
  if (!isRecord(json) || !isRecord(json.results) || !Array.isArray(json.results.bindings)) throw badResponse('Wikidata sent no results.');
  const matches = new Map<string, WikidataMatch>();
  for (const binding of json.results.bindings) {
    if (!isRecord(binding) || !isRecord(binding.id) || !isNonEmptyString(binding.id.value)) continue;
    if (!isRecord(binding.item) || !isNonEmptyString(binding.item.value)) continue;
    const article = isRecord(binding.article) && isNonEmptyString(binding.article.value) ? binding.article.value : undefined;
    const title = article?.startsWith('https://en.wikipedia.org/wiki/') ? decodeURIComponent(article.slice('https://en.wikipedia.org/wiki/'.length)) : undefined;
    const known = matches.get(binding.id.value);
    if (!known || (!known.title && title)) matches.set(binding.id.value, { item: binding.item.value, title });
  }
  return matches;
}

/** Mean daily views over the days the answer covers. */
export function parsePageviews(json: unknown): number {
  if (!isRecord(json) || !Array.isArray(json.items)) throw badResponse('Wikimedia sent no pageviews.');
  const views = json.items.filter((item) => isRecord(item) && isCount(item.views)).map((item) => (item as { views: number }).views);
  return views.length === 0 ? 0 : Math.round(views.reduce((a, b) => a + b, 0) / views.length);
}

const day = (time: number) => new Date(time).toISOString().slice(0, 10).replace(/-/g, '');

export interface Notability {
  item?: string;
  title?: string;
  pageviewsPerDay?: number;
  url?: string;
}

/**
 * The Wikidata items and Wikipedia pageviews of profiles of one network, by the identifier
 * asked: one query for up to fifty, then one pageviews request for each that has an article.
 * Identifiers Wikidata does not know are answered with an empty record.
 */
export async function lookUpNotability(network: string, identifiers: string[], context: SourceContext): Promise<Map<string, Notability>> {
  const found = new Map<string, Notability>();
  const property = WIKIDATA_PROPERTY[network];
  if (!property) return found;
  for (let start = 0; start < identifiers.length; start += QUERY_BATCH) {
    const batch = identifiers.slice(start, start + QUERY_BATCH);
    const query = `${WIKIDATA_SPARQL}?format=json&query=${encodeURIComponent(notabilityQuery(property, batch))}`;
    const matches = parseSparql(await requestJson(query, context, { what: 'Wikidata', headers: { accept: 'application/sparql-results+json' } }));
    for (const identifier of batch) found.set(identifier, matches.has(identifier) ? { item: matches.get(identifier)!.item } : {});
    for (const [identifier, match] of matches) {
      if (!match.title || !found.has(identifier)) continue;
      try {
        found.set(identifier, { item: match.item, title: match.title, ...(await pageviews(match.title, context)) });
      } catch {
        found.delete(identifier); // unknown this time, not "no article": asked again later
      }
    }
  }
  return found;
}

async function pageviews(title: string, context: SourceContext): Promise<{ pageviewsPerDay: number; url: string }> {
  // The last thirty full days.
  const end = context.now() - 86_400_000;
  const url = `${PAGEVIEWS_API}/${encodeURIComponent(title.replace(/ /g, '_'))}/daily/${day(end - (PAGEVIEW_DAYS - 1) * 86_400_000)}/${day(end)}`;
  return { pageviewsPerDay: parsePageviews(await requestJson(url, context, { what: 'Wikipedia pageviews' })), url };
}
