// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { siteFor } from '../../../src/sites';
import { findHandles } from '../../../src/sites/find-handles';
import { TEST_URLS, profileFromUrl, stackexchange } from '../../../src/sites/stackexchange';
import { networkInfo, stackExchangeHost, stackExchangeSite } from '../../../src/lib/networks';
import { hasSharedFixtures, readShared } from '../shared-fixtures';
import { handleCounts, ownPage, parsePage } from './page-helpers';

const QUESTION = 'https://stackoverflow.com/questions/1/how-do-i-parse-this';

describe('Stack Exchange profile URLs', () => {
  it.each(TEST_URLS.profiles)('%s is a profile', (url) => {
    expect(profileFromUrl(new URL(url))?.network).toBe('stackexchange');
  });
  it.each(TEST_URLS.notProfiles)('%s is not a profile', (url) => {
    expect(profileFromUrl(new URL(url))).toBeNull();
  });

  it('names a profile by the API site name and the user id', () => {
    const handle = (url: string) => profileFromUrl(new URL(url))?.handle;
    expect(handle('https://stackoverflow.com/users/22656/jon-skeet?tab=answers')).toBe('stackoverflow/22656');
    expect(handle('https://mathoverflow.net/users/1/anton')).toBe('mathoverflow.net/1');
    expect(handle('https://unix.stackexchange.com/users/7')).toBe('unix/7');
    expect(handle('https://meta.stackexchange.com/users/1/jeff-atwood')).toBe('meta/1');
    expect(handle('https://ru.stackoverflow.com/users/12/ivan')).toBe('ru.stackoverflow/12');
    expect(handle('https://ja.stackoverflow.com/users/3')).toBe('ja.stackoverflow/3');
    expect(handle('https://stackapps.com/users/4/jeff-atwood')).toBe('stackapps/4');
  });

  it('knows the host of each API site name: the Stack Overflows in other languages are .com sites, not .stackexchange.com ones', () => {
    expect(['ru', 'pt', 'es', 'ja'].map((lang) => stackExchangeHost(`${lang}.stackoverflow`))).toEqual([
      'ru.stackoverflow.com', 'pt.stackoverflow.com', 'es.stackoverflow.com', 'ja.stackoverflow.com',
    ]);
    expect(['stackoverflow', 'stackapps', 'mathoverflow', 'mathoverflow.net', 'unix', 'meta'].map(stackExchangeHost)).toEqual([
      'stackoverflow.com', 'stackapps.com', 'mathoverflow.net', 'mathoverflow.net', 'unix.stackexchange.com', 'meta.stackexchange.com',
    ]);
    expect(networkInfo('stackexchange')!.profileUrl('pt.stackoverflow/101')).toBe('https://pt.stackoverflow.com/users/101');
  });

  it('maps each site name back to the host its profiles live on', () => {
    for (const url of TEST_URLS.profiles) {
      const parsed = new URL(url);
      const ref = profileFromUrl(parsed)!;
      const profile = new URL(networkInfo('stackexchange')!.profileUrl(ref.handle));
      expect(profile.host).toBe(parsed.host.replace(/^www\./, ''));
      expect(profileFromUrl(profile)).toEqual(ref);
    }
  });

  const OTHER_LANGUAGES = ['ru.stackoverflow.com', 'pt.stackoverflow.com', 'es.stackoverflow.com', 'ja.stackoverflow.com'];

  it('serves the own-domain sites and every *.stackexchange.com site, not stackexchange.com itself', () => {
    for (const host of ['stackoverflow.com', 'www.stackoverflow.com', 'serverfault.com', 'superuser.com', 'askubuntu.com', 'mathoverflow.net', 'stackapps.com', ...OTHER_LANGUAGES, 'unix.stackexchange.com', 'meta.stackexchange.com']) {
      expect(siteFor(host)).toBe(stackexchange);
    }
    expect(siteFor('stackexchange.com')).toBeUndefined();
    expect(siteFor('evilstackexchange.com')).toBeUndefined();
    expect(stackExchangeSite('api.stackexchange.com')).toBeNull();
    expect(stackExchangeSite('chat.stackexchange.com')).toBeNull();
  });

  it('names the Stack Overflows in other languages and Stack Apps; not their chat or metas', () => {
    expect(OTHER_LANGUAGES.map(stackExchangeSite)).toEqual(['ru.stackoverflow', 'pt.stackoverflow', 'es.stackoverflow', 'ja.stackoverflow']);
    expect(stackExchangeSite('stackapps.com')).toBe('stackapps');
    for (const host of ['chat.stackoverflow.com', 'meta.stackoverflow.com', 'ru.meta.stackoverflow.com', 'pt.meta.stackoverflow.com', 'de.stackoverflow.com']) {
      expect(stackExchangeSite(host)).toBeNull();
      expect(siteFor(host)).toBeUndefined();
    }
  });
});

