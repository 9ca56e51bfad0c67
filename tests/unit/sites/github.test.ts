// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findHandles } from '../../../src/sites/find-handles';
import { TEST_URLS, github, loginFromPath, profileFromUrl } from '../../../src/sites/github';
import { profileFromPageUrl } from '../../../src/sites';
import { hasSharedFixtures, readShared } from '../shared-fixtures';
import { handleCounts, ownPage, parsePage } from './page-helpers';

describe('GitHub profile URLs', () => {
  it.each(TEST_URLS.profiles)('%s is a profile', (url) => {
    expect(profileFromUrl(new URL(url))?.network).toBe('github');
  });
  it.each(TEST_URLS.notProfiles)('%s is not a profile', (url) => {
    expect(profileFromUrl(new URL(url))).toBeNull();
  });
  it('keeps the login as written', () => {
    expect(profileFromUrl(new URL('https://github.com/Sindresorhus'))).toEqual({ network: 'github', handle: 'Sindresorhus' });
    expect(loginFromPath('/octocat/')).toBe('octocat');
    expect(loginFromPath('/octocat/repo')).toBeNull();
  });
  it('is no profile, and throws nothing, for the deleted-account placeholder and malformed escapes', () => {
    expect(profileFromUrl(new URL('https://github.com/ghost'))).toBeNull();
    expect(loginFromPath('/%E0%A4%A')).toBeNull();
    expect(() => profileFromPageUrl('https://github.com/%E0%A4%A')).not.toThrow();
    expect(profileFromPageUrl('https://github.com/%E0%A4%A')).toBeNull();
    expect(profileFromPageUrl('https://github.com/fr%C3%A9d')).toBeNull(); // decoded, then refused: no login has "é"
  });
});

describe('GitHub’s older logins, with hyphens today’s rule forbids (accounts GitHub still serves and links)', () => {
  it('their links, buttons and profile pages', () => {
    for (const login of ['Guin-', 'artur-', 'gil--', '0----0']) expect(profileFromUrl(new URL(`https://github.com/${login}`))?.handle).toBe(login);
    const page = parsePage(`<div class="markdown-body"><a class="user-mention notranslate" data-hovercard-type="user" data-hovercard-url="/users/artur-/hovercard" href="https://github.com/artur-">@artur-</a></div>
      <a data-testid="avatar-link" href="https://github.com/ArtOfCode-" data-hovercard-url="/users/ArtOfCode-/hovercard">ArtOfCode-</a>
      <a href="/o/r/commits?author=Guin-">Guin-</a><button data-hovercard-url="/users/mees-/hovercard">mees-</button>`);
    expect(findHandles(github, page, new URL('https://github.com/o/r/issues/1')).map((f) => f.ref.handle)).toEqual(['artur-', 'ArtOfCode-', 'Guin-', 'mees-']);
    for (const path of ['---', '-leading', 'a'.repeat(40)]) expect(profileFromUrl(new URL(`https://github.com/${path}`))).toBeNull();
  });
});

