// The counts under each post on X, read for src/sites/x.ts. Hooks, most stable first: the action
// bar's role="group" aria-label ("10 replies, 1 repost, 27 likes, 5 bookmarks, 11424 views",
// localised), then each button's aria-label by its data-testid (reply, retweet, like, and the
// /analytics link for views), then the number the button shows; the permalink around the post's
// <time>. The post is article[data-testid="tweet"], or (2019–21) the div[data-testid="tweet"]
// inside an article: what lies in a post inside it belongs to that one. Quoted posts (a
// div[role="link"] inside the post) are not read, nor are promoted posts. An X Article's reader
// view is a post too: its header's time is no link, and its analytics link names it (2026).
// Legacy posts: x-legacy.ts.
import { parseCount } from '../lib/count';
import { memoised } from '../lib/memo';
import { networkInfo } from '../lib/networks';
import type { SeenPost } from './types';
import { linkParts } from './find-handles';
import { isoTime, pageLocale, shownText, withoutUndefined } from './page-reading';

type PostCounts = Pick<SeenPost, 'replies' | 'reposts' | 'quotes' | 'likes' | 'views'>;
type LabelField = keyof PostCounts | 'bookmarks';

/**
 * The words of the group label in X's languages (en, de, es, fr, pt, ja, zh), tried in this order:
 * quotes before reposts, and bookmarks named so that they are not taken for anything else.
 */
const LABEL_WORDS: [LabelField, RegExp][] = [
  ['quotes', /quote|zitat|zitiert|\bcitas?\b|citaç|citation|引用/],
  ['replies', /repl(y|ies)|antwort|respuesta|r[ée]ponse|resposta|返信|回复/],
  ['reposts', /repost|retweet|retuit|republica|リポスト|リツイート|转帖/],
  ['likes', /\blikes?\b|gef[äa]llt|me gusta|j'aime|curtida|いいね|喜欢/],
  ['bookmarks', /bookmark|lesezeichen|guardad|marcador|signet|salvo|ブックマーク|书签/],
  ['views', /\bviews?\b|angezeigt|aufruf|ansicht|visualiza|reproducc|\bvistas?\b|\bvues?\b|表示|impression|观看/],
];
/** The action bar's buttons, by test id: they name the count whatever the page's language. */
const BUTTONS: [keyof PostCounts, string][] = [
  ['replies', '[data-testid="reply"]'],
  ['reposts', '[data-testid="retweet"], [data-testid="unretweet"]'],
  ['likes', '[data-testid="like"], [data-testid="unlike"]'],
  ['views', 'a[href$="/analytics"]'],
];
/** Whether an element of a post belongs to a post it quotes (a div acting as a link), not to the post itself. */
function inQuote(element: Element, post: Element): boolean {
  const quote = element.parentElement?.closest('[role="link"]:not(a)');
  return quote !== null && quote !== undefined && post.contains(quote);
}

/** An X Article in its reader view: a post whose header's time is no link. */
export const ARTICLE_READ_VIEW = '[data-testid="twitterArticleReadView"]';
/** What bounds a post: its article, the div that held the test id in 2019–21 (inside an article, so the nearest is the post), an X Article. */
const POST_BOUNDARY = `article, [data-testid="tweet"], ${ARTICLE_READ_VIEW}`;

/** The post's own elements that match: not those of a post it quotes, nor of another post inside it. */
function ownElements(post: Element, selector: string, nested = holdsOtherPosts(post)): Element[] {
  const all = [...post.querySelectorAll(selector)];
  return nested ? all.filter((element) => element.closest(POST_BOUNDARY) === post && !inQuote(element, post)) : all;
}

/** Whether a post quotes or holds another: most do not, and then everything in them is theirs. */
function holdsOtherPosts(post: Element): boolean {
  return post.querySelector(`${POST_BOUNDARY}, [role="link"]:not(a)`) !== null;
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

/**
 * A button's count: its aria-label ("12 Replies. Reply"), else its text ("12"); a labelled button
 * without a number shows none, which X writes for zero. Not so the views: a post from before X
 * counted them (2022) has the analytics link with no number, and its views are unknown.
 */
function buttonCount(button: Element, field: keyof PostCounts, lang?: string): number | undefined {
  const label = button.getAttribute('aria-label') ?? '';
  const text = shownText(button);
  if (/\d/.test(label)) return parseCount(label, lang);
  if (/\d/.test(text)) return parseCount(text, lang);
  return label.trim() !== '' && field !== 'views' ? 0 : undefined;
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
    if (button) counts[field] = buttonCount(button, field, lang);
  }
  return withoutUndefined(counts);
}

/**
 * Whether a post is promoted: X counts an ad's impressions with pixels in its timeline cell
 * (`…-impression-pixel`, the hook ad blockers' filters use). Not by its placementTracking
 * wrapper alone: every video sits in one.
 */
function isPromoted(post: Element): boolean {
  return (post.closest('[data-testid="cellInnerDiv"]') ?? post).querySelector('[data-testid$="-impression-pixel"]') !== null;
}

/** One post (article[data-testid="tweet"], 2019–21's div, an X Article): its permalink, author, time and counts; null without a permalink or a count, or where it is promoted. */
export function readPost(post: Element, page: URL): SeenPost | null {
  const nested = holdsOtherPosts(post);
  if (post.matches(ARTICLE_READ_VIEW)) return readArticle(post, page, nested);
  // The permalink is the link around the post's time: found from the time, the rarer element.
  for (const time of ownElements(post, 'a[href*="/status/"] time', nested)) {
    const link = time.closest('a');
    const path = link && linkParts(link, page)?.pathname;
    // An edited post's time links to its edit history ("/status/<id>/history"): the same post.
    const match = path ? /^\/([^/]+)\/status\/(\d+)(?:\/history)?\/?$/.exec(path) : null;
    if (match && networkInfo('x')!.isValidHandle(match[1])) return counted(post, nested, match[1], match[2], time);
  }
  return null;
}

/** An X Article: its header shows its time in no link, and its body may link other posts' times; its analytics link names it. */
function readArticle(post: Element, page: URL, nested: boolean): SeenPost | null {
  const analytics = ownElements(post, 'a[href$="/analytics"]', nested)[0];
  const path = analytics && linkParts(analytics, page)?.pathname;
  const match = path ? /^\/([^/]+)\/status\/(\d+)\/analytics$/.exec(path) : null;
  return match && networkInfo('x')!.isValidHandle(match[1]) ? counted(post, nested, match[1], match[2], ownElements(post, 'time[datetime]:not(a *)', nested)[0]) : null;
}

function counted(post: Element, nested: boolean, handle: string, id: string, time: Element | undefined): SeenPost | null {
  // A promoted post's reach is bought: its counts say nothing of its author's audience.
  if (isPromoted(post)) return null;
  const counts = postCounts(post, nested, pageLocale(post.ownerDocument));
  if (Object.keys(counts).length === 0) return null;
  const postedAt = isoTime(time);
  return { id: `/${handle}/status/${id}`, author: { network: 'x', handle }, ...(postedAt ? { postedAt } : {}), ...counts };
}
