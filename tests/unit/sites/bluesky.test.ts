// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { TEST_URLS, bluesky, profileFromUrl } from '../../../src/sites/bluesky';
import { findHandles } from '../../../src/sites/find-handles';
import { hasSharedFixtures, readShared } from '../shared-fixtures';
import { handleCounts, ownPage, parsePage } from './page-helpers';

describe('Bluesky profile URLs', () => {
  it.each(TEST_URLS.profiles)('%s is a profile', (url) => {
    expect(profileFromUrl(new URL(url))?.network).toBe('bluesky');
  });
  it.each(TEST_URLS.notProfiles)('%s is not a profile', (url) => {
    expect(profileFromUrl(new URL(url))).toBeNull();
  });
  it('takes handles and DIDs', () => {
    expect(profileFromUrl(new URL('https://bsky.app/profile/did:plc:6wpkkitfdkgthatfvspcfmjo'))?.handle).toBe('did:plc:6wpkkitfdkgthatfvspcfmjo');
  });
});

describe('Bluesky handles on pages written for this project', () => {
  it('one badge per post author, on the "@handle" line, plus mentions', () => {
    const counts = handleCounts(bluesky, ownPage('bluesky-thread.html'), 'https://bsky.app/profile/erin.bsky.social/post/3aaa');
    expect(counts).toEqual({
      'erin.bsky.social': 1,
      'grace.bsky.social': 1,
      'frank.example.com': 1,
      'heidi.bsky.social': 1, // not twice: her display name ends in her handle
      'did:plc:abcdefghijklmnopqrstuvwx': 1, // her mention, whose text claims @nytimes.com
    });
  });

  it('the thread’s main post: the badge after the "@handle" line inside the link that holds the name too', () => {
    const found = findHandles(bluesky, ownPage('bluesky-thread.html'), new URL('https://bsky.app/profile/erin.bsky.social/post/3aaa'));
    expect(found[0]).toMatchObject({ ref: { handle: 'erin.bsky.social' }, placement: 'after' });
    expect(found[0].anchor.localName).toBe('span');
    expect(found[0].anchor.textContent).toBe('\u202a@erin.bsky.social\u202c');
  });

  it('a mention links to the DID with whatever text the author wrote: the DID is the profile, never the text', () => {
    const page = parsePage(`<div data-testid="postText">hi <a href="/profile/did:plc:attackerattackerattacker" role="link">@nytimes.com</a>
      <a href="/profile/did:plc:attackerattackerattacker" title="handle.invalid">@nytimes.com</a>
      <a href="/profile/did:plc:attackerattackerattacker">@someone nice</a></div>`);
    expect(findHandles(bluesky, page, new URL('https://bsky.app/')).map((f) => [f.ref.handle, f.anchor.localName])).toEqual([
      ['did:plc:attackerattackerattacker', 'a'],
      ['did:plc:attackerattackerattacker', 'a'],
    ]);
  });

  it('profile cards: the DID the card links to (or the handle its title names), badged after the "@handle" line, never the bio’s', () => {
    const url = new URL('https://bsky.app/profile/erin.bsky.social/followers');
    const found = findHandles(bluesky, ownPage('bluesky-cards.html'), url);
    expect(found.map((f) => [f.ref.handle, f.anchor.textContent!.replace(/[\u202a\u202c]/g, '')])).toEqual([
      ['did:plc:jayjayjayjayjayjayjayjay22', '@jay.bsky.team'], // signed in: the Follow button and the bio after the handle
      ['did:plc:reporterreporterreporter', '@rita.example.com'], // not nytimes.com, which her bio ends with
      ['did:plc:mallorymallorymallorymal', '@nytimes.com'], // a display name posing as a handle places the badge, names no one
      ['grace.bsky.social', '@grace.bsky.social'], // the older card, linked by handle
    ]);
    for (const card of found) expect(card.placement).toBe('after');
  });

  it('a card linked by DID takes the handle its title names, shown in its "@handle" line', () => {
    const card = (title: string) => parsePage(`<a href="/profile/did:plc:jayjayjayjayjayjayjayjay22" title="${title}"><div><div dir="auto">Jay</div><div dir="auto">@jay.bsky.team</div></div><div dir="auto">Bio</div></a>`);
    const url = new URL('https://bsky.app/search?q=jay');
    expect(findHandles(bluesky, card('jay.bsky.team'), url).map((f) => f.ref.handle)).toEqual(['jay.bsky.team']);
    expect(findHandles(bluesky, card('@Jay.bsky.team'), url).map((f) => f.ref.handle)).toEqual(['Jay.bsky.team']);
    expect(findHandles(bluesky, card('other.bsky.social'), url)).toEqual([]); // the title and the line disagree
  });

  it('the profile header and the feed items of a profile page', () => {
    const found = findHandles(bluesky, ownPage('bluesky-profile.html'), new URL('https://bsky.app/profile/erin.bsky.social'));
    expect(found.map((f) => [f.ref.handle, f.placement])).toEqual([
      ['erin.bsky.social', 'append'],
      ['erin.bsky.social', 'after'],
    ]);
    expect(found[0].anchor.getAttribute('data-testid')).toBe('profileHeaderDisplayName');
  });

  it('after navigating from one profile to another, the counts and the header badge are the focused profile’s, not the hidden one’s before it', () => {
    const document = ownPage('bluesky-profile-stacked.html');
    const url = new URL('https://bsky.app/profile/frank.example.com');
    expect(bluesky.observe!(document, url)).toEqual({ ref: { network: 'bluesky', handle: 'frank.example.com' }, signals: { followers: 21, following: 151 } });
    const headers = findHandles(bluesky, document, url).filter((f) => f.placement === 'append');
    expect(headers.map((f) => [f.ref.handle, f.anchor.textContent])).toEqual([['frank.example.com', 'Frank']]);
    // Back on Erin's page, with Frank's screen still mounted after hers: hers, by the links' routes.
    const back = new URL('https://bsky.app/profile/Erin.bsky.social/media');
    expect(bluesky.observe!(document, back)?.signals).toEqual({ followers: 2500, following: 300 });
    expect(findHandles(bluesky, document, back).filter((f) => f.placement === 'append').map((f) => f.anchor.textContent)).toEqual(['Erin Example']);
  });

  it.each([
    // The app writes the header's counts in its language, compacted as Intl does (social-app's Metrics.tsx and formatCount), and sets it as the page's.
    ['tr', '12,3 B takipçi', '1,2 B takip edilen', 12_300, 1200],
    ['vi', '12,3 N người theo dõi', '1,2 Tr đang theo dõi', 12_300, 1_200_000],
    ['fi', '12,3 t. seuraajaa', '1,2 milj. seurattua', 12_300, 1_200_000],
    ['sv', '12,3 tn följare', '1,2 mn följer', 12_300, 1_200_000],
    ['hu', '12,3 E követő', '1,2 M követett', 12_300, 1_200_000],
  ])('%s: the header’s counts as the app writes them in the page’s language', (lang, followers, following, expectedFollowers, expectedFollowing) => {
    const document = ownPage('bluesky-profile.html');
    document.documentElement.lang = lang;
    document.querySelector('[data-testid="profileHeaderFollowersButton"]')!.setAttribute('aria-label', followers);
    document.querySelector('[data-testid="profileHeaderFollowsButton"]')!.setAttribute('aria-label', following);
    expect(bluesky.observe!(document, new URL('https://bsky.app/profile/erin.bsky.social'))?.signals).toMatchObject({ followers: expectedFollowers, following: expectedFollowing });
  });

  it('on a page by DID the routes (by handle) cannot tell: the visible screen’s', () => {
    const document = ownPage('bluesky-profile-stacked.html');
    const url = new URL('https://bsky.app/profile/did:plc:frankfrankfrankfrankfran');
    expect(bluesky.observe!(document, url)?.signals).toEqual({ followers: 21, following: 151 });
    expect(findHandles(bluesky, document, url).filter((f) => f.placement === 'append').map((f) => [f.ref.handle, f.anchor.textContent])).toEqual([
      ['did:plc:frankfrankfrankfrankfran', 'Frank'],
    ]);
  });

  it('while the next profile’s screen has no header yet, nothing: never the hidden one’s counts', () => {
    const document = ownPage('bluesky-profile-stacked.html');
    document.querySelectorAll('[data-testid="profileScreen"]')[1].remove();
    for (const url of ['https://bsky.app/profile/frank.example.com', 'https://bsky.app/profile/did:plc:frankfrankfrankfrankfran']) {
      expect(bluesky.observe!(document, new URL(url))).toBeNull();
      expect(findHandles(bluesky, document, new URL(url)).filter((f) => f.placement === 'append')).toEqual([]);
    }
  });

  it('no header badge off profile pages, nothing from markup it does not know', () => {
    const page = parsePage('<div data-testid="profileHeaderDisplayName">X</div><a href="/profile/bad_handle">@bad_handle</a><a href="/profile/a.com">@b.com</a>');
    expect(findHandles(bluesky, page, new URL('https://bsky.app/notifications'))).toEqual([]);
  });
});

