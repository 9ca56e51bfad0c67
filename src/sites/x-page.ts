// What X's pages show of a profile and of each post, read for src/sites/x.ts. Hooks, most stable
// first: the schema.org ProfilePage X embeds in a profile page
// (script[type="application/ld+json"][data-testid="UserProfileSchema-test"]: exact followers,
// following and posts, the creation date, bio, location, avatar, links); the header's
// data-testids (UserName, UserDescription, UserUrl, UserLocation, UserJoinDate, icon-verified)
// and its links to /<handle>/followers, /verified_followers and /following with the count in
// their text; the top bar's "74.2K posts". Posts: the action bar's role="group" aria-label
// ("10 replies, 1 repost, 27 likes, 5 bookmarks, 11424 views", localised), then each button's
// aria-label by its data-testid (reply, retweet, like, and the /analytics link for views), then
// the number the button shows. Quoted posts (a div[role="link"] inside the post) are not read.
import { parseCount } from '../lib/count';
import { memoised } from '../lib/memo';
import { networkInfo } from '../lib/networks';
import type { ProfileRef } from '../lib/profile-ref';
import type { ProfileSignals } from '../score/types';
import type { PageObservation, SeenPost } from './types';
import { linkParts } from './find-handles';
import { asList, hasText, isoTime, jsonCount, jsonLdNode, observed, pageLocale, shownText, withoutUndefined } from './page-reading';

type PostCounts = Pick<SeenPost, 'replies' | 'reposts' | 'quotes' | 'likes' | 'views'>;
type LabelField = keyof PostCounts | 'bookmarks';

/**
 * The words of the group label in X's languages (en, de, es, fr, pt, ja), tried in this order:
 * quotes before reposts, and bookmarks named so that they are not taken for anything else.
 */