describe('Stack Exchange handles on pages written for this project', () => {
  it('one badge per post signature, on the name, and one per comment', () => {
    expect(handleCounts(stackexchange, ownPage('stackexchange-question.html'), QUESTION)).toEqual({
      'stackoverflow/101': 2,
      'stackoverflow/102': 1,
      'stackoverflow/103': 1,
      'stackoverflow/104': 1,
      'stackoverflow/105': 1,
    });
  });

  it('skips the top bar, avatars, links in post and comment text, tabs, anchors, login and Community', () => {
    const found = findHandles(stackexchange, ownPage('stackexchange-question.html'), new URL(QUESTION));
    expect(found.map((f) => f.ref.handle)).not.toContain('stackoverflow/900');
    for (const { anchor } of found) {
      expect(anchor.querySelector('img')).toBeNull();
      expect(anchor.closest('.s-prose, .comment-copy, header')).toBeNull();
      expect(anchor.getAttribute('href')).toMatch(/^(https:\/\/stackoverflow\.com)?\/users\/\d+\/[a-z-]+$/);
    }
    expect(found.map((f) => f.anchor.textContent)).toEqual(['Bob B.', 'Alice A.', 'carol', 'Dave D.', 'Erin E.', 'Alice A.']);
  });

  it('Stacks v3’s user card (2026): avatar and name in one link, the badge after the username; an avatar-only link still none', () => {
    const card = (inside: string) =>
      parsePage(`<div class="s-user-card"><a class="s-user-card--group" href="/users/1001/sofiaalc"><span class="s-avatar s-avatar__24"><img class="s-avatar--image" alt="" src="/legacy/assets/img/avatar-24.svg"></span>${inside}</a>
        <a class="s-user-card--time" href="/questions/1/x" title="2026-01-09 12:15:39Z"><time>asked 2 hr ago</time></a></div>`);
    const found = findHandles(stackexchange, card('<span class="s-user-card--username">SofiaAlc</span>'), new URL(QUESTION));
    expect(found.map((f) => [f.ref.handle, f.anchor.className, f.placement])).toEqual([['stackoverflow/1001', 's-user-card--username', 'after']]);
    expect(findHandles(stackexchange, card(''), new URL(QUESTION))).toEqual([]);
    expect(findHandles(stackexchange, card('<span class="s-user-card--username"> </span>'), new URL(QUESTION))).toEqual([]);
  });

  it('reads reputation, answers and badge points from a user page, not from the top bar', () => {
    const url = new URL('https://unix.stackexchange.com/users/7/alice');
    expect(stackexchange.observe!(ownPage('stackexchange-user.html'), url)).toEqual({
      ref: { network: 'stackexchange', handle: 'unix/7' },
      signals: { extra: { reputation: 12345, answers: 67, badgePoints: 133 } },
    });
    // The page badges no one: the avatar has no name, the tabs are navigation.
    expect(findHandles(stackexchange, ownPage('stackexchange-user.html'), url)).toEqual([]);
  });

  it('ru.stackoverflow.com: its authors as ru.stackoverflow/<id>, as on stackoverflow.com', () => {
    const url = 'https://ru.stackoverflow.com/questions/1001/kak-razobrat-stroku';
    const document = ownPage('stackexchange-question-ru.html');
    expect(handleCounts(stackexchange, document, url)).toEqual({ 'ru.stackoverflow/201': 1, 'ru.stackoverflow/202': 2, 'ru.stackoverflow/203': 1 });
    expect(findHandles(stackexchange, document, new URL(url)).map((f) => f.anchor.textContent)).toEqual(['Иван', 'petr', 'Мария', 'Мария']);
  });

  it('reads nothing from a user page whose labels are translated (no word-free hook tells reputation from answers)', () => {
    const page = parsePage(`<div id="stats" class="s-card fc-light bar-md"><div class="d-flex">
      <div class="flex--item"><div class="fs-body3 fc-black-600">12 345</div> репутация</div>
      <div class="flex--item"><div class="fs-body3 fc-black-600">67</div> ответов</div></div></div>`);
    expect(stackexchange.observe!(page, new URL('https://ru.stackoverflow.com/users/201/ivan'))).toBeNull();
  });

  it('reads nothing from a user page tab that lists posts, or from pages that are not profiles', () => {
    const page = ownPage('stackexchange-user.html');
    expect(stackexchange.observe!(page, new URL('https://unix.stackexchange.com/users/7/alice?tab=questions'))).toBeNull();
    expect(stackexchange.observe!(page, new URL('https://unix.stackexchange.com/questions/10/q'))).toBeNull();
  });

  it('reads the flair titles of the older layout', () => {
    const page = parsePage(`<div class="user-card"><span title="1 gold badge">1</span><span title="2 silver badges">2</span>
      <span title="3 bronze badges">3</span><div class="reputation">4,567 reputation</div></div>`);
    expect(stackexchange.observe!(page, new URL('https://superuser.com/users/5/x'))?.signals).toEqual({ extra: { reputation: 4567, badgePoints: 19 } });
  });

  it('finds nothing, and throws nothing, in markup it does not know', () => {
    const page = parsePage('<a>no href</a><a href="http://[bad">x</a><a href="/users/">x</a><a href="/users/12/x"></a><a href="/users/1234567890123/x">big</a>');
    expect(findHandles(stackexchange, page, new URL(QUESTION))).toEqual([]);
    expect(findHandles(stackexchange, parsePage('<a href="/users/1/jeff">Jeff</a>'), new URL('https://api.stackexchange.com/docs'))).toEqual([]);
    expect(stackexchange.observe!(parsePage('<p>reputation</p><p>gold badges</p>'), new URL('https://superuser.com/users/5/x'))).toBeNull();
  });
});

