// LinkedIn's posts, as linkedin.ts reads them: data-urn / data-activity-urn (its id; the time
// is in the id itself: its upper bits are milliseconds since 1970), data-num-reactions /
// data-num-comments where the page has them, else the counts bar's buttons
// (data-reaction-details; comments and reposts by their labels). The server-driven feed's
// cards: linkedin-sdui.ts, which shares the labels' words.
import { parseCount } from '../lib/count';
import type { SeenPost } from './types';
import { SIGHTED, pageLocale, shownText, withoutUndefined } from './page-reading';
import { ACTOR_LINK, POST_URN, linkedProfile } from './linkedin-page';

export const NOT_LETTER = '(?<!\\p{L})';
export const COMMENT_WORD = new RegExp(`${NOT_LETTER}(?:comments?|kommentare?|commentaires?|comentarios?|coment[áa]rios?|commenti|reacties|kommentarer|komentarz\\p{L}*)(?!\\p{L})`, 'iu');
export const REPOST_WORD = new RegExp(`${NOT_LETTER}(?:reposts?|reshares?|shares|mal geteilt|republications?|partages|compartid\\p{L}*|condivision\\p{L}*|ripubblicazion\\p{L}*|gedeeld|delningar)(?!\\p{L})`, 'iu');
export const VIEW_WORD = new RegExp(`${NOT_LETTER}(?:views|impressions|aufrufe|impressionen|vues|visualizaciones|visualizzazioni|weergaven)(?!\\p{L})`, 'iu');

function attributeCount(element: Element, attribute: string): number | undefined {
  const value = element.querySelector(`[${attribute}]`)?.getAttribute(attribute) ?? element.getAttribute(attribute);
  return value && /^\d+$/.test(value) ? Number(value) : undefined;
}

/** The reactions count: the number beside the reaction icons, or a label that starts with it ("55 reactions"). */
function reactions(post: Element, lang?: string): number | undefined {
  const button = post.querySelector('button[data-reaction-details]') ?? post.querySelector('.social-details-social-counts__reactions button');
  if (!button) return undefined;
  const number = button.querySelector('.social-details-social-counts__reactions-count, [data-social-proof-fallback]');
  if (number) return parseCount(shownText(number, SIGHTED), lang);
  const label = button.getAttribute('aria-label') ?? '';
  return /^\d/.test(label) ? parseCount(label, lang) : undefined;
}

/** Comments, reposts and views from the counts bar's other buttons, told apart by their labels ("2 comments on …", "3 reposts of …"). */
function otherCounts(post: Element, lang?: string): Pick<SeenPost, 'replies' | 'reposts' | 'views'> {
  const counts: Pick<SeenPost, 'replies' | 'reposts' | 'views'> = {};
  for (const button of post.querySelectorAll('[data-non-reaction-details] button, .social-details-social-counts__item button')) {
    const label = button.getAttribute('aria-label') || shownText(button, SIGHTED);
    if (!/^\d/.test(label)) continue;
    const kind = COMMENT_WORD.test(label) ? 'replies' : REPOST_WORD.test(label) ? 'reposts' : VIEW_WORD.test(label) ? 'views' : null;
    if (kind && counts[kind] === undefined) counts[kind] = parseCount(label, lang);
  }
  return counts;
}

/** When a post was made: the upper 41 bits of its id are the milliseconds since 1970. */
export function postedAt(id: string): string | undefined {
  const time = Number(BigInt(id) >> 22n);
  return time > Date.UTC(2003, 0) && time < Date.now() + 86_400_000 ? new Date(time).toISOString() : undefined;
}

export function postFromLinkedIn(element: Element, page: URL): SeenPost | null {
  // The home feed wraps a post with data-urn in one with data-id: the inner one is read.
  if (element.matches('[data-id]:not([data-urn])') && element.querySelector('[data-urn^="urn:li:"]')) return null;
  const urn = ['data-featured-activity-urn', 'data-activity-urn', 'data-urn', 'data-id'].map((name) => element.getAttribute(name)).find((value) => value && POST_URN.test(value));
  if (!urn) return null;
  const actor = [...element.querySelectorAll(ACTOR_LINK)].map((link) => linkedProfile(link, page)).find(Boolean);
  if (!actor) return null;
  const lang = pageLocale(element.ownerDocument);
  const labelled = otherCounts(element, lang);
  const read = withoutUndefined({
    likes: attributeCount(element, 'data-num-reactions') ?? reactions(element, lang),
    replies: attributeCount(element, 'data-num-comments') ?? labelled.replies,
    reposts: attributeCount(element, 'data-num-reposts') ?? labelled.reposts,
    views: labelled.views,
  });
  if (Object.keys(read).length === 0) return null;
  return { id: urn, author: { network: 'linkedin', handle: actor.handle }, ...withoutUndefined({ postedAt: postedAt(POST_URN.exec(urn)![1]) }), ...read };
}