const LABEL_WORDS: [LabelField, RegExp][] = [
  ['quotes', /quote|zitat|zitiert|\bcitas?\b|citaç|citation|引用/],
  ['replies', /repl(y|ies)|antwort|respuesta|r[ée]ponse|resposta|返信/],
  ['reposts', /repost|retweet|retuit|republica|リポスト|リツイート/],
  ['likes', /\blikes?\b|gef[äa]llt|me gusta|j'aime|curtida|いいね/],
  ['bookmarks', /bookmark|lesezeichen|guardad|marcador|signet|salvo|ブックマーク/],
  ['views', /\bviews?\b|angezeigt|aufruf|ansicht|visualiza|reproducc|\bvistas?\b|\bvues?\b|表示|impression/],
];
/** The action bar's buttons, by test id: they name the count whatever the page's language. */
const BUTTONS: [keyof PostCounts, string][] = [
  ['replies', '[data-testid="reply"]'],
  ['reposts', '[data-testid="retweet"], [data-testid="unretweet"]'],
  ['likes', '[data-testid="like"], [data-testid="unlike"]'],
  ['views', 'a[href$="/analytics"]'],
];
/** "Joined March 2010" in X's languages: month names (en, de, es, fr, pt); Japanese writes "2010年3月". */
const MONTHS: Record<string, number> = Object.fromEntries(
  [
    'january february march april may june july august september october november december',
    'januar februar märz april mai juni juli august september oktober november dezember',
    'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
    'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
    'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
  ].flatMap((names) => names.split(' ').map((name, index) => [name, index + 1])),
);
/** The word after the top bar's count on the posts tab ("74.2K posts"); other tabs say "likes", "photos & videos". */
const POSTS_WORD = /^(posts?|tweets?|beiträge|beitrag|publicaciones|publicación|publications?|publicações|publicação|postagens|件のポスト|ポスト)$/i;
const COUNT_PREFIX = /^[\d.,\s\u00a0\u202f']+(?:[KMB]|Mio\.?|Mrd\.?|mil|万|億)?\s*/i;

/**
 * The "@handle" an element shows (the profile header's, a quoted post's author line), and the
 * innermost element that holds it; the last one, as the handle follows the display name (which
 * may itself look like "@someone").
 */
export function shownHandle(container: Element): { handle: string; element: Element } | null {
  let found: { handle: string; element: Element } | null = null;
  for (const element of container.querySelectorAll('span, div')) {
    const handle = /^@([A-Za-z0-9_]{1,15})$/.exec(shownText(element))?.[1];
    if (handle && ![...element.children].some((child) => shownText(child) === `@${handle}`)) found = { handle, element };
  }
  return found;
}

const sameHandle = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
/** Links of a profile passed on, at most (a bio holds a few). */
const MAX_PROFILE_LINKS = 10;
const record = (value: unknown): Record<string, unknown> => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {});

/** The ProfilePage the page embeds for this handle (checked: SPA navigation swaps it in place). */
function profileSchema(document: Document, handle: string): Record<string, unknown> | undefined {
  return jsonLdNode(document, (node) => {
    const person = record(node.mainEntity);
    const url = typeof person.url === 'string' ? person.url.replace(/\/$/, '').split('/').pop() : undefined;
    const name = typeof person.additionalName === 'string' ? person.additionalName : url;
    return node['@type'] === 'ProfilePage' && !!name && sameHandle(name, handle);
  });
}

/** interactionStatistic: what others do to the account (FollowAction: its followers); X also puts its "Friends" and "Tweets" there. */
function fromSchema(page: Record<string, unknown> | undefined): Partial<ProfileSignals> {
  if (!page) return {};
  const person = record(page.mainEntity);
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
  // relatedLink is the profile's website; where there is none, the header says so.
  if (asList(person.relatedLink).length > 0 || asList(page.relatedLink).length > 0) signals.hasUrl = true;
  return signals;
}

/** "Joined March 2010" (or "Seit März 2010 bei X", "2010年3月からXを利用しています") as the first of that month. */
export function joinedAt(text: string): string | undefined {
  const japanese = /(\d{4})年(\d{1,2})月/.exec(text);
  const year = Number(japanese?.[1] ?? /\b(\d{4})\b/.exec(text)?.[1]);
  const month = japanese ? Number(japanese[2]) : text.toLowerCase().split(/[^\p{L}]+/u).map((word) => MONTHS[word]).find(Boolean);
  if (!year || !month || month > 12) return undefined;
  return new Date(Date.UTC(year, month - 1, 1)).toISOString();
}

/** The top bar's "74.2K posts" under the name, on the posts tab. */
function topBarPosts(document: Document, lang?: string): number | undefined {
  for (const heading of document.querySelectorAll('[data-testid="primaryColumn"] h2[role="heading"]')) {
    const text = shownText(heading.nextElementSibling);
    if (/^\d/.test(text) && POSTS_WORD.test(text.replace(COUNT_PREFIX, ''))) return parseCount(text, lang);
  }
  return undefined;
}

/** The header's name block, when the header shows this handle (X swaps pages in place). */
function headerName(document: Document, handle: string): Element | null {
  const name = document.querySelector('[data-testid="UserName"]');
  const shown = name ? shownHandle(name) : null;
  return name && shown && sameHandle(shown.handle, handle) ? name : null;
}

/** A link as the page shows it ("kikobeats.com", "http://microlink.io") as a URL; none when X cut it short ("…"). */
function shownUrl(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.endsWith('…') || /\s/.test(trimmed)) return undefined;
  try {
    return new URL(/^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`).href;
  } catch {
    return undefined;
  }
}

/**
 * The profile's own links, its website and the links in its bio, for identity links: X wraps
 * them in t.co redirects, so each is read as the page shows it, or from the embedded schema.
 */
function profileLinks(document: Document, page: Record<string, unknown> | undefined, header: Element | null): string[] {
  const links = new Set<string>();
  for (const link of [...asList(page?.relatedLink), ...asList(record(page?.mainEntity).relatedLink)]) {
    const url = typeof link === 'string' && !/^https?:\/\/t\.co\//i.test(link) ? shownUrl(link) : undefined;
    if (url) links.add(url);
  }
  if (header) {
    for (const anchor of document.querySelectorAll('[data-testid="UserUrl"], [data-testid="UserDescription"] a[href^="https://t.co/"]')) {
      const url = shownUrl(anchor.textContent ?? '');
      if (url) links.add(url);
    }
  }
  return [...links].slice(0, MAX_PROFILE_LINKS);
}

/** The rendered header, if it is this handle's: its counts, join date, badge, bio, links. */
function fromHeader(document: Document, handle: string, name: Element | null): Partial<ProfileSignals> {
  if (!name) return {};
  const lang = pageLocale(document);
  const own = handle.toLowerCase();
  const linkTo = (...tabs: string[]) =>
    [...document.querySelectorAll('a[href]')].find((link) => tabs.some((tab) => link.getAttribute('href')!.toLowerCase().replace(/^https:\/\/(www\.)?(x|twitter)\.com/, '') === `/${own}/${tab}`));
  const linkCount = (link: Element | undefined) => (link ? parseCount(shownText(link), lang) ?? parseCount(link.getAttribute('aria-label'), lang) : undefined);
  const items = document.querySelector('[data-testid="UserProfileHeader_Items"]');
  const avatar = linkTo('photo')?.querySelector('img')?.getAttribute('src');
  return {
    followers: linkCount(linkTo('verified_followers', 'followers')),
    following: linkCount(linkTo('following')),
    posts: topBarPosts(document, lang),
    createdAt: joinedAt(shownText(document.querySelector('[data-testid="UserJoinDate"]'))),
    verified: name.querySelector('[data-testid="icon-verified"], svg[aria-label="Verified account"]') !== null,
    // The header shows these where the profile has them, and nothing where it does not.
    hasBio: shownText(document.querySelector('[data-testid="UserDescription"]')) !== '',
    hasUrl: items ? items.querySelector('[data-testid="UserUrl"]') !== null : undefined,
    hasLocation: items ? shownText(items.querySelector('[data-testid="UserLocation"]')) !== '' : undefined,
    hasAvatar: avatar ? !avatar.includes('default_profile_images') : undefined,
  };
}

/** A profile page's signals: the embedded schema first (exact numbers), the header for the rest; null when neither shows this handle. */
export function observeProfile(document: Document, profile: ProfileRef): PageObservation | null {
  // The schema and the header are looked up once: the counts and the links both read them.
  const schema = profileSchema(document, profile.handle);
  const header = headerName(document, profile.handle);
  const observation = observed(profile, fromSchema(schema), fromHeader(document, profile.handle, header));
  const links = observation ? profileLinks(document, schema, header) : [];
  return observation && links.length > 0 ? { ...observation, links } : observation;
}

/** Whether an element of a post belongs to a post it quotes (a div acting as a link), not to the post itself. */
function inQuote(element: Element, post: Element): boolean {
  const quote = element.parentElement?.closest('[role="link"]:not(a)');
  return quote !== null && quote !== undefined && post.contains(quote);
}

/** The post's own elements that match: not those of a post it quotes, nor of another post inside it. */
export function ownElements(post: Element, selector: string, nested = holdsOtherPosts(post)): Element[] {
  const all = [...post.querySelectorAll(selector)];
  return nested ? all.filter((element) => element.closest('article') === post && !inQuote(element, post)) : all;
}

/** Whether a post quotes or holds another: most do not, and then everything in them is theirs. */
function holdsOtherPosts(post: Element): boolean {
  return post.querySelector('article, [role="link"]:not(a)') !== null;
}

/** What a label part counts, by its words (its digits written 0: the same few words recur under every post). */
const labelField = memoised((part: string) => {
  const words = part.toLowerCase().replace(/[’`]/g, "'");
  return LABEL_WORDS.find(([, pattern]) => pattern.test(words))?.[0];
});

