// One build per browser: `vite build --mode chrome` → dist/chrome, `--mode firefox` → dist/firefox.
// manifest.json is written for Chrome; the Firefox variant is derived here.
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig, type Plugin } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };

type Browser = 'chrome' | 'firefox';

export const GECKO_ID = 'influence-badges@influence-badges.org';

function manifestFor(browser: Browser): ManifestV3Export {
  const manifest = structuredClone(baseManifest) as Record<string, any>;
  if (browser === 'firefox') {
    manifest.background = { scripts: [baseManifest.background.service_worker], type: 'module' };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        // Nothing leaves the browser except requests to the networks' own public APIs.
        data_collection_permissions: { required: ['none'] },
      },
      // data_collection_permissions arrived in Firefox for Android 142.
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return manifest as ManifestV3Export;
}

/**
 * Mastodon instances the user turns on at run time get the content script by registration, and
 * its loader imports the content chunks by URL: Chrome allows that only on pages listed in
 * web_accessible_resources. The content chunks alone (not the popup's or the worker's) are
 * therefore opened to any https page the user may turn on.
 */
function contentChunksOnEnabledSites(): Plugin & { renderCrxManifest(manifest: any): any } {
  return {
    name: 'content-chunks-on-enabled-sites',
    // After CRXJS has listed the content chunks: its plugins call this hook in plugin order.
    enforce: 'post',
    renderCrxManifest(manifest) {
      const resources: { matches: string[]; resources: string[] }[] = manifest.web_accessible_resources ?? [];
      const content = resources.find((entry) => entry.resources.some((file) => file.includes('src-content-index')));
      if (!content) throw new Error('The content script’s chunks are missing from web_accessible_resources.');
      content.matches = [...new Set([...content.matches, ...manifest.optional_host_permissions])];
      return manifest;
    },
  };
}

export default defineConfig(({ mode }) => {
  const browser: Browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [crx({ manifest: manifestFor(browser), browser }), contentChunksOnEnabledSites()],
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: browser === 'firefox' ? 'firefox140' : 'chrome120',
      sourcemap: false,
      // BENCH_DETAIL=1 builds without minifying, so that the benchmark's breakdown names our functions.
      minify: !process.env.BENCH_DETAIL,
      chunkSizeWarningLimit: 200,
      // Scripts are preloaded from the popup's and options page's HTML only. A dynamic import's
      // preload (the content script's import of the site's adapter) put <link rel=modulepreload>
      // elements naming our extension's id into the page's own head. A lazy view's CSS is still
      // loaded by its import, as it must be.
      modulePreload: { polyfill: false, resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : deps.filter((dep) => dep.endsWith('.css'))) },
    },
  };
});
