// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { youtube } from '../../../src/sites/youtube';
import { parsePage } from './page-helpers';

// A collaboration's watch page (2025–): the owner line links no channel ("Oligence AI and 2 more",
// as two measurements of September 2026 describe it); the page's data lists the channels, the
// uploader first (its renderer as a project recorded it from the live page, September 2026).
describe('YouTube collaborations: the uploader from the page’s data', () => {
  const WATCH = 'https://www.youtube.com/watch?v=LR9Ou1eXjnA';
  const row = (title: string, id: string, subtitle?: string) =>
    `{"listItemViewModel":{"title":{"content":"${title}","commandRuns":[{"startIndex":0,"length":${title.length},"onTap":{"innertubeCommand":{"browseEndpoint":{"browseId":"${id}"}}}}]}${subtitle ? `,"subtitle":{"content":"${subtitle}"}` : ''}}}`;
  const data = (videoId: string) =>
    `{"currentVideoEndpoint":{"watchEndpoint":{"videoId":"${videoId}"}},"contents":{"twoColumnWatchNextResults":{"results":{"results":{"contents":[{"videoSecondaryInfoRenderer":{"owner":{"videoOwnerRenderer":{"attributedTitle":{"content":"Oligence AI and 2 more"},"navigationEndpoint":{"showDialogCommand":{"panelLoadingStrategy":{"inlineContent":{"dialogViewModel":{"customContent":{"listViewModel":{"listItems":[` +
    `${row('Oligence AI', 'UC5HBA5awLB0LPr-a3pZV3IA', '\\u200e\\u2068@oligenceai\\u2069 \\u2022 \\u20681.67K subscribers\\u2069')},${row('BnSamy', 'UCNu8-f_GI4n0vLWG4Gj3Z5A')}]}}}}}}}}}}}]}}}}}`;
  const page = (videoId: string) =>
    parsePage(`<html lang="en"><head><script>var ytInitialData = ${data(videoId)};</script></head><body><ytd-app><ytd-watch-flexy video-id="LR9Ou1eXjnA"><ytd-watch-metadata>
      <div id="owner"><ytd-video-owner-renderer><a class="yt-simple-endpoint"><yt-img-shadow id="avatar"></yt-img-shadow></a>
        <div id="avatar-stack"><yt-avatar-stack-view-model role="button" aria-label="Collaboration channels"></yt-avatar-stack-view-model></div>
        <div id="upload-info"><ytd-channel-name id="channel-name" hidden=""><yt-formatted-string id="text"></yt-formatted-string></ytd-channel-name>
        <yt-attributed-string id="attributed-channel-name"><span><a class="yt-core-attributed-string__link">Oligence AI and 2 more</a></span></yt-attributed-string></div>
      </ytd-video-owner-renderer></div>
      <like-button-view-model><button aria-label="like this video along with 730 other people"></button></like-button-view-model>
      <span id="view-count" aria-label="12,345 views"></span></ytd-watch-metadata></ytd-watch-flexy></ytd-app></body></html>`);

  it('observe: the uploader’s handle, channel and subscribers (the first of the channels listed)', () => {
    expect(youtube.observe!(page('LR9Ou1eXjnA'), new URL(WATCH))).toMatchObject({
      ref: { network: 'youtube', handle: '@oligenceai' },
      signals: { followers: 1670 },
      aliases: [{ network: 'youtube', handle: 'UC5HBA5awLB0LPr-a3pZV3IA' }],
    });
  });

  it('the video as the uploader’s post; nothing where the data is another video’s (the page was navigated since)', () => {
    const posts = (document: Document) => [...document.querySelectorAll(youtube.postSelector!)].map((element) => youtube.postFromElement!(element, new URL(WATCH)));
    expect(posts(page('LR9Ou1eXjnA'))).toEqual([{ id: '/watch?v=LR9Ou1eXjnA', author: { network: 'youtube', handle: '@oligenceai' }, likes: 730, views: 12_345 }]);
    expect(posts(page('dQw4w9WgXcQ'))).toEqual([null]);
    expect(youtube.observe!(page('dQw4w9WgXcQ'), new URL(WATCH))).toBeNull();
  });
});
