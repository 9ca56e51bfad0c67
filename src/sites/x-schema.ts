// The schema.org ProfilePage X embeds in a profile page, read for x-page.ts. It is in the HTML X
// serves before any script runs (logged out too), so it is the one hook a server-rendered page
// has. Its shape has moved: the Person was `author` (2023, beside givenName), then `mainEntity`;
// some copies name it `about`. The handle is its additionalName, else its url's path; each
// interactionStatistic is told by its interactionType, as "name" ("Follows", "Friends",
// "Tweets") is left out of newer pages; counts come as numbers or as digit strings.
import type { ProfileSignals } from '../score/types';
import { isoTime } from './page-reading';
import { asList, hasText, jsonCount, jsonLdNode } from './page-json';

type Json = Record<string, unknown>;
const record = (value: unknown): Json => (value !== null && typeof value === 'object' ? (value as Json) : {});

/** The account's own X address, under either host: a sameAs may name it, and it is no website of the account's. */
const X_URL = /^https?:\/\/(?:www\.|mobile\.)?(?:x|twitter)\.com(?:[/?#]|$)/i;

/** The Person the page is about, under whichever key this year's pages use. */
const personOf = (page: Json | undefined): Json => record(page?.mainEntity ?? page?.author ?? page?.about);

/** The handle the Person names: additionalName ("jack", on some pages "@jack"), else its url's first path segment. */
function schemaHandle(person: Json): string | undefined {
  if (typeof person.additionalName === 'string' && person.additionalName.trim() !== '') return person.additionalName.trim().replace(/^@/, '');
  if (typeof person.url !== 'string') return undefined;
  try {
    // The path alone: "https://twitter.com/jack?lang=en" is still jack's.
    return new URL(person.url).pathname.split('/').find(Boolean);
  } catch {
    return undefined;
  }
}

/**
 * The links the schema gives the profile: relatedLink (its website, the bio's t.co links) and,
 * on newer pages, sameAs (its website: a string or a list).
 */
export function schemaLinks(page: Json | undefined): string[] {
  const person = personOf(page);
  return [page?.relatedLink, person.relatedLink, person.sameAs]
    .flatMap(asList)
    .filter((link): link is string => typeof link === 'string' && link.trim() !== '' && !X_URL.test(link.trim()));
}

/** The ProfilePage the page embeds for this handle (checked: SPA navigation swaps it in place). */
export function profileSchema(document: Document, handle: string): Json | undefined {
  return jsonLdNode(document, (node) => {
    if (!asList(node['@type']).includes('ProfilePage')) return false;
    const name = schemaHandle(personOf(node));
    return !!name && name.toLowerCase() === handle.toLowerCase();
  });
}

/** interactionStatistic: what others do to the account (FollowAction: its followers); X also puts its "Friends" and "Tweets" there. */
export function fromSchema(page: Json | undefined): Partial<ProfileSignals> {
  if (!page) return {};
  const person = personOf(page);
  const signals: Partial<ProfileSignals> = {};
  const read = (list: unknown, field: (kind: string) => 'followers' | 'following' | 'posts' | undefined) => {
    for (const counter of asList(list).map(record)) {
      const type = counter.interactionType;
      const kind = `${typeof type === 'string' ? type : String(record(type)['@type'] ?? '')} ${String(counter.name ?? '')}`;
      const key = field(kind);
      if (key && signals[key] === undefined) signals[key] = jsonCount(counter.userInteractionCount);
    }
  };
  read(person.interactionStatistic, (kind) => (/FollowAction|Follows/.test(kind) ? 'followers' : /SubscribeAction|Friends/.test(kind) ? 'following' : /WriteAction|Tweets/.test(kind) ? 'posts' : undefined));
  // What the account does itself: whom it follows, what it writes.
  read(person.agentInteractionStatistic, (kind) => (/FollowAction/.test(kind) ? 'following' : /WriteAction/.test(kind) ? 'posts' : undefined));
  signals.createdAt = isoTime(String(page.dateCreated ?? person.dateCreated ?? ''));
  signals.hasBio = hasText(person.description);
  signals.hasLocation = hasText(record(person.homeLocation).name);
  const avatar = record(person.image).contentUrl;
  if (typeof avatar === 'string' && avatar !== '') signals.hasAvatar = !avatar.includes('default_profile_images');
  // A link there is the profile's website; where there is none, the header says so.
  if (schemaLinks(page).length > 0) signals.hasUrl = true;
  return signals;
}