describe('GitHub handles on a page written for this project', () => {
  const issue = 'https://github.com/octo-org/widget/issues/7';

  it('marks authors, commenters, mentions, commit authors, assignees and reviewers', () => {
    expect(handleCounts(github, ownPage('github-issue.html'), issue)).toEqual({ alice: 2, bob: 2, carol: 1, dave: 1 });
  });

  it('ignores the header, repositories, organisations, bots, reserved paths, ghost, avatars and the hovercard popup', () => {
    const found = findHandles(github, ownPage('github-issue.html'), new URL(issue));
    const anchors = found.map((f) => f.anchor.getAttribute('href'));
    for (const href of ['/zed', '/octo-org', '/octo-org/widget', '/apps/dependabot', '/dependabot[bot]', '/settings', '/features', '/ghost']) {
      expect(anchors).not.toContain(href);
    }
    expect(anchors.filter((href) => href === '/alice')).toHaveLength(2); // not the avatar-only link
    expect(found.filter((f) => f.anchor.closest('.js-hovercard-content'))).toEqual([]);
  });

  it('gives a React comment header one badge, its author’s, not its "edited by" link’s', () => {
    const found = findHandles(github, ownPage('github-issue.html'), new URL(issue));
    const header = found.filter((f) => f.anchor.closest('[data-testid="comment-header"]'));
    expect(header.map((f) => [f.ref.handle, f.anchor.getAttribute('data-testid')])).toEqual([['bob', 'avatar-link']]);
  });

  it('knows an "edited by" link by its words should GitHub rename the component', () => {
    const page = parsePage(`<div data-testid="comment-header"><a data-testid="avatar-link" href="/bob" data-hovercard-url="/users/bob/hovercard">bob</a>
      <span><span>edited by <a class="Editor-module__link--x1y2z" href="https://github.com/alice">alice</a></span></span></div>`);
    expect(findHandles(github, page, new URL(issue)).map((f) => f.ref.handle)).toEqual(['bob']);
  });

  it('marks the username on a profile page, once, inside its element, without its pronouns', () => {
    const found = findHandles(github, ownPage('github-profile.html'), new URL('https://github.com/alice'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ref: { network: 'github', handle: 'alice' }, placement: 'append' });
    expect(found[0].anchor.className).toContain('vcard-username');
  });

  it('marks the username without pronouns too, and not another profile’s', () => {
    const page = parsePage('<span class="p-nickname vcard-username" itemprop="additionalName">alice</span>');
    expect(findHandles(github, page, new URL('https://github.com/alice')).map((f) => f.ref.handle)).toEqual(['alice']);
    expect(findHandles(github, page, new URL('https://github.com/bob'))).toEqual([]);
    const pronounsOnly = parsePage('<span itemprop="additionalName"><span itemprop="pronouns">alice</span></span>');
    expect(findHandles(github, pronounsOnly, new URL('https://github.com/alice'))).toEqual([]);
  });

  it('reads commit lists (?author=) and React hovercard URLs, and skips plain links in rendered Markdown', () => {
    const page = parsePage(`
      <a class="commit-author user-mention" href="/octo-org/widget/commits?author=erin">erin</a>
      <a href="/octo-org/widget/commits/main?author=frank">frank</a>
      <a href="/octo-org/widget/issues?author=zed">zed</a>
      <a href="https://github.com/grace" data-hovercard-url="/users/grace/hovercard">grace</a>
      <a href="/octo-org" data-hovercard-url="/orgs/octo-org/hovercard">octo-org</a>
      <div class="markdown-body"><a href="https://github.com/heidi">heidi</a> <a class="user-mention" href="/ivan">@ivan</a></div>`);
    const found = findHandles(github, page, new URL('https://github.com/octo-org/widget'));
    expect(found.map((f) => f.ref.handle)).toEqual(['erin', 'frank', 'grace', 'ivan']);
  });

  it('finds nothing, and throws nothing, in markup it does not know', () => {
    const page = parsePage('<div><span>alice</span><a>no href</a><a href="http://[bad">bad</a><a href="/alice#x">alice</a></div>');
    expect(findHandles(github, page, new URL('https://github.com/alice'))).toEqual([]);
  });

  it('throws nothing over malformed escapes in a link, a commit list’s author or a hovercard URL', () => {
    const page = parsePage(`
      <a class="author" href="/%E0%A4%A">x</a>
      <a href="/octo-org/widget/commits?author=a%25E0">a%E0</a>
      <a href="/octo-org/widget/issues?q=author%3Aa%25E0">a%E0</a>
      <button data-hovercard-url="/users/%E0%A4%A/hovercard">x</button>`);
    expect(findHandles(github, page, new URL('https://github.com/%E0%A4%A'))).toEqual([]);
    expect(github.observe!(page, new URL('https://github.com/%E0%A4%A'))).toBeNull();
  });
});

