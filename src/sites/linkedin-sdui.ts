// The posts of LinkedIn's server-driven feed (SDUI: served to some users instead of the Ember
// feed since 2025, an A/B test, so linkedin-page.ts reads the old one still). Its markup has no
// data-urn, no urn:li:activity on most cards and only hashed class names; what stays is
// structure and componentkey values. Hooks, most stable first:
// - the card: SDUI_POST (a listitem and its `…FeedType_…` componentkey or id);
// - its id: a `/feed/update/urn:li:activity:…` link of its own where it has one, or the URN its
//   comment tools' key encodes, or its own text box's id (translatable-commentary-…: then the
//   time is in the id, as in the old feed), else the token of its componentkey (or, 2026, its
//   id), which names the card as long as it is on the page;
// - its author: its first link that is a card (name, degree or followers, time as lines of
//   their own), or whose name the card's buttons give ("Open control menu for post by …": a
//   company's link in search results is its name alone), as a "reposted this" line above it
//   or an avatar is not; never a commenter's;
// - its counts: single text leaves, each written twice (once aria-hidden): "252 reactions",
//   "22 comments", "5 reposts", "Grace Hopper and 46 others reacted" (47), read before the
//   comments under the card; search results' cards (2026) write only the number inside the
//   Comment and Repost buttons.
import { parseCount } from '../lib/count';
import type { SeenPost } from './types';
import { CARD_WRAPPER, POST_URN, PROFILE_LINK, SDUI_COMMENTS, SDUI_POST_TEXT, linkedProfile, namedBySduiButtons } from './linkedin-page';
import { COMMENT_WORD, NOT_LETTER, REPOST_WORD, VIEW_WORD, postedAt } from './linkedin-post';
import { SIGHTED, hiddenFromSight, pageLocale, shownText, textPieces, withoutUndefined } from './page-reading';

/** A link to the card's own post: `/feed/update/urn:li:activity:7315…/` (or urn%3Ali%3A…). */
const UPDATE_LINK = /\/feed\/update\/urn(?::|%3[Aa])li(?::|%3[Aa])(activity|share|ugcPost)(?::|%3[Aa])(\d{15,20})/;
const REACTION_WORD = new RegExp(`${NOT_LETTER}(?:reactions?|likes?|reaktion(?:en)?|réactions?|reacci(?:ón|ones)|rea[çc](?:ão|ões)|reazion[ei]|reaktioner|reakcj\\p{L}*)(?!\\p{L})`, 'iu');
/** "Grace Hopper and 46 others (reacted)", "… und 46 weitere Personen", "… y 46 personas más", "… e outras 46 pessoas". */
const AND_OTHERS = /\s(?:and|und|et|y|e|en|och)\s+(?:(?:outr[ao]s|altr[ei])\s+)?(\d[\d.,\u00a0\u202f]*(?:\s?(?:k|mil|tsd\.?))?)\s+(?:others?|weitere|autres|personas|pessoas|persone|anderen|andra)(?!\p{L})/iu;
/** A counts label is short; a longer leaf that starts with a number is the post's text. */
const MAX_LABEL = 40;
const MAX_NAMED_LABEL = 160;

type Counts = Pick<SeenPost, 'likes' | 'replies' | 'reposts' | 'views'>;

/** The element keyed by the card's comment tools ("<message>-replaceableCommentTools<token>FeedType_…"), by componentkey or (2026) id. */
const COMMENT_TOOLS = '[componentkey*="-replaceableCommentTools"], [id*="-replaceableCommentTools"]';

/**
 * The post's URN in its comment tools' key: the key begins with a protobuf message (base64url)
 * whose field 1 (an activity) or 2 (a ugcPost) holds the post's id, zigzag-encoded, in its own
 * field 1. ("CgsIgMC1nNObzKHQAQ" is urn:li:activity:7503446054969716736; the time in that id is
 * the post's, as the card's own share id says.)
 */
