// npm run bench: measures the budgets the issues name and prints them beside their limits.
// Budgets are measured here, not asserted in timed tests.
import { resolve } from 'node:path';
import { runBackgroundBench } from './bench/background';
import { HANDLES, runHandlesPage } from './bench/handles-page';
import { runPopupOpenBench } from './bench/popup-open';
import { runRequestsBench } from './bench/requests';
import { runAuditBench } from './bench/audit';
import { bundleSizes } from './bench/sizes';
import { runXTimeline } from './bench/x-timeline';

type Row = [what: string, value: string, budget: string, ok: boolean | null];
const rows: Row[] = [];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const sizes = bundleSizes(resolve(import.meta.dirname, '../dist/chrome'));
rows.push(['Content script on its heaviest site: the script and that site’s adapter (gzip)', kb(sizes.content.gzipBytes), '≤ 30 KB', sizes.content.gzipBytes <= 30 * 1024]);
rows.push(['  … every adapter it can load, in all', kb(sizes.contentAll.gzipBytes), '', null]);
rows.push(['Popup as it opens, with its heaviest later part (gzip)', kb(sizes.popup.gzipBytes), '≤ 60 KB', sizes.popup.gzipBytes <= 60 * 1024]);
rows.push(['  … every file it can load, in all', kb(sizes.popupAll.gzipBytes), '', null]);
const popupOpen = await runPopupOpenBench(20);
rows.push(["Popup: cached profile's breakdown shown (median of 20 openings)", `${popupOpen.medianMs} ms`, '≤ 150 ms', popupOpen.medianMs <= 150]);

const alone = await runHandlesPage(false);
const withUs = await runHandlesPage(true);
for (const phase of ['opening', 'scrolling'] as const) {
  const ours = withUs[phase];
  const label = phase === 'opening' ? `${HANDLES}-handle page, opening (${withUs.badgedOnOpening} on screen badged)` : `${HANDLES}-handle page, scrolled to the end (all badged)`;
  rows.push([label, '', '', null]);
  rows.push(['  our main-thread work, in all', `${ours.extensionMs} ms in ${ours.extensionRuns} runs`, '≤ 100 ms', ours.extensionMs <= 100]);
  rows.push(['  our longest single run', `${ours.longestExtensionRunMs} ms`, '≤ 16 ms', ours.longestExtensionRunMs <= 16]);
  rows.push(['  page main thread busy, without → with us', `${alone[phase].busyMs} → ${ours.busyMs} ms`, '', null]);
  rows.push(['  page longest task, without → with us', `${alone[phase].longestTaskMs} → ${ours.longestTaskMs} ms`, '', null]);
}
rows.push([`Badges placed / scored after scrolling`, `${withUs.badges} / ${withUs.scored}`, `= ${HANDLES}`, withUs.scored === HANDLES]);

// Issue 6: a synthetic X timeline of 2,000 posts, loaded by scrolling.
const timelineAlone = await runXTimeline(false);
const timeline = await runXTimeline(true);
const per100 = Math.round((timeline.summary.extensionMs / (timeline.posts / 100)) * 100) / 100;
rows.push([`X timeline, ${timeline.posts} posts added by scrolling (${timeline.postsRead} posts' counts read)`, '', '', null]);
rows.push(['  our main-thread work per 100 posts added (traced)', `${per100} ms (${timeline.summary.extensionMs} ms in ${timeline.summary.extensionRuns} runs)`, '≤ 5 ms', per100 <= 5]);
rows.push(['  … the same scroll untraced, as V8’s sampling profiler sees it', `${Math.round((timeline.sampledMs / (timeline.posts / 100)) * 100) / 100} ms (${timeline.sampledMs} ms)`, '', null]);
rows.push(['  our longest single run', `${timeline.summary.longestExtensionRunMs} ms`, '≤ 16 ms', timeline.summary.longestExtensionRunMs <= 16]);
rows.push(['  page main thread busy, without → with us', `${timelineAlone.summary.busyMs} → ${timeline.summary.busyMs} ms`, '', null]);
rows.push(['  page longest task, without → with us', `${timelineAlone.summary.longestTaskMs} → ${timeline.summary.longestTaskMs} ms`, '', null]);

