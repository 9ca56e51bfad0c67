// The links a profile proved it owns (Mastodon: profile fields its server verified through a
// rel="me" link back), as a short list. Remote text: shown as text, and only http(s) links.
import { t } from '../lib/i18n';

const MAX_SHOWN = 5;

/** The links that are http(s) URLs, each once, at most five: `href` to link to, `text` to show. */
export function safeLinks(links: unknown): { href: string; text: string }[] {
  if (!Array.isArray(links)) return [];
  const out: { href: string; text: string }[] = [];
  for (const link of links) {
    if (typeof link !== 'string') continue;
    let url: URL;
    try {
      url = new URL(link);
    } catch {
      continue;
    }
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) continue;
    if (out.some((seen) => seen.href === url.href)) continue;
    const text = `${url.host}${url.pathname === '/' ? '' : url.pathname}${url.search}`;
    out.push({ href: url.href, text: text.length > 60 ? `${text.slice(0, 59)}…` : text });
    if (out.length === MAX_SHOWN) break;
  }
  return out;
}

export function VerifiedLinks({ links }: { links: unknown }) {
  const shown = safeLinks(links);
  if (shown.length === 0) return null;
  return (
    <div class="verified-links">
      <p class="muted">{t('popupVerifiedLinks')}</p>
      <ul style={{ margin: '2px 0 4px', paddingLeft: '18px', fontSize: '12.5px', overflowWrap: 'anywhere' }}>
        {shown.map((link) => (
          <li key={link.href}>
            <a href={link.href} target="_blank" rel="noopener noreferrer">
              {link.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
