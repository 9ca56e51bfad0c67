// The synthetic X timeline: a page shaped like x.com's home timeline (articles with the
// User-Name block and the action bar's aria-labels) that adds 20 posts each time the reader
// nears its end, as X does, and drops posts far above the screen, as X's virtual list does,
// until 2,000 posts have been added. Loaded with and without the extension under a trace: our
// main-thread time per 100 posts added, and our longest run.
import type { Page } from 'playwright-core';
import { launchBrowser, launchWithExtension } from '../../tests/e2e/harness';
import { startProfile, stopProfile } from './cpu-profile';
import { startTrace, stopTrace, summarise, type MainThreadSummary } from './trace';

export const TIMELINE_POSTS = 2000;
const AUTHORS = 500;
const PAGE_SIZE = 20;
/** Posts X keeps in its list around the screen; older ones are removed. */
const KEPT = 60;

/** The page's own script: X's infinite scroll and virtual list, in miniature. */
function timelineScript(total: number): string {
  return `
  (() => {
    let added = 0;
    const list = document.querySelector('[aria-label="Timeline: Your Home Timeline"]');
    function post(i) {
      const handle = 'author' + String(i % ${AUTHORS}).padStart(3, '0');
      const replies = (i * 7) % 50, reposts = (i * 3) % 40, likes = (i * 13) % 900, views = 1000 + i * 37;
      const cell = document.createElement('div');
      cell.setAttribute('data-testid', 'cellInnerDiv');
      cell.innerHTML = '<article data-testid="tweet" role="article" tabindex="0"><div data-testid="User-Name">'
        + '<a href="/' + handle + '" role="link"><span>Author ' + handle + '</span></a>'
        + '<a href="/' + handle + '" role="link" tabindex="-1"><span>@' + handle + '</span></a>'
        + '<a href="/' + handle + '/status/' + (1000000 + i) + '" role="link"><time datetime="' + new Date(Date.now() - i * 3600000).toISOString() + '">' + (i % 23 + 1) + 'h</time></a></div>'
        + '<div data-testid="tweetText" lang="en"><span>Post number ' + i + ' with enough text to fill two lines of a timeline, as posts do.</span></div>'
        + '<div role="group" aria-label="' + replies + ' replies, ' + reposts + ' reposts, ' + likes + ' likes, 3 bookmarks, ' + views + ' views">'
        + '<button data-testid="reply" aria-label="' + replies + ' Replies. Reply"><span>' + replies + '</span></button>'
        + '<button data-testid="retweet" aria-label="' + reposts + ' reposts. Repost"><span>' + reposts + '</span></button>'
        + '<button data-testid="like" aria-label="' + likes + ' Likes. Like"><span>' + likes + '</span></button>'
        + '<a href="/' + handle + '/status/' + (1000000 + i) + '/analytics" aria-label="' + views + ' views. View post analytics"><span>' + views + '</span></a>'
        + '</div></article>';
      return cell;
    }
    function more() {
      const page = document.createDocumentFragment();
      for (let n = 0; n < ${PAGE_SIZE} && added < ${total}; n++) page.appendChild(post(added++));
      list.appendChild(page);
      while (list.children.length > ${KEPT}) {
        const first = list.firstElementChild;
        spacer.style.height = (spacer.offsetHeight + first.offsetHeight) + 'px';
        first.remove();
      }
      document.body.dataset.added = String(added);
    }
    const spacer = document.createElement('div');
    list.before(spacer);
    more();
    addEventListener('scroll', () => {
      if (scrollY + innerHeight > document.documentElement.scrollHeight - 1500 && added < ${total}) more();
    }, { passive: true });
  })();`;
}

export function timelinePage(total: number): string {
  return `<!doctype html><html lang="en"><head><title>Home / X</title><style>article{border-bottom:1px solid #eee;padding:12px;font:15px system-ui}[role=group]{display:flex;gap:40px}</style></head>
<body><header role="banner"><nav aria-label="Primary"><a href="/home">Home</a> <a href="/explore">Explore</a></nav></header>
<main role="main"><div aria-label="Timeline: Your Home Timeline"></div></main><script>${timelineScript(total)}</script></body></html>`;
}

async function scrollUntilAll(page: Page, total: number): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const added = await page.evaluate('(scrollBy(0, innerHeight * 0.9), Number(document.body.dataset.added))');
    await page.waitForTimeout(40);
    if ((added as number) >= total && (await page.evaluate('scrollY + innerHeight >= document.documentElement.scrollHeight - 2'))) break;
  }
}

export interface TimelineResult {
  summary: MainThreadSummary;
  /** Our time in the same scroll, sampled by V8's profiler rather than traced. */
  sampledMs: number;
  posts: number;
  badges: number;
  /** Posts whose counts the background holds (read as they came on screen). */
  postsRead: number;
}

export async function runXTimeline(withExtension: boolean): Promise<TimelineResult> {
  const extended = withExtension ? await launchWithExtension() : undefined;
  const browser = extended ?? (await launchBrowser({ extension: false }));
  try {
    const html = timelinePage(TIMELINE_POSTS);
    await browser.context.route('https://x.com/**', (route) => route.fulfill({ contentType: 'text/html', body: html }));
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await page.goto('https://x.com/home');
    await page.waitForTimeout(1000);
    await startTrace(cdp);
    await scrollUntilAll(page, TIMELINE_POSTS);
    await page.waitForTimeout(3000); // the last posts read and sent
    const summary = summarise(await stopTrace(cdp));
    // Once more, untraced, as the sampling profiler sees it.
    await page.reload();
    await page.waitForTimeout(1000);
    await startProfile(cdp);
    await scrollUntilAll(page, TIMELINE_POSTS);
    await page.waitForTimeout(3000);
    const sampledMs = await stopProfile(cdp);
    const badges = (await page.evaluate('document.querySelectorAll("influence-badge").length')) as number;
    const postsRead = extended
      ? ((await extended.worker.evaluate(
          'chrome.storage.local.get(null).then((all) => Object.entries(all).filter(([k]) => k.startsWith("posts:")).reduce((n, [, v]) => n + (v.value?.length ?? 0), 0))',
        )) as number)
      : 0;
    return { summary, sampledMs, posts: TIMELINE_POSTS, badges, postsRead };
  } finally {
    await browser.close();
  }
}
