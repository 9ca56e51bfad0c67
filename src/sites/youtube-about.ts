// A channel's About panel (2024–26: the dialog its header's "more" opens over the channel page,
// ytd-about-channel-renderer): its details (#additional-info-container), one plain line per row in
// no fixed order: the channel's address ("www.youtube.com/@handle"), subscribers, videos, views,
// "Joined Apr 2, 2020" and the country. Scrapers' selectors and regexes over saved pages (2024–26,
// English and Portuguese) describe it. The join date is read where the address row names the
// page's channel: the dialog stays in the page after moving to another channel.
import { type SignalsRead, shownText } from './page-reading';
import { joinedAt } from './join-date';
import { channelPath, sameHandle } from './youtube-data';

const ABOUT_ROWS = 'ytd-about-channel-renderer #additional-info-container td';
/** The address row: "www.youtube.com/@handle" (or /channel/UC…), with its path after the host. */
const ADDRESS = /^(?:https?:\/\/)?(?:[\w-]+\.)*youtube\.com(\/\S*)$/i;
/** YouTube opened in 2005. */
const FIRST_JOIN_YEAR = 2005;

export function aboutPanel(document: Document, channel: { handle?: string; channelId?: string }, locale?: string): SignalsRead | null {
  const rows = [...document.querySelectorAll(ABOUT_ROWS)].map((cell) => shownText(cell)).filter((row) => row !== '');
  const names = rows.some((row) => {
    const path = channelPath(ADDRESS.exec(row)?.[1] ?? '');
    return path !== null && path.rest.length === 0 && (path.handle ? sameHandle(path.handle, channel.handle) : path.channelId !== undefined && path.channelId === channel.channelId);
  });
  if (!names) return null;
  // Not the address row: a handle may look like a date ("@Dec2015").
  const createdAt = rows.filter((row) => !ADDRESS.test(row)).map((row) => joinedAt(row, locale, FIRST_JOIN_YEAR)).find(Boolean);
  return createdAt ? { createdAt } : null;
}
