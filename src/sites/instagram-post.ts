// The counts under an Instagram post or reel, and its id, read for src/sites/instagram.ts. Hooks,
// most stable first: the first `/p/<id>/liked_by/` link that holds a number ("1,234 likes"; the
// 2025 feed puts a text-less stack of likers' avatars before it), where it says "1,232 others"
// ("Liked by a, b and 1,232 others"; Portuguese "… e outras 2 pessoas") with the likers that
// line names added; the "View all 56 comments" `/p/<id>/comments/` link. Where no link gives a
// number (2025 post and reel pages), the count beside an action icon: the icon named by its
// svg aria-label in the page's language ("Like", "Curtir", "Comment", …), and the [role=button]
// after the icon's own holding a number alone (reposts too, since 2025); the icons of the
// post's action bar (a <section>) before any other's, so that a comment's heart is never read
// as the post's.
import { parseCount } from '../lib/count';
import type { SeenPost } from './types';
import { comesAfter, shownText } from './page-reading';

type Counted = Pick<SeenPost, 'likes' | 'replies' | 'reposts'>;

/** A post's permalink as `/p/<id>/` (Instagram also writes `/<user>/p/<id>/`, and a reel as `/reel/<id>/` or `/reels/<id>/`). */
export function postId(url: URL): string | null {
  const match = /^(?:\/[^/]+)?\/(p|reels?|tv)\/([A-Za-z0-9_-]+)\//.exec(url.pathname.replace(/\/?$/, '/'));
  // "/reels/audio/<id>/" is a sound's page, not a reel.
  if (!match || (match[1] === 'reels' && match[2] === 'audio')) return null;
  return `/${match[1] === 'reels' ? 'reel' : match[1]}/${match[2]}/`;
}

/** A link to a post or reel itself (not to its likers or comments). */
export const POST_PATH = /\/(p|reels?|tv)\/[^/]+\/?$/;

/** The liked_by link's text where it counts only the likers the line does not name. */
const OTHERS = [/^\d\S*\s+others?$/i, /^outras?\s+\d\S*\s+pessoas?$/i];

/**
 * The action icons' labels, as Instagram writes them in English, Portuguese, Spanish, German,
 * French, Italian, Japanese and Turkish, and Indonesian's like ("Unlike" once the reader has
 * liked the post). Reposts (2025) only by their English label: no other language's was found.
 */
const ICON_FIELDS: Record<string, keyof Counted> = {
  like: 'likes', unlike: 'likes', curtir: 'likes', 'me gusta': 'likes', 'gefällt mir': 'likes', "j'aime": 'likes', 'mi piace': 'likes', 'いいね!': 'likes', いいね: 'likes', beğen: 'likes', suka: 'likes',
  // ru, zh-CN, ko (automation extensions' label tables, 2024–26).
  нравится: 'likes', 赞: 'likes', 좋아요: 'likes',
  // A liked post's button says its undo (Meta's strings, quoted by automation scripts of 2024–26).
  'ya no me gusta': 'likes', descurtir: 'likes', 'non mi piace più': 'likes', "je n'aime plus": 'likes', 'gefällt mir nicht mehr': 'likes',
  'beğenmekten vazgeç': 'likes', 'beğeniyi geri al': 'likes', '좋아요 취소': 'likes',
  comment: 'replies', comentar: 'replies', comentario: 'replies', kommentieren: 'replies', commenter: 'replies', commenta: 'replies', コメント: 'replies', 'yorum yap': 'replies',
  комментировать: 'replies', 评论: 'replies', コメントする: 'replies',
  repost: 'reposts', unrepost: 'reposts', 'yeniden paylaş': 'reposts',
  // nl (a test on captured 2025–26 post pages; a liker script: its undo too), pl (a 2025–26 agent), th (an extension's label table).
  'vind ik leuk': 'likes', 'vind ik niet meer leuk': 'likes', 'lubię to!': 'likes', ถูกใจ: 'likes', เลิกถูกใจ: 'likes', รีโพสต์: 'reposts',
};
/** A number alone ("4", "1,234", "12.3K", "1,2 Mio.", "1.2万"); a word after it ("3 curtidas") makes it another line. */
const BARE_COUNT = /^\d[\d.,\s\u00a0\u202f]*(?:[^\s\d]{1,4}\.?)?$/u;