describe('Bluesky notifications, written for this project from the app’s NotificationFeedItem', () => {
  const NOTIFICATIONS = new URL('https://bsky.app/notifications');
  // The live page nests links in the notification's link; the HTML parser would split them, the XML parser keeps them.
  const xhtml = (items: string) => new DOMParser().parseFromString(`<html xmlns="http://www.w3.org/1999/xhtml"><body><div data-testid="notifsFeed">${items}</div></body></html>`, 'application/xhtml+xml');
  const avatar = (handle: string, name: string) => `<a href="/profile/${handle}" aria-label="${name}'s avatar" role="link"><div data-testid="userAvatarImage"></div></a>`;
  const nameLink = (handle: string, name: string) => `<a href="/profile/${handle}" dir="auto" aria-label="Go to ${name}'s profile" role="link">\u202a${name}\u202c</a>`;
  const follow = `<a href="/profile/alice.bsky.social" aria-label="Alice Liddell followed you" role="link" data-testid="feedItem-by-alice.bsky.social">
    <div><div>${avatar('alice.bsky.social', 'Alice Liddell')}</div><div dir="auto">${nameLink('alice.bsky.social', 'Alice Liddell')} followed you<span dir="auto"> · </span><span dir="auto">2h</span></div>
    <div><button aria-label="Follow back" role="button"><div dir="auto">Follow back</div></button></div></div></a>`;
  const like = `<a href="/profile/did:plc:viewerviewerviewerviewer/post/3mddvy5bv6k27" aria-label="Bob Builder and 2 others liked your post" role="link" data-testid="feedItem-by-bob.example.com">
    <div><div>${avatar('bob.example.com', 'Bob Builder')}${avatar('carol.bsky.social', 'Carol')}${avatar('dave.bsky.social', 'dave.bsky.social')}</div>
    <div dir="auto">${nameLink('bob.example.com', 'Bob Builder')} and <span dir="auto">2 others</span> liked your post</div><div><div dir="auto">the post text that was liked</div></div></div></a>`;
  const expanded = `<a href="/profile/erin.bsky.social" aria-label="Erin and 1 other followed you" role="link" data-testid="feedItem-by-erin.bsky.social">
    <div><div><div role="button" aria-label="Hide user list"><div dir="auto">Hide</div></div></div>
    <div><a href="/profile/erin.bsky.social" aria-label="Erin" role="link"><div><div data-testid="userAvatarImage"></div></div><div><div dir="auto">Erin</div><div dir="auto">@erin.bsky.social</div></div></a>
    <a href="/profile/frank.example.com" aria-label="frank.example.com" role="link"><div><div data-testid="userAvatarImage"></div></div><div><div dir="auto">frank.example.com</div><div dir="auto">@frank.example.com</div></div></a></div>
    <div dir="auto">${nameLink('erin.bsky.social', 'Erin')} and <span dir="auto">1 other</span> followed you</div></div></a>`;

  it('a follow or a like: the first author’s name link, where it routes to the author the item’s test id names; the group’s other avatars none', () => {
    const found = findHandles(bluesky, xhtml(follow + like), NOTIFICATIONS);
    expect(found.map((f) => [f.ref.handle, f.anchor.getAttribute('aria-label'), f.placement])).toEqual([
      ['alice.bsky.social', 'Go to Alice Liddell\'s profile', 'after'],
      ['bob.example.com', 'Go to Bob Builder\'s profile', 'after'],
    ]);
    // Only the notifications page lists notifications: elsewhere a name-only link stays unbadged, as in timelines.
    expect(findHandles(bluesky, xhtml(follow), new URL('https://bsky.app/'))).toEqual([]);
    // A name link routing elsewhere than the test id says is none of its author's.
    const crossed = like.replace(nameLink('bob.example.com', 'Bob Builder'), nameLink('carol.bsky.social', 'Bob Builder'));
    expect(findHandles(bluesky, xhtml(crossed), NOTIFICATIONS)).toEqual([]);
  });

  it('an expanded list: each row’s "@handle" line once (not again for the notification’s own link around it, nor its name link)', () => {
    const found = findHandles(bluesky, xhtml(expanded), NOTIFICATIONS);
    expect(found.map((f) => [f.ref.handle, f.anchor.textContent])).toEqual([
      ['erin.bsky.social', '@erin.bsky.social'],
      ['frank.example.com', '@frank.example.com'],
    ]);
  });
});