const background = await runBackgroundBench();
rows.push(['Background', '', '', null]);
rows.push(['  cache hit, content → background → content, 100 handles (median of 20)', `${background.roundTripMedianMs} ms`, '< 10 ms', background.roundTripMedianMs < 10]);
rows.push(['  requests for 100 GitHub profiles never seen (with a token)', String(background.githubRequestsFor100), '≤ 4', background.githubRequestsFor100 <= 4]);
rows.push(['  … and for the same 100 again, within the max age', String(background.githubRequestsAgain), '= 0', background.githubRequestsAgain === 0]);
rows.push([`  start-up read of a full cache (${background.fullCacheEntries} profiles)`, `${background.fullCacheLoadMs} ms`, '< 100 ms', background.fullCacheLoadMs < 100]);
rows.push(['  … when its index is lost and is rebuilt from every record', `${background.fullCacheRebuildMs} ms`, '', null]);

// A profile's full score: at most 3 requests on Mastodon and GitHub, 4 on Bluesky (issue 5).
const PER_PROFILE_BUDGET: Record<string, number> = { mastodon: 3, github: 3, bluesky: 4 };
const minutes = (seconds: number) => (seconds < 60 ? `${Math.ceil(seconds)} s` : seconds < 3600 ? `${Math.ceil(seconds / 60)} min` : `${(seconds / 3600).toFixed(1)} h`);
rows.push(['Requests for 100 profiles never seen (+ Wikidata; least time under the published limits)', '', '≤ budget', null]);
for (const cost of await runRequestsBench(100)) {
  const budget = PER_PROFILE_BUDGET[cost.network];
  const hosts = Object.entries(cost.byHost).map(([host, n]) => `${n} ${host}`).join(', ');
  rows.push([`  ${cost.label}: ${hosts}; again ${cost.again}; scored ${cost.scored}`, `${cost.requests} + ${cost.notability} (${minutes(cost.minSecondsUnderLimits)})`, budget ? `≤ ${budget * 100}` : '', budget ? cost.requests + cost.notability <= budget * 100 && cost.again === 0 : null]);
}

// Issue 8: an audience audit of 1,000 followers. Bluesky: 100 followers a page plus 4 getProfiles
// (2,000 must fit in 100 requests); Mastodon: 80 a page plus at most 3 requests to find the account.
const AUDIT_BUDGET: Record<string, number> = { bluesky: 50, mastodon: Math.ceil(1000 / 80) + 3 };
for (const cost of await runAuditBench(1000)) {
  const budget = AUDIT_BUDGET[cost.network];
  rows.push([
    `Audit, 1,000 followers: ${cost.label} (${cost.followers} classified; least time under the limits: full bucket / sustained)`,
    `${cost.requests} requests (${minutes(cost.minSecondsUnderLimits)} / ${minutes(cost.sustainedSeconds)})`,
    `≤ ${budget} requests`,
    cost.requests <= budget && cost.followers === 1000 && cost.state === 'done',
  ]);
}

const width = Math.max(...rows.map((r) => r[0].length));
console.log(`npm run bench (Chromium, headless; "ours" = runs of the extension's scripts in the page, with the DOM work they do)\n`);
for (const [what, value, budget, ok] of rows) {
  console.log(`${what.padEnd(width)}  ${value.padStart(26)}  ${budget.padEnd(9)} ${ok === null ? '' : ok ? 'ok' : 'OVER'}`);
}
if (process.env.BENCH_DETAIL) {
  const details: [string, typeof timeline.summary][] = [['opening', withUs.opening], ['scrolling', withUs.scrolling], ['scrolling the X timeline', timeline.summary]];
  for (const [phase, summary] of details) {
    console.log(`\nOur runs while ${phase}, by what ran:`);
    for (const [kind, ms, runs] of summary.extensionByKind.slice(0, 10)) console.log(`  ${String(ms).padStart(7)} ms ${String(runs).padStart(5)}×  ${kind}`);
  }
}
if (rows.some(([, , , ok]) => ok === false)) process.exitCode = 1;
