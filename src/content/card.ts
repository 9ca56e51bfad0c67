// The hover card's content for each state of a badge: the score, its top reasons, how sure
// it is and how old; or why there is no score and when it will be tried again.
import { clockTime, formatNumber, formatPoints, relativeTime } from '../lib/format';
import { t, uiLanguage } from '../lib/i18n';
import { networkInfo } from '../lib/networks';
import { sourcesText } from '../lib/source-text';
import { displayHandle, type ProfileRef } from '../lib/profile-ref';
import type { BadgeEntry, CardDetails } from '../lib/score-entry';
import { linkText, networksText } from '../lib/identity-text';
import { flagLabel, signalLabel, type Language } from '../score/labels';
import { topSignals } from '../score/top-signals';
import { h } from './dom';

const TOP_REASONS = 3;
/** Networks whose follower lists are open: an audit of the audience can start from the card (as on networks with a followersListUrl, read from the list the user scrolls). */
const AUDITABLE = new Set(['bluesky', 'mastodon']);

function language(): Language {
  return uiLanguage().toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** The card for a badge's entry; a scored one shows its details once they have arrived. */
export function cardContent(ref: ProfileRef, entry: BadgeEntry, details: CardDetails | undefined, now: number): Node[] {
  const network = networkInfo(ref.network);
  const who = h('div', { class: 'head' }, h('span', { class: 'who' }, displayHandle(ref)), h('span', { class: 'muted' }, network?.label ?? ref.network));
  const profileLink = network
    ? h('p', {}, h('a', { href: network.profileUrl(ref.handle), target: '_blank', rel: 'noopener noreferrer' }, t('cardOpenProfile')))
    : null;

  switch (entry.state) {
    case 'loading':
      return [who, h('p', { class: 'muted' }, t('cardLoading'))];
    case 'unavailable':
      // A network without an API: the reason is that its profile page was never opened, said in the user's language.
      const reason = network?.pageOnly ? t('cardNotSeenYet') : entry.reason;
      return [who, h('p', {}, t('cardUnavailable')), h('p', { class: 'muted' }, reason), profileLink!].filter(Boolean);
    case 'error': {
      const retry = entry.retryAt ? t('cardRetriesAt', clockTime(entry.retryAt)) : t('cardRetriesLater');
      return [who, h('p', {}, t('cardError')), h('p', { class: 'muted' }, entry.reason), h('p', { class: 'muted' }, retry)];
    }
    case 'scored': {
      const lines: Node[] = [
        h(
          'div',
          { class: 'head' },
          h('span', { class: 'big' }, String(entry.score)),
          h('span', { class: 'muted' }, t('cardOutOf')),
          h('span', { class: 'who' }, displayHandle(ref)),
          h('span', { class: 'muted' }, network?.label ?? ref.network),
        ),
      ];
      if (!details) return [...lines, h('p', { class: 'muted' }, t('cardLoading'))];
      const { result } = details;
      if (details.display?.name) lines.push(h('p', { class: 'name' }, details.display.name));
      if (result.authenticity.verdict === 'suspicious') {
        const flags = result.authenticity.flags.map((flag) => flagLabel(flag, language())).join('; ');
        lines.push(h('p', { class: 'warning' }, t('cardSuspicious', flags)));
      }
      const reasons = topSignals(result, TOP_REASONS).map((signal) =>
        h('li', {}, t('cardReason', signalLabel(signal.name, language()), formatNumber(signal.value), formatPoints(signal.contribution))),
      );
      if (reasons.length > 0) lines.push(h('ul', {}, ...reasons));
      lines.push(...identityLines(details));
      const age = relativeTime(details.fetchedAt, now);
      lines.push(h('p', { class: 'muted' }, t('cardConfidence', Math.round(result.confidence * 100), age)));
      const sources = sourcesText(details.signals.sources, network?.apiWithSession === true);
      if (sources) lines.push(h('p', { class: 'muted source' }, sources));
      if (entry.stale) lines.push(h('p', { class: 'muted' }, t('cardStale')));
      // An audience audit can start from here (networks with open follower lists); its report is in the popup.
      const listUrl = network?.followersListUrl?.(ref.handle);
      if (AUDITABLE.has(ref.network) || listUrl) lines.push(h('p', {}, h('button', { type: 'button', class: 'action', 'data-action': 'audit' }, t('cardAudit'))));
      if (listUrl) lines.push(h('p', { class: 'muted audit-list' }, t('cardAuditFromList'), ' ', h('a', { href: listUrl, target: '_blank', rel: 'noopener noreferrer' }, t('auditListOpen'))));
      lines.push(h('p', { class: 'muted' }, t('cardMore')));
      return lines;
    }
  }
}

/** A linked profile's combined score across its networks, and how each link was proved. */
function identityLines({ key, identity }: CardDetails): Node[] {
  if (!identity?.combined || identity.group.length < 2) return [];
  const proofs = identity.links.filter((link) => link.status !== 'claimed').map((link) => h('li', {}, linkText(link, key)));
  return [
    h('p', { class: 'combined', 'data-combined': String(identity.combined.score) }, t('cardCombined', identity.combined.score, networksText(identity.group, uiLanguage()))),
    h('ul', { class: 'proofs' }, ...proofs),
  ];
}

export function accessibleName(ref: ProfileRef, entry: BadgeEntry): string {
  const handle = displayHandle(ref);
  switch (entry.state) {
    case 'scored':
      return entry.stale ? t('badgeScoredStale', entry.score, handle, relativeTime(entry.fetchedAt, Date.now())) : t('badgeScored', entry.score, handle);
    case 'loading':
      return t('badgeLoading', handle);
    case 'unavailable':
      return t('badgeUnavailable', handle);
    case 'error':
      return t('badgeError', handle);
  }
}
