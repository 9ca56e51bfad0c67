// dev.to (DEV, a Forem): authors of articles and comments, @-mentions, and user pages
// `dev.to/<username>`. Hooks, most stable first: the URL shape of a link (`/<username>`, which
// DEV shares with its own pages, hence the reserved list built from Forem's routes and
// ReservedWords), DEV's profile preview cards (a button whose `aria-controls` names the card
// holding the author's link, `data-testid="profile-preview-card"`), and link text that is the
// author's name or @username. Avatar links carry no text and get no badge (except in a feed
// card's comment preview, whose name is no link: the badge goes after it), so each post or
// comment gets one badge per author: beside the preview card's button on wide screens, beside
// the plain name link DEV shows instead on narrow ones (the hidden one is never placed). The
// article sidebar (`#article-show-primary-sticky-nav`) badges its author card alone: its "More
// from" heading repeats the card, and names the organisation when the post has one.
import { DEVTO_RESERVED } from '../lib/reserved-paths';
import { networkInfo } from '../lib/networks';
import type { ProfileRef } from '../lib/profile-ref';
import type { FoundHandle, SiteAdapter } from './types';
import { decodedSegment, linkUrl } from './find-handles';

const HOSTS = ['dev.to', 'www.dev.to'];

const MAX_HANDLE_TEXT = 60;
/** The site's own header, menus and footer: the signed-in user's menu lives there. */
const SITE_CHROME = '#topbar, .crayons-header, [role="banner"], nav, [role="navigation"], footer, [role="contentinfo"]';
/** Rendered Markdown: there only @-mentions name a profile; other links are the author's own. */
const MARKDOWN = '#article-body, .crayons-article__body, .comment__body, .text-styles, .crayons-story__snippet';
/** A profile preview card: its link belongs to the button that opens it. */
const PREVIEW_CARD = '[data-testid="profile-preview-card"], [data-repositioning-dropdown]';
/**
 * The article sidebar's "More from <name>" heading (Forem's articles/_sticky_nav): it names the
 * post's organisation where there is one, else repeats the author card above it.
 */
const SIDEBAR_HEADING = '#article-show-primary-sticky-nav header, #article-show-primary-sticky-nav h3';

const isValidUsername = (name: string) => networkInfo('devto')!.isValidHandle(name);

export function isReservedPath(segment: string): boolean {
  return DEVTO_RESERVED.has(segment.toLowerCase());
}

/** The username a dev.to path names, when the path is exactly one user segment. */
export function usernameFromPath(pathname: string): string | null {
  const match = /^\/([^/]+)\/?$/.exec(pathname);
  if (!match) return null;
  const name = decodedSegment(match[1]);
  return name !== null && !isReservedPath(name) && isValidUsername(name) ? name : null;
}

export function profileFromUrl(url: URL): ProfileRef | null {
  if (!HOSTS.includes(url.host)) return null;
  const name = usernameFromPath(url.pathname);
  return name ? { network: 'devto', handle: name } : null;
}

function usernameOfLink(link: Element, page: URL): string | null {
  const url = linkUrl(link, page);
  if (!url) return null;
  if (!HOSTS.includes(url.host) || url.hash !== '') return null;
  return usernameFromPath(url.pathname);
}

/** The text a reader sees in an element: its text, without icons' titles (an OP medal's "Author"). */
function shownText(element: Element): string {
  let text = '';
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) text += child.nodeValue ?? '';
      else if (child.nodeType === 1 && (child as Element).localName !== 'svg' && !(child as Element).hasAttribute('data-tooltip')) walk(child);
    }
  };
  walk(element);
  return text.replace(/\s+/g, ' ').trim();
}

/** The username a preview card's button opens the card of (the card holds the author's link). */
function previewedUsername(button: Element, page: URL): string | null {
  const id = button.getAttribute('aria-controls');
  const card = id ? button.ownerDocument.getElementById(id) : null;
  if (!card || !card.matches(PREVIEW_CARD)) return null;
  for (const link of card.querySelectorAll('a[href]')) {
    const name = usernameOfLink(link, page);
    if (name) return name;
  }
  return null;
}