describe('GitHub issue and pull request lists', () => {
  const list = 'https://github.com/octo-org/widget/issues';

  it('marks each row’s author once: repository lists, the server-rendered list and the global lists’ buttons', () => {
    expect(handleCounts(github, ownPage('github-issue-lists.html'), list)).toEqual({ alice: 1, bob: 1, carol: 1, dave: 1, erin: 1 });
  });

  it('puts the badge beside the author link or button, one per row', () => {
    const page = ownPage('github-issue-lists.html');
    const found = findHandles(github, page, new URL(list));
    const rows = found.map((f) => f.anchor.closest('li, .Box-row, [role="listitem"]'));
    expect(new Set(rows).size).toBe(found.length);
    expect(found.map((f) => [f.ref.handle, f.anchor.localName])).toEqual([
      ['alice', 'a'],
      ['bob', 'a'],
      ['carol', 'a'],
      ['dave', 'button'],
      ['erin', 'button'],
    ]);
  });

  it('reads the author qualifier of a list’s search only, on list paths only', () => {
    const page = parsePage(`
      <a href="/octo-org/widget/pulls?q=is%3Apr+author%3Afrank+label%3Abug">frank</a>
      <a href="/issues?q=is%3Aopen+author%3Agrace">grace</a>
      <a href="/pulls?q=author%3Aheidi">heidi</a>
      <a href="/octo-org/widget/issues?q=assignee%3Aivan">ivan</a>
      <a href="/octo-org/widget/issues?q=-author%3Ajudy">judy</a>
      <a href="/octo-org/widget/issues?q=author%3A%40me">@me</a>
      <a href="/octo-org/widget/labels?q=author%3Aken">ken</a>
      <a href="/octo-org/widget/issues/7?q=author%3Aleo">leo</a>
      <a href="/octo-org/widget/issues?author=mia">mia</a>
      <a href="/octo-org/widget/issues?q=author%3Aghost">ghost</a>
      <a href="/octo-org/widget/issues?q=author%3Anina">Nina N.</a>`);
    expect(findHandles(github, page, new URL(list)).map((f) => f.ref.handle)).toEqual(['frank', 'grace', 'heidi']);
  });

  it('takes a button’s login from its hovercard URL, shown as its text, and no organisation’s', () => {
    const page = parsePage(`
      <button data-hovercard-url="/users/omar/hovercard"><span class="sr-label">Filter by author </span>omar</button>
      <button data-hovercard-url="/users/pia/hovercard">someone else</button>
      <button data-hovercard-url="/orgs/octo-org/hovercard" data-testid="author-filter-link">octo-org</button>
      <button data-testid="author-filter-link">dependabot[bot]</button>
      <button data-testid="repo-filter-link">octo-org/widget</button>
      <header class="AppHeader"><button data-hovercard-url="/users/zed/hovercard">zed</button></header>`);
    expect(findHandles(github, page, new URL('https://github.com/issues')).map((f) => f.ref.handle)).toEqual(['omar']);
  });
});

describe.skipIf(!hasSharedFixtures)('GitHub handles on real saved pages (needs ../shared/fixtures)', () => {
  const real = (file: string) => parsePage(readShared(`html/${file}`));

  it('2025 issue (React UI): the four participants, once per comment header and mention, not again as its last editor', () => {
    const page = real('github-issue-rendered-kepano-defuddle-56.html');
    const url = new URL('https://github.com/kepano/defuddle/issues/56');
    // jmorrell: the issue's author, a comment's and a mention; kepano: the repository's owner and a mention.
    expect(handleCounts(github, page, url.href)).toEqual({ jmorrell: 3, kepano: 2, masylum: 3, nbbaier: 3 });
    const found = findHandles(github, page, url);
    expect(found.filter((f) => f.anchor.closest('[class*="MarkdownLastEditedBy"]'))).toEqual([]);
    for (const header of page.querySelectorAll('[data-testid="comment-header"]')) {
      expect(found.filter((f) => header.contains(f.anchor))).toHaveLength(1);
    }
  });

  it('2015 issue (server HTML): the three commenters, not the organisation that owns the repository', () => {
    const counts = handleCounts(github, real('github-issue-server-dwyl-time-28.html'), 'https://github.com/dwyl/time/issues/28');
    expect(Object.keys(counts).sort()).toEqual(['FilWisher', 'iteles', 'nelsonic']);
    expect(counts.iteles).toBeGreaterThan(5);
  });

  it('2016 profile: the profile’s own username', () => {
    const found = findHandles(github, real('github-profile-server-moqada.html'), new URL('https://github.com/moqada'));
    expect(found.map((f) => f.ref.handle)).toEqual(['moqada']);
  });

  it('2021 repository page: the last commit’s author; no repository, header, README or organisation link', () => {
    const found = findHandles(github, real('github-repo-page-2021.html'), new URL('https://github.com/microlinkhq/mql'));
    // The commit author link is /microlinkhq/mql/commits?author=Kikobeats; the signed-in
    // user's header link and the README's plain link to the organisation are not handles.
    expect(found.map((f) => [f.ref.handle, f.anchor.getAttribute('href')])).toEqual([
      ['Kikobeats', '/microlinkhq/mql/commits?author=Kikobeats'],
    ]);
  });
});
