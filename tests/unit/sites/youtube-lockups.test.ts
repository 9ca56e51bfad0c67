// @vitest-environment jsdom
// A watch page's related videos, written for this project in the shape of a real 2026 sidebar
// (its lockups' classes, rows and avatar buttons) and of recorded 2025–26 watch data (lockupViewModel).
import { describe, expect, it } from 'vitest';
import { findHandles } from '../../../src/sites/find-handles';
import { youtube } from '../../../src/sites/youtube';
import { parsePage } from './page-helpers';

const WATCH = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';

const item = (id: string, name: string, avatar = `<yt-decorated-avatar-view-model><yt-avatar-shape><div aria-label="Go to channel ${name}" role="button" tabindex="0"><img alt=""></div></yt-avatar-shape></yt-decorated-avatar-view-model>`) =>
  `<yt-lockup-view-model class="ytd-item-section-renderer lockup ytLockupViewModelWrapper"><div class="ytLockupViewModelHost ytLockupViewModelHorizontal content-id-${id} ytLockupViewModelCompact">
    <a href="/watch?v=${id}&amp;pp=ugUHEgVlbi1VUw%3D%3D" class="ytLockupViewModelContentImage" aria-hidden="true" tabindex="-1"></a>
    <div class="ytLockupViewModelMetadata"><yt-lockup-metadata-view-model class="ytLockupMetadataViewModelHost"><div class="ytLockupMetadataViewModelAvatar">${avatar}</div>
      <div class="ytLockupMetadataViewModelTextContainer"><h3 title="A video"><a href="/watch?v=${id}" class="ytLockupMetadataViewModelTitle"><span>A video</span></a></h3>
      <div class="ytLockupMetadataViewModelMetadata"><yt-content-metadata-view-model class="ytContentMetadataViewModelHost">
        <div class="ytContentMetadataViewModelMetadataRow" role="group"><span class="ytAttributedStringHost ytContentMetadataViewModelMetadataText" dir="auto" role="text">${name}</span></div>
        <div class="ytContentMetadataViewModelMetadataRow" role="group"><span aria-label="3.4 million views" role="text">3.4M</span></div>
      </yt-content-metadata-view-model></div></div></yt-lockup-metadata-view-model></div></div></yt-lockup-view-model>`;

const lockup = (id: string, name: string, channel?: { browseId: string; canonicalBaseUrl?: string }) => ({
  lockupViewModel: {
    contentId: id,
    contentType: 'LOCKUP_CONTENT_TYPE_VIDEO',
    metadata: {
      lockupMetadataViewModel: {
        image: channel
          ? { decoratedAvatarViewModel: { a11yLabel: `Go to channel ${name}`, rendererContext: { commandContext: { onTap: { innertubeCommand: { browseEndpoint: channel } } } } } }
          : { avatarStackViewModel: { avatarClusterSize: 'AVATAR_SIZE_S' } },
        metadata: { contentMetadataViewModel: { metadataRows: [{ metadataParts: [{ text: { content: name } }] }] } },
      },
    },
  },
});

const DATA = {
  contents: {
    twoColumnWatchNextResults: {
      secondaryResults: {
        secondaryResults: {
          results: [
            { relatedChipCloudRenderer: {} },
            {
              itemSectionRenderer: {
                contents: [
                  lockup('MXwFU7n9HhM', 'AlmondTheArtist', { browseId: 'UCqVEHtQoXHmUCfJ-9smpTSg', canonicalBaseUrl: '/@AlmondTheArtist' }),
                  lockup('iogcY_4xGjo', 'MrBeast', { browseId: 'UCX6OQ3DkcsbYNE6H8uQQuVA' }),
                  lockup('te2rzrLqxm8', 'MrBeast 2 and MrBeast'),
                  { continuationItemRenderer: {} },
                ],
              },
            },
          ],
        },
      },
    },
  },
};

const page = (items: string, data: unknown = DATA) =>
  parsePage(`<html lang="en"><head><script>var ytInitialData = ${JSON.stringify(data)};</script></head><body><ytd-app><ytd-watch-next-secondary-results-renderer><ytd-item-section-renderer>${items}</ytd-item-section-renderer></ytd-watch-next-secondary-results-renderer></ytd-app></body></html>`);
