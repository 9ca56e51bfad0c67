// A watch page's related videos (2026): each is a lockup (div.ytLockupViewModelHost, its video
// id as a class `content-id-<id>`) whose channel name is plain text, its avatar a button with no
// link. The page's data names each item's channel by that id: its `lockupViewModel`s under the
// secondary results (in an itemSectionRenderer, as 2025–26 recordings show), the channel in the
// avatar's browseEndpoint (`browseId`, `canonicalBaseUrl` "/@handle"), the name in the first
// metadata row. That data is the first page's: after moving in the app, items it does not list
// get no badge (a video's channel is the same on any page, so what it does list stays right).
// Collaborations (an avatar stack) and mixes (no avatar) name no single channel: none.
import { dig } from './page-json';
import { shownText } from './page-reading';
import type { FoundHandle } from './types';
import type { ProfileRef } from '../lib/profile-ref';
import { linkUrl } from './find-handles';
import { channelAt, handleIn, initialData, isChannelId, refOf, watchedVideoId } from './youtube-data';

/** A lockup's (2024–) lines under its title: the channel (linked, or its name alone), views, age. */
export const LOCKUP_METADATA = 'yt-lockup-metadata-view-model';
export const SIDEBAR_LOCKUP = 'div.ytLockupViewModelHost[class*="content-id-"]';
const ROW = '[class*="MetadataRow"], [class*="metadata-row"]';

interface LockupChannel {
  handle?: string;
  channelId?: string;
  name: string;
}

const byData = new WeakMap<object, Map<string, LockupChannel>>();

/** The channel of each related video the data lists, by its video id. */
function lockupChannels(data: unknown): Map<string, LockupChannel> {
  if (typeof data !== 'object' || data === null) return new Map();
  const known = byData.get(data);
  if (known) return known;
  const channels = new Map<string, LockupChannel>();
  const results = dig(data, 'contents', 'twoColumnWatchNextResults', 'secondaryResults', 'secondaryResults', 'results');
  const entries = (Array.isArray(results) ? results : []).flatMap((entry) => {
    const section = dig(entry, 'itemSectionRenderer', 'contents');
    return Array.isArray(section) ? section : [entry];
  });
  for (const entry of entries) {
    const lockup = dig(entry, 'lockupViewModel');
    const metadata = dig(lockup, 'metadata', 'lockupMetadataViewModel');
    const endpoint = dig(metadata, 'image', 'decoratedAvatarViewModel', 'rendererContext', 'commandContext', 'onTap', 'innertubeCommand', 'browseEndpoint');
    const id = dig(lockup, 'contentId');
    const name = dig(metadata, 'metadata', 'contentMetadataViewModel', 'metadataRows', 0, 'metadataParts', 0, 'text', 'content');
    const browseId = dig(endpoint, 'browseId');
    if (typeof id !== 'string' || typeof name !== 'string' || endpoint === undefined) continue;
    channels.set(id, { handle: handleIn(dig(endpoint, 'canonicalBaseUrl')), channelId: isChannelId(browseId) ? browseId : undefined, name });
  }
  byData.set(data, channels);
  return channels;
}

/** A related video's channel name, badged for the channel the page's data gives its video; where the name shown is that channel's. */
export function fromSidebarLockup(lockup: Element, page: URL): FoundHandle | null {
  if (!watchedVideoId(page) || lockup.querySelector('a[href*="/@"], a[href*="/channel/UC"]')) return null;
  const id = /(?:^|\s)content-id-([\w-]{11})(?:\s|$)/.exec(lockup.className)?.[1];
  const channel = id ? lockupChannels(initialData(lockup.ownerDocument)).get(id) : undefined;
  const name = lockup.querySelector(ROW)?.querySelector('span');
  const ref = channel ? refOf(channel) : null;
  return ref && name && shownText(name) === channel!.name.trim() ? { ref, anchor: name, placement: 'after' } : null;
}

/**
 * Whether a link to a channel in a lockup's metadata is its name: a lockup may link the channel
 * twice (a playlist result's "Channel name • Playlist", both to the channel, in search data of
 * 2024), and its first link that shows words is the name (not an avatar's, nor a hidden copy's).
 */
export function isLockupChannelName(link: Element, metadata: Element, ref: ProfileRef, page: URL): boolean {
  const named = (other: Element) => shownText(other) !== '' && !other.closest('[hidden]') && channelAt(linkUrl(other, page))?.handle === ref.handle;
  return [...metadata.querySelectorAll('a[href]')].find(named) === link;
}
