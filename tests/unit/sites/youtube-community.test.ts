// @vitest-environment jsdom
// Community posts, written for this project in the shape the post renderer has had since 2019
// (its time's link pasted from a live post page in 2024; its counts as an archiver of 2024–26 reads them).
import { describe, expect, it } from 'vitest';
import { findHandles } from '../../../src/sites/find-handles';
import { youtube } from '../../../src/sites/youtube';
import { parsePage } from './page-helpers';

const POSTS_TAB = 'https://www.youtube.com/@veritasium/posts';

function post({ author = '/@veritasium', time = '/post/Ugkx4zW_Z6QeKVSnRzPmnF5pAdDIJ4tBikSo', likes = '<span id="vote-count-middle" aria-label="2,512 likes">2.5K</span>', comments = '<span id="reply-button-end" aria-label="34 comments">34</span>', inner = '' } = {}) {
  return `<ytd-backstage-post-thread-renderer><div id="post"><ytd-backstage-post-renderer>
    <div id="header"><a id="author-thumbnail" href="${author}"><img alt=""></a>
      <a id="author-text" class="yt-simple-endpoint" href="${author}"><span>Veritasium</span></a>
      <yt-formatted-string id="published-time-text"><a class="yt-simple-endpoint" href="${time}" dir="auto">1 month ago</a></yt-formatted-string></div>
    <div id="content"><yt-formatted-string id="content-text">What should we film next?</yt-formatted-string>${inner}</div>
    <div id="toolbar"><ytd-comment-action-buttons-renderer><div id="toolbar">${likes}${comments}</div></ytd-comment-action-buttons-renderer></div>
  </ytd-backstage-post-renderer></div></ytd-backstage-post-thread-renderer>`;
}
const read = (html: string, url = POSTS_TAB) => [...parsePage(`<ytd-app>${html}</ytd-app>`).querySelectorAll(youtube.postSelector!)].map((element) => youtube.postFromElement!(element, new URL(url)));
const AUTHOR = { network: 'youtube', handle: '@veritasium' };

describe('YouTube community posts', () => {
  it('a post: its id from its time’s link, its author, likes from the label (exact) and comments', () => {
    expect(read(post())).toEqual([{ id: '/post/Ugkx4zW_Z6QeKVSnRzPmnF5pAdDIJ4tBikSo', author: AUTHOR, likes: 2512, replies: 34 }]);
  });

  it('the number shown where there is no label; the 2025 permalink (community?lb=); a channel id author', () => {
    const shown = post({
      author: '/channel/UCHnyfMqiRRG1u-2MsSQLbXA',
      time: '/channel/UCHnyfMqiRRG1u-2MsSQLbXA/community?lb=UgzR1Ay3bUq9bq0Cv-l4AaABCQ',
      likes: '<span id="vote-count-middle">2.5K</span>',
      comments: '<span id="reply-button-end"><span>Comment</span></span>',
    });
    expect(read(shown)).toEqual([{ id: '/post/UgzR1Ay3bUq9bq0Cv-l4AaABCQ', author: { network: 'youtube', handle: 'UCHnyfMqiRRG1u-2MsSQLbXA' }, likes: 2500 }]);
  });

  it('the comments’ label on the link inside the button, its text holding a tooltip', () => {
    const inner = post({ comments: '<div id="reply-button-end"><a aria-label="34 comments" href="/post/Ugkx4zW_Z6QeKVSnRzPmnF5pAdDIJ4tBikSo"><span>34</span><tp-yt-paper-tooltip>Comment</tp-yt-paper-tooltip></a></div>' });
    expect(read(inner)[0]?.replies).toBe(34);
  });

  it('a post shared inside another is its own: each reads its own counts', () => {
    const shared = post({ author: '/@minutephysics', time: '/post/UgkxSharedOriginal0001', likes: '<span id="vote-count-middle" aria-label="900 likes">900</span>', comments: '' });
    expect(read(post({ inner: shared }))).toEqual([
      { id: '/post/Ugkx4zW_Z6QeKVSnRzPmnF5pAdDIJ4tBikSo', author: AUTHOR, likes: 2512, replies: 34 },
      { id: '/post/UgkxSharedOriginal0001', author: { network: 'youtube', handle: '@minutephysics' }, likes: 900 },
    ]);
  });

  it('nothing without an id, an author or a count (likes hidden: an empty count)', () => {
    expect(read(post({ time: '/watch?v=abcdefghijk' }))).toEqual([null]);
    expect(read(post({ author: '/c/Veritasium' }))).toEqual([null]);
    expect(read(post({ likes: '<span id="vote-count-middle"></span>', comments: '' }))).toEqual([null]);
  });

  it('the author gets one badge (not the avatar)', () => {
    const found = findHandles(youtube, parsePage(`<ytd-app>${post()}</ytd-app>`), new URL(POSTS_TAB));
    expect(found.map((f) => [f.ref.handle, f.anchor.id])).toEqual([['@veritasium', 'author-text']]);
  });
});