export function urnFromCommentTools(key: string): string | null {
  const encoded = /^([A-Za-z0-9_-]{8,64})-replaceableCommentTools/.exec(key)?.[1];
  if (!encoded) return null;
  let bytes: number[];
  try {
    bytes = [...atob(encoded.replace(/-/g, '+').replace(/_/g, '/'))].map((char) => char.charCodeAt(0));
  } catch {
    return null;
  }
  const kind = bytes[0] === 0x0a ? 'activity' : bytes[0] === 0x12 ? 'ugcPost' : null;
  // The inner message fills the rest and starts with its field 1 as a varint.
  if (!kind || bytes[1] !== bytes.length - 2 || bytes[2] !== 0x08) return null;
  let value = 0n;
  for (let at = 3, shift = 0n; at < bytes.length; at++, shift += 7n) {
    value |= BigInt(bytes[at] & 0x7f) << shift;
    if ((bytes[at] & 0x80) === 0) {
      const id = (value >> 1n).toString();
      return (value & 1n) === 0n && /^\d{15,20}$/.test(id) ? `urn:li:${kind}:${id}` : null;
    }
  }
  return null;
}

/**
 * The post's text box (2026) is named for the post's URN as LinkedIn's server writes it:
 * "translatable-commentary-FeTranslationUrn(… ShareUrn(shareId=<id>) …)", "…
 * UserGeneratedContentPostUrn(userGeneratedContentId=<id>) …", or a group's "… GroupPostUrn(groupId=<g>,
 * postId=<id>) …" (quoted from Turkish, Portuguese and German pages of 2026 by three projects), in its
 * id or, on other 2026 cards, in its componentkey ("translation_translatable-commentary-…").
 */
const COMMENTARY = '[id^="translatable-commentary-"], [componentkey*="translatable-commentary-"]';

export function urnFromCommentary(id: string): string | null {
  const share = /\bshareId=(\d{15,20})\)/.exec(id);
  if (share) return `urn:li:share:${share[1]}`;
  const ugcPost = /\buserGeneratedContentId=(\d{15,20})\)/.exec(id);
  if (ugcPost) return `urn:li:ugcPost:${ugcPost[1]}`;
  const groupPost = /\bGroupPostUrn\(groupId=(\d{1,20}), postId=(\d{15,20})\)/.exec(id);
  return groupPost ? `urn:li:groupPost:${groupPost[1]}-${groupPost[2]}` : null;
}

/**
 * The card's id: its own post's URN where a link names it (not one its text cites), its comment
 * tools' key does or its text box's id does, else its componentkey's token (which names the card
 * only while it is on the page).
 */
function postId(post: Element): string | null {
  for (const link of post.querySelectorAll('a[href*="/feed/update/urn"]')) {
    const match = UPDATE_LINK.exec(link.getAttribute('href') ?? '');
    if (match && !link.closest(SDUI_POST_TEXT)) return `urn:li:${match[1]}:${match[2]}`;
  }
  // Inside the card (search results), or beside it in the wrapper that carries its key (the feed).
  const wrapper = post.parentElement?.matches(CARD_WRAPPER) ? post.parentElement : null;
  const tools = post.querySelector(COMMENT_TOOLS) ?? wrapper?.querySelector(`:scope > :is(${COMMENT_TOOLS})`);
  const urn = tools && urnFromCommentTools(tools.getAttribute('componentkey') ?? tools.id);
  if (urn) return urn;
  // Its own text box: the card's first, where the id is on it. (A repost's text box comes first,
  // the original's after it: a later one is the original's.)
  const ownText = post.querySelector(SDUI_POST_TEXT);
  const commentary = ownText?.closest(COMMENTARY) ?? ownText?.querySelector(COMMENTARY);
  const named = commentary && post.contains(commentary) ? urnFromCommentary(commentary.id || (commentary.getAttribute('componentkey') ?? '')) : null;
  if (named) return named;
  const keyed = post.closest(`[role="listitem"][componentkey*="FeedType_"], ${CARD_WRAPPER}`);
  const key = keyed?.getAttribute('componentkey') ?? keyed?.id ?? '';
  // "expanded<token>FeedType_…" and "update-card-focus<token>FeedType_…" name the same card: its state is no part of it.
  const token = key.replace(/FeedType_.*$/, '').replace(/^(?:expanded|update-card-focus)/, '');
  return token ? `sdui:${token}` : null;
}