const LABEL_PARTS = /,\s+|[、，;；]\s*/;

interface LabelPart {
  field: LabelField | undefined;
  /** Numbers in the part ("0"s in its shape). */
  numbers: number;
  /** One number, first, that the parser takes as it is ("12 replies", not "12 mil Me gusta"): its digits are the count. */
  plain: boolean;
}

/**
 * How each part of a label of this shape reads (the key: its language, "|", the label with its
 * digits written 0). Under every post the label has the same shape, so it is worked out once.
 */
const labelShape = memoised((key: string): LabelPart[] => {
  const bar = key.indexOf('|');
  const lang = key.slice(0, bar) || undefined;
  return key
    .slice(bar + 1)
    .split(LABEL_PARTS)
    .map((part) => ({
      field: labelField(part),
      numbers: part.split('0').length - 1,
      plain: /^0\D*$/.test(part) && parseCount(`7${part.slice(1)}`, lang) === 7,
    }));
});

/** The group label's counts, each part by its words ("12 Antworten, 3 Reposts, …"). */
export function countsFromLabel(label: string, lang?: string): Partial<Record<LabelField, number>> {
  const counts: Partial<Record<LabelField, number>> = {};
  const shape = labelShape(`${lang ?? ''}|${label.replace(/\d+/g, '0')}`);
  const numbers = label.match(/\d+/g) ?? [];
  // Only a part with a separator or a scale word needs the parser, and its own text.
  const parts = shape.some((part) => part.field && part.numbers > 0 && !part.plain) ? label.split(LABEL_PARTS) : [];
  let number = 0;
  shape.forEach((part, index) => {
    const value = part.numbers === 0 ? undefined : part.plain ? Number(numbers[number]) : parseCount(parts[index], lang);
    number += part.numbers;
    if (part.field && value !== undefined && Number.isSafeInteger(value) && counts[part.field] === undefined) counts[part.field] = value;
  });
  return counts;
}

