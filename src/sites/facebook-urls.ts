// What a facebook.com address names, as facebook.ts reads links and pages: a profile or Page
// (`/<username>`, `/profile.php?id=<n>`, `/people/<Name>/<n>`, `/<Name>-<n>`, `/p/<Name>-<n>`, a group member
// `/groups/<g>/user/<n>`; first segments Facebook reserves excluded) and the tab after it, or a
// post: its permalink, or the video or photo it shows (`/watch/?v=`, `/watch/live/?v=`,
// `/<page>/videos/[vb.…/]<id>/`, `/photo/?fbid=`, `/<page>/photos/<album>/<id>/`).
import { networkInfo } from '../lib/networks';
import type { ProfileRef } from '../lib/profile-ref';

export const HOSTS = ['www.facebook.com', 'facebook.com', 'm.facebook.com', 'web.facebook.com'];
/** First path segments that are Facebook's own pages, not usernames. */
const RESERVED = new Set([
  'groups', 'events', 'watch', 'marketplace', 'gaming', 'pages', 'photo', 'photo.php', 'photos', 'permalink.php', 'story.php',
  'share', 'sharer', 'sharer.php', 'login', 'login.php', 'help', 'policies', 'privacy', 'settings', 'notifications', 'messages',
  'friends', 'bookmarks', 'reel', 'reels', 'stories', 'hashtag', 'search', 'home.php', 'dialog', 'plugins', 'ads', 'business',
  'l.php', 'saved', 'memories', 'fundraisers', 'live', 'media', 'video.php', 'videos', 'posts', 'checkpoint', 'recover',
  'legal', 'terms', 'careers', 'places', 'games', 'apps', 'developers', 'messenger', 'news', 'weather', 'reg', 'composer',
  'profile.php', 'people', 'me', 'feeds', 'campaign', 'payments', 'commerce', 'privacy_center', 'communitystandards',
]);
/** Profile tabs: the page still shows the profile. */
const PROFILE_TAB = /^(?:about\w*|friends\w*|followers|following|photos\w*|videos\w*|live_videos|reels|mentions|reviews|community|events|likes|map|music|sports|movies|books|groups)$/;
const isHandle = (handle: string) => networkInfo('facebook')!.isValidHandle(handle);
const NAME_AND_NUMBER = /^[^/]+-(\d{5,20})$/;

/** A profile's tab named in its query ("?sk=followers"); another "sk" ("?sk=wall") still shows the profile itself. */
const skTab = (url: URL) => {
  const sk = url.searchParams.get('sk') ?? '';
  return PROFILE_TAB.test(sk) ? sk : '';
};

/** The profile a facebook.com URL names, and the tab after it ('' for the profile itself). */
export function profileOf(url: URL): { handle: string; tab: string } | null {
  if (!HOSTS.includes(url.host)) return null;
  const segments = url.pathname.split('/').filter(Boolean);
  const [first, second, third, fourth] = segments;
  let handle: string | undefined;
  let tab = '';
  if (first === 'profile.php') {
    handle = url.searchParams.get('id') ?? undefined;
    tab = skTab(url);
    if (!/^\d+$/.test(handle ?? '') || segments.length > 1) return null;
  } else if (first === 'people' && third && /^\d+$/.test(third)) {
    // Its tabs as paths, or as "?sk=followers" (as Facebook links a Page's followers there).
    [handle, tab] = [third, fourth ?? skTab(url)];
  } else if (first === 'p' && second && NAME_AND_NUMBER.test(second)) {
    // A Page's canonical address without a username: "/p/<Name>-<number>/".
    [handle, tab] = [NAME_AND_NUMBER.exec(second)![1], third ?? skTab(url)];
    if (segments.length > 3) return null;
  } else if (first === 'groups' && third === 'user' && fourth && /^\d+$/.test(fourth)) {
    // A group member's page: a link to the member, not a profile page (no tab).
    [handle, tab] = [fourth, segments.length > 4 ? segments[4] : ''];
  } else if (first && !RESERVED.has(first.toLowerCase())) {
    // A Page without a username goes by its name and number ("/GuidePlugin-103319044798780/"; a
    // username has no hyphen): the number is the Page.
    [handle, tab] = [NAME_AND_NUMBER.exec(first)?.[1] ?? first, second ?? ''];
    if (segments.length > 2) return null;
  }
  return handle && isHandle(handle) ? { handle, tab } : null;
}

export function profileFromUrl(url: URL): ProfileRef | null {
  const found = profileOf(url);
  if (!found || url.pathname.startsWith('/groups/')) return null;
  return found.tab === '' || PROFILE_TAB.test(found.tab) ? { network: 'facebook', handle: found.handle } : null;
}

/** What a link says its post is: its own permalink, or (weaker) the video or photo the post shows. */
export function idFromLink(url: URL): { id: string; permalink: boolean } | null {
  // "/watch/?v=…" is how Facebook writes it; "/watch?v=…" is the same page.
  const path = url.pathname.replace(/\/+$/, '');
  if (/^\/(?:[^/]+\/posts\/[^/]+|groups\/[^/]+\/(?:posts|permalink)\/\d+|reel\/\d+)$/.test(path)) return { id: path, permalink: true };
  // A group's post as its feed links it ("/groups/<g>/?multi_permalinks=<id>", two 2025–26 test suites): the same post as /groups/<g>/posts/<id>.
  const group = /^\/groups\/[^/]+$/.exec(path)?.[0];
  const hoisted = url.searchParams.get('multi_permalinks');
  if (group && hoisted && /^\d+$/.test(hoisted)) return { id: `${group}/posts/${hoisted}`, permalink: true };
  const story = url.searchParams.get('story_fbid') ?? url.searchParams.get('fbid');
  if (/^\/(?:permalink|story|photo)\.php$/.test(path) && story) return { id: `${path}?story_fbid=${story}&id=${url.searchParams.get('id') ?? ''}`, permalink: true };
  const watched = url.searchParams.get('v');
  if (/^\/watch(?:\/live)?$/.test(path) && watched && /^\d+$/.test(watched)) return { id: `/watch?v=${watched}`, permalink: false };
  // "/<page>/videos/<id>", and with a segment before the numeric id ("/<page>/videos/vb.228…/1015…/"): one video, one id.
  const video = /^(\/[^/]+\/videos)\/(?:[^/]+\/(?=\d+$))?([^/]+)$/.exec(path);
  if (video) return { id: `${video[1]}/${video[2]}`, permalink: false };
  // "/photo/?fbid=<id>", and a Page's "/<page>/photos/<album or slug>/<id>/": one photo, one id.
  const photo = path === '/photo' ? url.searchParams.get('fbid') : /^\/[^/]+\/photos\/(?:[^/]+\/)?(\d+)$/.exec(path)?.[1];
  if (photo && /^\d+$/.test(photo)) return { id: `/photo?fbid=${photo}`, permalink: false };
  return null;
}
