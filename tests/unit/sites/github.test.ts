// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findHandles } from '../../../src/sites/find-handles';
import { TEST_URLS, github, loginFromPath, profileFromUrl } from '../../../src/sites/github';
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
});

describe('GitHub handles on a page written for this project', () => {
  const issue = 'https://github.com/octo-org/widget/issues/7';

  it('marks authors, commenters, mentions, commit authors, assignees and reviewers', () => {
    expect(handleCounts(github, ownPage('github-issue.html'), issue)).toEqual({ alice: 2, bob: 2, carol: 1, dave: 1 });
  });

  it('ignores the header, repositories, organisations, bots, reserved paths and avatars', () => {
    const anchors = findHandles(github, ownPage('github-issue.html'), new URL(issue)).map((found) => found.anchor.getAttribute('href'));
    for (const href of ['/zed', '/octo-org', '/octo-org/widget', '/apps/dependabot', '/dependabot[bot]', '/settings', '/features']) {
      expect(anchors).not.toContain(href);
    }
    expect(anchors.filter((href) => href === '/alice')).toHaveLength(2); // not the avatar-only link
  });

  it('marks the username on a profile page, once, inside its element', () => {
    const found = findHandles(github, ownPage('github-profile.html'), new URL('https://github.com/alice'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ref: { network: 'github', handle: 'alice' }, placement: 'append' });
    expect(found[0].anchor.className).toContain('vcard-username');
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
});

describe.skipIf(!hasSharedFixtures)('GitHub handles on real saved pages (needs ../shared/fixtures)', () => {
  const real = (file: string) => parsePage(readShared(`html/${file}`));

  it('2025 issue (React UI): the four participants', () => {
    const counts = handleCounts(github, real('github-issue-rendered-kepano-defuddle-56.html'), 'https://github.com/kepano/defuddle/issues/56');
    expect(Object.keys(counts).sort()).toEqual(['jmorrell', 'kepano', 'masylum', 'nbbaier']);
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