const iconField = (icon: Element): keyof Counted | undefined =>
  ICON_FIELDS[icon.getAttribute('aria-label')!.normalize('NFKC').replace(/’/g, "'").trim().toLowerCase()];

/**
 * How many likers the liked_by link's line names beside it: the nearest element around the link
 * that links to anyone, short of the post's section, header or time.
 */
function likersNamedBeside(link: Element, nameOf: (link: Element) => string | null): number {
  let line = link.parentElement;
  for (let depth = 0; line && depth < 3; depth++, line = line.parentElement) {
    if (line.matches('article, header') || line.querySelector('header, time')) return 0;
    const named = new Set([...line.querySelectorAll('a[href]')].map((a) => nameOf(a)?.toLowerCase()).filter(Boolean));
    if (named.size > 0) return named.size;
    if (line.localName === 'section') return 0;
  }
  return 0;
}

function fromLinks(article: Element, nameOf: (link: Element) => string | null, locale?: string): Counted {
  const links = [...article.querySelectorAll('a[href]')];
  // The 2025 feed's first liked_by link is the likers' avatar stack, with no text: the count is in a later one.
  const numbered = (pattern: RegExp) => links.find((a) => pattern.test(a.getAttribute('href') ?? '') && /\d/.test(shownText(a)));
  // "1,234 likes"; "Liked by x and others" (counts hidden by the author) has no number: unknown.
  const likedBy = numbered(/\/liked_by\/?$/);
  const likesText = likedBy ? shownText(likedBy) : undefined;
  let likes = parseCount(likesText, locale);
  if (likes !== undefined && OTHERS.some((others) => others.test(likesText!))) likes += likersNamedBeside(likedBy!, nameOf);
  const comments = numbered(/\/comments\/?$/);
  return { likes, replies: comments ? parseCount(shownText(comments), locale) : undefined };
}

/** The count an action icon's button shows, or the [role=button] after it: undefined for none (none yet, or hidden). */
function countBeside(icon: Element, buttons: Element[], locale?: string): number | undefined {
  const own = icon.closest('[role="button"]');
  const ownText = own ? shownText(own) : '';
  if (BARE_COUNT.test(ownText)) return parseCount(ownText, locale);
  const from = own ?? icon;
  const next = buttons.find((button) => comesAfter(from, button));
  // Another action's button next (Comment after a Like with hidden likes): no count shown.
  if (!next || next.querySelector('svg[aria-label]')) return undefined;
  const text = shownText(next);
  return BARE_COUNT.test(text) ? parseCount(text, locale) : undefined;
}

function besideIcons(article: Element, locale?: string): Counted {
  // The bar is where the likes or comments are: a reposted feed item marks its header with a Repost icon too.
  const isAction = (icon: Element) => iconField(icon) === 'likes' || iconField(icon) === 'replies';
  const bar = [...article.querySelectorAll('section')].find((section) => [...section.querySelectorAll('svg[aria-label]')].some(isAction));
  const icons = [...(bar ?? article).querySelectorAll('svg[aria-label]')];
  const buttons = [...article.querySelectorAll('[role="button"]')];
  const counted: Counted = {};
  const seen = new Set<keyof Counted>();
  for (const icon of icons) {
    const field = iconField(icon);
    // The first icon of each kind is the post's own action; the count beside it, or none, is the answer.
    // A Repost icon before the bar's Like or Comment marks a reposted item's header, not the bar.
    if (!field || seen.has(field) || (field === 'reposts' && !seen.has('likes') && !seen.has('replies'))) continue;
    seen.add(field);
    counted[field] = countBeside(icon, buttons, locale);
  }
  return counted;
}

/** A post's likes and comments: from its links, else beside its action icons; its reposts beside theirs. */
export function postCounts(article: Element, nameOf: (link: Element) => string | null, locale?: string): Counted {
  const { likes, replies } = fromLinks(article, nameOf, locale);
  const beside = besideIcons(article, locale);
  return { likes: likes ?? beside.likes, replies: replies ?? beside.replies, reposts: beside.reposts };
}