describe.skipIf(!hasSharedFixtures)('Bluesky handles on real saved pages (needs ../shared/fixtures)', () => {
  const real = (file: string) => parsePage(readShared(`html/${file}`));

  it('a thread: every post author once per post, 38 distinct accounts', () => {
    const url = 'https://bsky.app/profile/glendunlap.bsky.social/post/3mdegyw3ves2t';
    const document = real('bluesky-post-rendered-glendunlap-3mdegyw3ves2t.html');
    const counts = handleCounts(bluesky, document, url);
    expect(Object.keys(counts)).toHaveLength(38);
    const posts = document.querySelectorAll('[data-testid^="postThreadItem-by-"]');
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(posts.length);
    for (const post of posts) {
      const author = post.getAttribute('data-testid')!.replace('postThreadItem-by-', '');
      expect(findHandles(bluesky, post, new URL(url)).map((f) => f.ref.handle)).toContain(author);
    }
  });

  it('a profile: its header and each feed item’s author', () => {
    const url = 'https://bsky.app/profile/stephenking.bsky.social';
    const document = real('bluesky-profile-page-stephenking.html');
    const found = findHandles(bluesky, document, new URL(url));
    expect(found[0]).toMatchObject({ ref: { handle: 'stephenking.bsky.social' }, placement: 'append' });
    const feedItems = document.querySelectorAll('[data-testid^="feedItem-by-"]').length;
    expect(found.length).toBeGreaterThanOrEqual(feedItems + 1);
  });

  it('a profile rendered logged in: header, authors and reposted authors', () => {
    const counts = handleCounts(bluesky, real('bluesky-profile-rendered-kpitzen.io.html'), 'https://bsky.app/profile/kpitzen.io');
    expect(Object.keys(counts).sort()).toEqual(
      // The mention of web3isgoinggreat.com links to its DID, which the text beside it cannot prove.
      ['did:plc:ugyl6syayvsrvu5w4uxtlkz4', 'edzitron.com', 'kpitzen.io', 'molly.wiki', 'mommunism.bsky.social', 'nytimes.com'].sort(),
    );
  });
});
