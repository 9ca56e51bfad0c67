// What the pages LinkedIn serves to visitors not signed in (`.top-card-layout`: public profiles
// and company pages, on every country host and in its language) show beyond their JSON-LD, which
// many of them lack (a profile's graph may hold only its articles): the place the card's first
// subline names before its counts, and the counts the head's description ends with. Both are
// read only from such a page: it is served whole, so its head describes the profile it shows.
import { type CountPhrase, countPhrase } from './professional-pages';
import { SIGHTED, metaContent, textPieces } from './page-reading';

/** The card of a page served to visitors not signed in. */
export const PUBLIC_CARD = '.top-card-layout';
/** Sign-in prompts the subline nests beside its place ("Contact Info" and its modal: "Sign in to view …"). */
const NOT_A_LINE = 'a, button, [data-modal], .modal, [role="dialog"]';
/** "London, London · 5,750 followers": a place and a count strung together. */
const BREAK = /\s+[·•|]\s+/;

/**
 * The place the card's first subline names: its first line ("Singapore", "Greater Stockholm
 * Metropolitan Area", "München, Bayern"), unless that is already a count (no place given).
 */
export function sublinePlace(card: Element, lang?: string): string {
  const subline = card.matches(PUBLIC_CARD) ? card.querySelector('.top-card-layout__first-subline') : null;
  if (!subline) return '';
  const first = textPieces(subline, SIGHTED).find((piece) => {
    const prompt = piece.holder.closest(NOT_A_LINE);
    return !prompt || !subline.contains(prompt);
  });
  const text = first?.text.split(BREAK)[0].trim() ?? '';
  return text && !countPhrase(text, lang) && /\p{L}/u.test(text) ? text : '';
}

/**
 * The count a public profile's description ends with: "… · Location: Seattle · 500+ connections
 * on LinkedIn. View Jane’s profile …" ("500+ Kontakte auf LinkedIn.", "282 relations sur
 * LinkedIn."), for a card that shows none.
 */
export function describedCount(document: Document, card: Element, lang?: string): CountPhrase | null {
  if (!card.matches(PUBLIC_CARD)) return null;
  const last = (metaContent(document, 'description') ?? '').split(' · ').pop() ?? '';
  return countPhrase(last.split(/\.\s/)[0].trim(), lang);
}