const placed = (document: Document, url = WATCH) => findHandles(youtube, document, new URL(url)).map((f) => [f.ref.handle, f.anchor.textContent, f.placement]);

describe('YouTube watch page: related videos, their channels from the page’s data', () => {
  it('each item’s channel name, by its video id (the handle where the data has it, else the channel id)', () => {
    const document = page(item('MXwFU7n9HhM', 'AlmondTheArtist') + item('iogcY_4xGjo', 'MrBeast'));
    expect(placed(document)).toEqual([
      ['@AlmondTheArtist', 'AlmondTheArtist', 'after'],
      ['UCX6OQ3DkcsbYNE6H8uQQuVA', 'MrBeast', 'after'],
    ]);
  });

  it('none for a collaboration, an item the data does not list (added later, or after moving in the app), a name that is not the data’s, or off a watch page', () => {
    const stack = '<yt-avatar-stack-view-model role="button" aria-label="Collaboration channels"></yt-avatar-stack-view-model>';
    expect(placed(page(item('te2rzrLqxm8', 'MrBeast 2 and MrBeast', stack)))).toEqual([]);
    expect(placed(page(item('aaaaaaaaaaa', 'AlmondTheArtist')))).toEqual([]);
    expect(placed(page(item('MXwFU7n9HhM', 'Someone Else')))).toEqual([]);
    expect(placed(page(item('MXwFU7n9HhM', 'AlmondTheArtist')), 'https://www.youtube.com/')).toEqual([]);
    expect(placed(page(item('MXwFU7n9HhM', 'AlmondTheArtist'), { contents: {} }))).toEqual([]);
  });

  it('an item whose channel is a link is badged by that link alone (as lists with links are)', () => {
    const linked = item('MXwFU7n9HhM', 'AlmondTheArtist').replace('<span class="ytAttributedStringHost ytContentMetadataViewModelMetadataText" dir="auto" role="text">AlmondTheArtist</span>', '<span class="ytAttributedStringHost" role="text"><a href="/@AlmondTheArtist">AlmondTheArtist</a></span>');
    expect(placed(page(linked)).map(([handle]) => handle)).toEqual(['@AlmondTheArtist']);
  });
});

describe('a lockup whose metadata links its channel twice', () => {
  // A playlist among search results (its data recorded from /results, 2024-11): the first row's two
  // parts, the channel's name and "Playlist", both link to the channel (links as a saved 2025 lockup writes them).
  const part = (text: string) =>
    `<span class="ytAttributedStringHost ytContentMetadataViewModelMetadataText" dir="auto" role="text"><a class="yt-core-attributed-string__link yt-core-attributed-string__link--call-to-action-color yt-core-attributed-string--link-inherit-color" tabindex="0" href="/@5.1MusicChannel">${text}</a></span>`;
  const page = parsePage(`<yt-lockup-view-model><div class="ytLockupViewModelHost"><yt-lockup-metadata-view-model>
    <h3><a href="/playlist?list=PLx"><span>Surround sound tests</span></a></h3>
    <yt-content-metadata-view-model><div class="ytContentMetadataViewModelMetadataRow">${part('The 5.1 Surround Music Channel')}<span aria-hidden="true"> • </span>${part('Playlist')}</div></yt-content-metadata-view-model>
    </yt-lockup-metadata-view-model></div></yt-lockup-view-model>`);

  it('badges its first link, the name, once', () => {
    expect(findHandles(youtube, page, new URL('https://www.youtube.com/results?search_query=surround')).map((f) => [f.ref.handle, f.anchor.textContent])).toEqual([
      ['@5.1MusicChannel', 'The 5.1 Surround Music Channel'],
    ]);
  });

  it('a link showing no words (an avatar) or a hidden copy before the name is not the name', () => {
    for (const before of ['<a href="/@5.1MusicChannel"><img alt=""></a>', '<div hidden><a href="/@5.1MusicChannel">The 5.1 Surround Music Channel</a></div>']) {
      const withBefore = parsePage(page.body.innerHTML.replace('<h3>', `${before}<h3>`));
      expect(findHandles(youtube, withBefore, new URL('https://www.youtube.com/results?search_query=surround')).map((f) => f.anchor.textContent)).toEqual(['The 5.1 Surround Music Channel']);
    }
  });
});
