// The browser's own extension API, without webextension-polyfill's wrappers: Firefox's
// `browser`, or Chrome's `chrome`, whose MV3 calls return promises too. The content script
// uses only calls that behave the same in both (sendMessage, onMessage without replies,
// i18n), and runs in pages where every microsecond counts, so it skips the polyfill.
// Background and popup, which use more of the API, import webextension-polyfill.
import type Browser from 'webextension-polyfill';

type Api = typeof Browser;
const scope = globalThis as unknown as { browser?: Api; chrome?: Api };

export const nativeApi: Api = (scope.browser ?? scope.chrome)!;
