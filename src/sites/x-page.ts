// What X's pages show of a profile, read for src/sites/x.ts (each post's counts: x-post.ts).
// Hooks, most stable first: the schema.org ProfilePage X embeds in a profile page
// (script[type="application/ld+json"][data-testid="UserProfileSchema-test"], read in x-schema.ts: exact followers,
// following and posts, the creation date, bio, location, avatar, links: the website in
// relatedLink, or in sameAs on newer pages); the header's data-testids (UserName,
// UserDescription, UserUrl, UserLocation, UserJoinDate, icon-verified) and its links to
// /<handle>/followers, /verified_followers and /following with the count in their text; the top
// bar's "74.2K posts". Where neither gives a count, pre-2020 twitter.com's profile nav
// (x-legacy.ts). The header and the top bar are written in the reader's language (X has about
// 50): the join date is read with that language's month names, as Intl writes them, and the
// posts word is looked up in X's own wording for each language.
import { afterScaleWord, parseCount } from '../lib/count';
import type { ProfileRef } from '../lib/profile-ref';
import type { ProfileSignals } from '../score/types';
import type { PageObservation } from './types';
import { observed, pageLocale, shownText } from './page-reading';
import { joinedAt } from './join-date';
import { legacyProfileCounts } from './x-legacy';
import { fromSchema, profileSchema, schemaLinks } from './x-schema';


/**
 * The word after the top bar's count on the posts tab, in each of X's languages (its
 * "postedTweetsNum"; earlier "Tweets", "Beiträge", "publicaciones"); other tabs say "likes",
 * "photos & videos". Plural forms differ by language: ru "поста"/"постов", pl "wpisy"/"wpisów".
 */
const POSTS_WORDS = [
  'posts?', 'tweets?', 'beiträge', 'beitrag', 'publicaciones', 'publicación', 'publications?', 'publicações', 'publicação', 'postagens',
  '件のポスト', 'ポスト', '帖子', '則貼文', '貼文', '게시물', // ja, zh-Hans, zh-Hant, ko
  'posty', '\\(na\\) post', 'gönderi', 'postingan', 'siaran', 'bài đăng', 'โพสต์', // cs, fil, tr, id, ms, vi, th
  'منشورات', 'منشور', 'من المنشورات', 'پست', 'פוסט', 'פוסטים', // ar, fa, he
  'पोस्ट', 'पोस्ट्स', 'পোস্ট', 'પોસ્ટ', 'પોસ્ટ્સ', 'இடுகை', 'இடுகைகள்', 'ಪೋಸ್ಟ್', 'ಪೋಸ್ಟ್ಗಳು', // hi and mr, bn, gu, ta, kn
  'пост(?:а|ов|и|ів|у)?', 'публикаци[яи]', 'објав[еа]', 'wpis(?:y|ów|u)?', 'ανάρτηση', 'αναρτήσεις', // ru and uk, bg, sr, pl, el
  'publicació', 'publicacions', 'bejegyzés', 'inlägg', 'innlegg', 'julkaisua?', 'postări', 'postare', // ca, hu, sv, nb, fi, ro
  'príspevky', 'príspevku', 'nový príspevok', 'nove objave', 'nova objava', 'novih objava', // sk, hr
];
const POSTS_WORD = new RegExp(`^(?:${POSTS_WORDS.join('|')})$`, 'iu');
/** The top bar's count and what follows it; a space inside the number only before more digits ("1 234 постов"). */
const COUNT_THEN_WORDS = /^(\p{Nd}(?:[\p{Nd}.,'’\u066b\u066c]|\s(?=\p{Nd}))*)\s*(.*)$/su;
/** Right-to-left pages put these around numbers; they are no part of the text's words. */
const BIDI_MARKS = /[\u200e\u200f\u061c]/g;

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

/** Twitter opened in 2006: a join date before it is another calendar's year (Persian 1388) or a misreading. */
const FIRST_JOIN_YEAR = 2006;

const sameHandle = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
/** Links of a profile passed on, at most (a bio holds a few). */
const MAX_PROFILE_LINKS = 10;


/**
 * The top bar's "74.2K posts" ("1.234 gönderi", "1,2 Mn gönderi", "1.2만 게시물") as a count;
 * undefined where the word is another tab's.
 */
export function postsCount(text: string, lang?: string): number | undefined {
  const [, number, rest] = COUNT_THEN_WORDS.exec(text.replace(BIDI_MARKS, '').trim()) ?? [];
  if (number === undefined) return undefined;
  // Only a scale parseCount reads may stand between: another word would leave the count unscaled, and wrong.
  const words = (afterScaleWord(rest, lang) ?? rest).replace(/\s+/g, ' ');
  return POSTS_WORD.test(words) ? parseCount(text, lang) : undefined;
}

/** The top bar's "74.2K posts" under the name, on the posts tab. */
function topBarPosts(document: Document, lang?: string): number | undefined {
  for (const heading of document.querySelectorAll('[data-testid="primaryColumn"] h2[role="heading"]')) {
    const count = postsCount(shownText(heading.nextElementSibling), lang);
    if (count !== undefined) return count;
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
  for (const link of schemaLinks(page)) {
    const url = !/^https?:\/\/t\.co\//i.test(link) ? shownUrl(link) : undefined;
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
    createdAt: joinedAt(shownText(document.querySelector('[data-testid="UserJoinDate"]')), lang, FIRST_JOIN_YEAR),
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
  const modern = [fromSchema(schema), fromHeader(document, profile.handle, header)];
  // Legacy Twitter's nav is looked for only where neither shows a count (archived pages).
  const counted = modern.some((part) => part.followers !== undefined || part.following !== undefined || part.posts !== undefined);
  const observation = observed(profile, ...modern, counted ? null : legacyProfileCounts(document, profile.handle));
  const links = observation ? profileLinks(document, schema, header) : [];
  return observation && links.length > 0 ? { ...observation, links } : observation;
}
