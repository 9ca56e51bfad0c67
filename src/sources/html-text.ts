// Text that APIs send as HTML (Hacker News' `about`, Stack Exchange's entity-encoded names), as
// plain text for display. The result is shown with textContent or JSX only, never as markup;
// this only keeps "&#39;" and "<p>" from showing up as such. (The service worker has no DOMParser.)

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', '#x2F': '/' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8}|#x2F);/gi, (entity, body: string) => {
    if (Object.hasOwn(NAMED, body)) return NAMED[body];
    const lower = body.toLowerCase();
    if (Object.hasOwn(NAMED, lower)) return NAMED[lower];
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : lower.startsWith('#') ? parseInt(lower.slice(1), 10) : NaN;
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : entity;
  });
}

/** HTML as one line of text: paragraphs and line breaks become spaces, tags go, entities are decoded. */
export function htmlToText(html: string): string {
  const spaced = html.replace(/<(?:p|br|li|div)\b[^>]*>/gi, ' ').replace(/<[^>]*>/g, '');
  return decodeEntities(spaced).replace(/\s+/g, ' ').trim();
}