/** An organisation named beside its member: "for <org>" in story cards, its logo in an article's header. */
function isOrganisationLink(link: Element): boolean {
  if (link.querySelector('[class*="crayons-logo"]')) return true;
  let before = link.previousSibling;
  while (before && before.nodeType === 3 && (before.nodeValue ?? '').trim() === '') before = before.previousSibling;
  return /(^|\s)for\s*$/i.test(before?.textContent ?? '');
}

/**
 * A feed card's comment preview (Forem's CommentListItem, 2025): its link to the commenter holds
 * only the avatar, and the name beside the comment's time is a plain span: the badge goes after it.
 */
function fromPreviewAvatar(link: Element, ref: ProfileRef): FoundHandle | null {
  const comment = link.closest('.crayons-comment');
  const name = link.closest('.crayons-comment__meta') && comment?.querySelector('.crayons-comment__metainner > span.fw-medium');
  return name && shownText(name) !== '' ? { ref, anchor: name, placement: 'after' } : null;
}

function fromLink(link: Element, page: URL): FoundHandle | null {
  const name = usernameOfLink(link, page);
  if (!name || link.closest(SITE_CHROME) || link.closest(PREVIEW_CARD) || link.closest(SIDEBAR_HEADING)) return null;
  const text = shownText(link);
  const ref: ProfileRef = { network: 'devto', handle: name };
  if (text === '') return fromPreviewAvatar(link, ref); // an avatar: badged only where its name is no link
  if (text.length > MAX_HANDLE_TEXT) return null;
  // "@ben" or "ben": a mention or the username itself, wherever it is.
  if (text.replace(/^@/, '').toLowerCase() === name.toLowerCase()) return { ref, anchor: link, placement: 'after' };
  // The author's name: only in an author's place, not in what they wrote, and not their organisation.
  if (link.closest(MARKDOWN) || isOrganisationLink(link)) return null;
  // Where a preview card's button names the same author beside it, the button carries the badge.
  const container = link.parentElement;
  if (container) {
    for (const button of container.querySelectorAll('button[aria-controls]')) {
      if (previewedUsername(button, page)?.toLowerCase() === name.toLowerCase()) return null;
    }
  }
  return { ref, anchor: link, placement: 'after' };
}

function fromPreviewButton(button: Element, page: URL): FoundHandle | null {
  if (button.closest(SITE_CHROME)) return null;
  const name = previewedUsername(button, page);
  const text = shownText(button);
  if (!name || text === '' || text.length > MAX_HANDLE_TEXT) return null;
  return { ref: { network: 'devto', handle: name }, anchor: button, placement: 'after' };
}

export const devto: SiteAdapter = {
  id: 'devto',
  network: 'devto',
  hosts: HOSTS,
  profileFromUrl,
  candidateSelector: 'a[href], button[aria-controls]',
  handleFromElement(element, page) {
    if (element.localName === 'a') return fromLink(element, page);
    if (element.localName === 'button') return fromPreviewButton(element, page);
    return null;
  },
};

/** URLs for tests, in the spirit of github-url-detection. */
export const TEST_URLS = {
  profiles: ['https://dev.to/ben', 'https://dev.to/ben/', 'https://dev.to/sloan', 'https://dev.to/Jess_Lee', 'https://dev.to/a1'],
  notProfiles: [
    'https://dev.to/',
    'https://dev.to/t/javascript',
    'https://dev.to/search?q=rust',
    'https://dev.to/settings',
    'https://dev.to/enter',
    'https://dev.to/about',
    'https://dev.to/faq',
    'https://dev.to/top/week',
    'https://dev.to/latest',
    'https://dev.to/dashboard',
    'https://dev.to/readinglist',
    'https://dev.to/notifications',
    'https://dev.to/new',
    'https://dev.to/listings',
    'https://dev.to/code-of-conduct',
    'https://dev.to/ben/the-future-of-dev-160n',
    'https://dev.to/ben/comment/1abc',
    'https://dev.to/aws-builders',
    'https://dev.to/x',
    'https://dev.to/%E0%A4%A',
    'https://example.com/ben',
  ],
};
