import { describe, expect, it, vi } from 'vitest';
import { PRIORITY } from '../../../src/background/host-limiter';
import { FEED_PREFIX, MAX_AGE, T0, iso, setup } from './profile-service-setup';

const DAY = 86_400_000;
const CAROL = { network: 'x', handle: 'Carol' };
const post = (id: string, likes: number, daysAgo: number) => ({ id, author: CAROL, likes, replies: 1, postedAt: iso(T0 - daysAgo * DAY) });

describe('createProfileService: networks read from their pages', () => {
  it('a handle whose profile no page has shown is unavailable, says why, and is never fetched', async () => {
    const { service, fetch } = setup();
    const entry = await service.resolve(CAROL, { priority: PRIORITY.popup });
    expect(entry).toMatchObject({ key: 'x:carol', state: 'unavailable' });
    expect(entry.state === 'unavailable' && entry.reason).toMatch(/X has no open API.*Open the profile once/);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('posts seen before the profile was are kept, and count once it is; later posts rescore it', async () => {
    const { service, time } = setup();
    expect(await service.observePosts([post('/carol/status/1', 10, 1), post('/carol/status/2', 30, 3)])).toEqual([]);
    time.now = T0 + 1000;
    const shown = await service.observe(CAROL, { network: 'x', handle: 'carol', followers: 50, posts: 730, createdAt: iso(T0 - 365 * DAY) }, 'https://x.com/carol');
    expect(shown).toMatchObject({ state: 'scored', signals: { followers: 50, recent: { postsPerDay: 2, likesReceivedPerDay: 40, repliesReceivedPerDay: 2 } } });
    expect(shown.state === 'scored' && shown.provenance?.['recent.likesReceivedPerDay']).toMatchObject({ kind: 'page', posts: 2 });
    time.now = T0 + 2000;
    const [updated] = await service.observePosts([post('/carol/status/3', 60, 0)]);
    expect(updated).toMatchObject({ state: 'scored', signals: { followers: 50, recent: { likesReceivedPerDay: 66.667 } } });
    expect(updated.state === 'scored' && updated.signals.sources?.find((s) => s.posts)).toMatchObject({ kind: 'page', posts: 3 });
    // And the profile's entry, read again, has them too.
    expect(await service.peek(CAROL)).toMatchObject({ signals: { recent: { likesReceivedPerDay: 66.667 } } });
  });

  it('two batches for one author at once both count (a fast scroll sends several)', async () => {
    const { service } = setup();
    await Promise.all([service.observePosts([post('/carol/status/1', 1, 1)]), service.observePosts([post('/carol/status/2', 2, 2)])]);
    const shown = await service.observe(CAROL, { network: 'x', handle: 'carol', followers: 5 }, undefined);
    expect(shown.state === 'scored' && shown.signals.sources?.find((s) => s.posts)?.posts).toBe(2);
  });

  it('posts without any count are not kept', async () => {
    const { service, area } = setup();
    await service.observePosts([{ id: '/carol/status/9', author: CAROL }]);
    expect([...area.data.keys()].filter((key) => key.startsWith('posts:'))).toEqual([]);
  });
});

describe('createProfileService: a public feed a page names (YouTube)', () => {
  const CHANNEL = { network: 'youtube', handle: '@Chan' };
  const channelPage = { network: 'youtube', handle: '@chan', followers: 5000 };

  it('is read once per max age; its reading joins the page’s, and a failed read changes nothing', async () => {
    const { service, fetch, time } = setup((id) =>
      id === 'UCgood' ? { ok: true, signals: { network: 'x', handle: id, recent: { postsPerDay: 0.5, likesReceivedPerDay: 40 } } } : { ok: false, error: { kind: 'http', message: 'no' } },
    );
    const onFeed = vi.fn();
    const shown = await service.observe(CHANNEL, channelPage, 'https://www.youtube.com/@chan', `${FEED_PREFIX}UCgood`, onFeed);
    expect(shown).toMatchObject({ state: 'scored', signals: { followers: 5000 } });
    await vi.waitFor(() => expect(onFeed).toHaveBeenCalledTimes(1));
    expect(fetch.mock.calls.map(([, id]) => id)).toEqual(['UCgood']);
    expect(onFeed.mock.calls[0][0]).toMatchObject({ key: 'youtube:chan', signals: { handle: 'chan', followers: 5000, recent: { likesReceivedPerDay: 40 } } });
    expect(onFeed.mock.calls[0][0].provenance['recent.likesReceivedPerDay']).toMatchObject({ kind: 'api', url: `${FEED_PREFIX}UCgood` });
    // Seen again within the max age: not read again.
    time.now = T0 + MAX_AGE - 1;
    await service.observe(CHANNEL, channelPage, 'https://www.youtube.com/@chan', `${FEED_PREFIX}UCgood`, onFeed);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fetch).toHaveBeenCalledTimes(1);
    // A feed URL the service does not know is never asked; a feed that fails leaves the page's reading.
    const other = { network: 'youtube', handle: '@other' };
    await service.observe(other, { ...channelPage, handle: '@other' }, undefined, 'https://evil.test/x', onFeed);
    await service.observe(other, { ...channelPage, handle: '@other' }, undefined, `${FEED_PREFIX}UCbad`, onFeed);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fetch.mock.calls.map(([, id]) => id)).toEqual(['UCgood', 'UCbad']);
    expect(await service.peek(other)).toMatchObject({ state: 'scored', signals: { followers: 5000 } });
    expect(onFeed).toHaveBeenCalledTimes(1);
  });
});
