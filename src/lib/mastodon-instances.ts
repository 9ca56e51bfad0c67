// The Mastodon instances the extension ships with (manifest.json: content scripts and host
// permissions), the largest by accounts; the user enables any other from the popup.
// Sizes: @boud's count of 16 Dec 2022 (codeberg.org/boud/fedistats_naive, from
// instances.social; posted at vran.as/@Alex/109522010472026374) ranks mastodon.social,
// mstdn.jp, mastodon.online, mstdn.social, mas.to, mastodon.world and universeodon.com among
// the largest Mastodon servers; fosstodon.org, hachyderm.io and infosec.exchange are the
// largest of the technical communities. (pawoo.net and counter.social, also large, are left
// out: the first is blocked by many servers, the second does not federate.)
export const MASTODON_INSTANCES = [
  'mastodon.social',
  'mastodon.online',
  'mstdn.social',
  'mas.to',
  'mastodon.world',
  'mstdn.jp',
  'universeodon.com',
  'fosstodon.org',
  'hachyderm.io',
  'infosec.exchange',
] as const;