describe.skipIf(!hasSharedFixtures)('Stack Exchange handles on real saved pages (needs ../shared/fixtures)', () => {
  it('2022 question page (signed in): each post signature, comment and notice once, 82 users, not the signed-in kolrie', () => {
    const url = 'https://stackoverflow.com/questions/58211880/uncaught-syntaxerror-cannot-use-import-statement-outside-a-module-when-import';
    const document = parsePage(readShared('html/stackoverflow-question-58211880.html'));
    const found = findHandles(stackexchange, document, new URL(url));
    const counts = handleCounts(stackexchange, document, url);
    // 83 distinct /users/<id>/<name> links; kolrie (14540) is the signed-in user, in the top bar only.
    expect(Object.keys(counts)).toHaveLength(82);
    expect(counts['stackoverflow/14540']).toBeUndefined();
    // Independently: 65 post signatures with a name link, 52 comment authors, 6 users named in "deleted by" notices.
    expect(document.querySelectorAll('.user-details > a[href^="/users/"]')).toHaveLength(65);
    expect(document.querySelectorAll('a.comment-user')).toHaveLength(52);
    expect(document.querySelectorAll('.post-notice a[href^="/users/"]')).toHaveLength(6);
    expect(found).toHaveLength(65 + 52 + 6);
    expect(counts['stackoverflow/4099593']).toBe(1); // Bhargav Rao deleted a post
    expect(found.filter((f) => f.anchor.querySelector('img'))).toHaveLength(0);
    // Jerry Chen asked (one badge for avatar and name) and commented.
    expect(counts['stackoverflow/6647721']).toBe(1 + document.querySelectorAll('a.comment-user[href^="/users/6647721/"]').length);
    expect(counts['stackoverflow/6647721']).toBe(3);
    expect(counts['stackoverflow/63550']).toBeGreaterThan(10); // Peter Mortensen edited many answers
  });
});