/** What a counts label counts: "22 comments" replies, "5 reposts" reposts, "252 reactions" likes. */
function countOf(label: string, lang?: string): [keyof Counts, number | undefined] | null {
  if (/^\d/.test(label) && label.length <= MAX_LABEL) {
    const kind = COMMENT_WORD.test(label) ? 'replies' : REPOST_WORD.test(label) ? 'reposts' : VIEW_WORD.test(label) ? 'views' : REACTION_WORD.test(label) ? 'likes' : null;
    return kind && [kind, parseCount(label, lang)];
  }
  const others = label.length <= MAX_NAMED_LABEL ? AND_OTHERS.exec(label) : null;
  const count = others ? parseCount(others[1], lang) : undefined;
  return count === undefined ? null : ['likes', count + 1];
}

/**
 * The action bar's buttons, by their labels: search results' cards (2026) write no "41
 * comments", only the number inside the Comment and Repost buttons. (The reaction button's
 * label is its state; its count is worded beside the bar, "1,167 reactions".)
 */
const COMMENT_BUTTON = /^(?:comment|kommentieren|commenter|comentar|commentare|reageren|kommentera|skomentuj)$/i;
const REPOST_BUTTON = /^(?:repost|reposten|republier|republicar|ripubblica|opnieuw plaatsen|återpublicera|udostępnij dalej)$/i;

function buttonCounts(post: Element, lang?: string): Counts {
  const read: Counts = {};
  for (const button of post.querySelectorAll('button[aria-label]')) {
    if (button.closest(`${SDUI_POST_TEXT}, ${SDUI_COMMENTS}`) || button.closest('[role="listitem"]') !== post) continue;
    const label = button.getAttribute('aria-label')!.trim();
    const kind = COMMENT_BUTTON.test(label) || COMMENT_WORD.test(label) ? 'replies' : REPOST_BUTTON.test(label) || REPOST_WORD.test(label) ? 'reposts' : null;
    const text = shownText(button, SIGHTED);
    if (kind && read[kind] === undefined && /^\d/.test(text)) read[kind] = parseCount(text, lang);
  }
  return read;
}

function counts(post: Element, lang?: string): Counts {
  const read: Counts = {};
  // A div holds the label where it is a link's accessible name ("<div id=…>1,167 reactions</div>").
  for (const leaf of post.querySelectorAll('span, p, div')) {
    if (leaf.childElementCount > 0) continue;
    const text = leaf.textContent ?? '';
    if (!/\d/.test(text)) continue;
    // Each label is written twice, one copy aria-hidden; the comments under the card and a list inside it have counts of their own.
    if (hiddenFromSight(leaf) || leaf.closest(`[aria-hidden="true"], ${SDUI_POST_TEXT}, ${SDUI_COMMENTS}`) || leaf.closest('[role="listitem"]') !== post) continue;
    const count = countOf(shownText(leaf, SIGHTED), lang);
    if (count && read[count[0]] === undefined) read[count[0]] = count[1];
  }
  // A worded label wins over a button's bare number.
  return withoutUndefined({ ...buttonCounts(post, lang), ...withoutUndefined(read) });
}

/** The card's author: its first link whose text is a card (name, degree, headline) or the name its buttons give, not an avatar or a "… reposted this" name. */
function author(post: Element, page: URL) {
  for (const link of post.querySelectorAll(PROFILE_LINK)) {
    const pieces = textPieces(link, SIGHTED);
    if (pieces.length === 0) continue;
    // A company's link in search results is its name alone: the card's buttons say it is the author.
    if (pieces.every((piece) => piece.holder === pieces[0].holder) && !namedBySduiButtons(post, shownText(link, SIGHTED))) continue;
    // A card with no author line of its own: its counts are nobody's to credit.
    return link.closest(`${SDUI_POST_TEXT}, ${SDUI_COMMENTS}`) ? null : linkedProfile(link, page);
  }
  return null;
}

export function postFromSdui(element: Element, page: URL): SeenPost | null {
  // A list inside a card (comments, a carousel) is no post of its own.
  if (element.parentElement?.closest('[role="listitem"]')) return null;
  const id = postId(element);
  const actor = id && author(element, page);
  if (!actor) return null;
  const read = counts(element, pageLocale(element.ownerDocument));
  if (Object.keys(read).length === 0) return null;
  const urn = POST_URN.exec(id);
  return { id, author: { network: 'linkedin', handle: actor.handle }, ...withoutUndefined({ postedAt: urn ? postedAt(urn[1]) : undefined }), ...read };
}