/** A button's count: its aria-label ("12 Replies. Reply"), else its text ("12"); a labelled button without a number shows none, which X writes for zero. */
function buttonCount(button: Element, lang?: string): number | undefined {
  const label = button.getAttribute('aria-label') ?? '';
  const text = shownText(button);
  if (/\d/.test(label)) return parseCount(label, lang);
  if (/\d/.test(text)) return parseCount(text, lang);
  return label.trim() !== '' ? 0 : undefined;
}

function postCounts(post: Element, nested: boolean, lang?: string): PostCounts {
  const groups = ownElements(post, '[role="group"]', nested);
  // The action bar is the group with the buttons (asked only where there are several: else it is the one).
  const group = groups.length > 1 ? (groups.find((candidate) => candidate.querySelector('[data-testid="reply"], [data-testid="like"], [data-testid="unlike"]')) ?? groups[0]) : groups[0];
  const fromLabel = countsFromLabel(group?.getAttribute('aria-label') ?? '', lang);
  const counts: PostCounts = {};
  for (const field of ['replies', 'reposts', 'quotes', 'likes', 'views'] as const) if (fromLabel[field] !== undefined) counts[field] = fromLabel[field];
  for (const [field, selector] of BUTTONS) {
    if (counts[field] !== undefined) continue; // the group's label said it: no need to look further
    const button = ownElements(post, selector, nested).find((candidate) => !group || group.contains(candidate));
    if (button) counts[field] = buttonCount(button, lang);
  }
  return withoutUndefined(counts);
}

/** One post (article[data-testid="tweet"]): its permalink, author, time and counts; null without a permalink or a count. */
export function readPost(post: Element, page: URL): SeenPost | null {
  const nested = holdsOtherPosts(post);
  // The permalink is the link around the post's time: found from the time, the rarer element.
  for (const time of ownElements(post, 'a[href*="/status/"] time', nested)) {
    const link = time.closest('a');
    const path = link && linkParts(link, page)?.pathname;
    if (!path) continue;
    const match = /^\/([^/]+)\/status\/(\d+)\/?$/.exec(path);
    if (!match || !networkInfo('x')!.isValidHandle(match[1])) continue;
    const counts = postCounts(post, nested, pageLocale(post.ownerDocument));
    if (Object.keys(counts).length === 0) return null;
    const postedAt = isoTime(time);
    return { id: `/${match[1]}/status/${match[2]}`, author: { network: 'x', handle: match[1] }, ...(postedAt ? { postedAt } : {}), ...counts };
  }
  return null;
}
