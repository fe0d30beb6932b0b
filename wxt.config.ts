import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { ARCHIVE_MATCH_PATTERNS } from './utils/archives/registry';
import { CAPTURE_SOURCE_PERMISSIONS } from './utils/captures/capture-sources';
import { UNESCO_MATCH_PATTERNS } from './utils/detect/unesco-match-patterns';

/** The modules of Citation.js's `Cite` class, which Event Lens does not use (see `build` below). */
const CITE_CLASS = /[\\/]@citation-js[\\/]core[\\/]lib-mjs[\\/]Cite[\\/]/;

// Permissions are kept to what the features in this build use; README "Permissions" explains each one.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // tldts-icann's prebuilt single-module file: bundled from its separate modules, the Public Suffix List's
    // labels (a 50 KB string) are copied into each place that uses them (rolldown inlines imported constants),
    // which tripled the background's size. TODO [2027-06-01]: try without the alias after each Vite upgrade; drop
    // it once `npm run size` shows the background no larger without it.
    // linkedom's browser build for the background (utils/page/page-parser.ts): its Node entry loads the optional
    // `canvas` package through `require`, which a service worker does not have.
    resolve: {
      alias: [
        { find: /^tldts-icann$/, replacement: 'tldts-icann/dist/index.esm.min.js' },
        { find: /^linkedom$/, replacement: 'linkedom/worker' },
      ],
    },
    // Citation.js's `Cite` class (its folder's only top-level statements fill in the class itself) is left out:
    // Event Lens formats through `plugins` (utils/citation/citation-engine.ts), and `Cite#get` assigns `innerHTML`,
    // which `web-ext lint` flags in the Firefox package (README, "Install it in your browser"). The package
    // declares no `sideEffects`, so without this the bundler keeps the unused class.
    build: { rolldownOptions: { treeshake: { moduleSideEffects: [{ test: CITE_CLASS, sideEffects: false }] } } },
  }),
  manifest: ({ browser, mode }) => ({
    // The name and description in the browser's language (public/_locales).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: the per-tab result that the badge and the popup read (session storage, cleared with the browser).
    // scripting: the page-source script (its markup, for the background to read) is injected only into frames the
    // content script found to hold a UNESCO page.
    // declarativeNetRequestWithHostAccess: session rules that block the extension's own requests to private
    // addresses (docs/security.md, "The browser's block"); no prompt, and it acts only on hosts Event Lens
    // may reach anyway (the reader's grant for link checks).
    // `wxt build --mode e2e` (real-browser tests only, .output/chrome-mv3-e2e) grants up front what a reader
    // grants at the browser's prompt when first checking links: a headless browser cannot answer that prompt.
    permissions: [
      'storage',
      'scripting',
      'declarativeNetRequestWithHostAccess',
      ...(mode === 'e2e' ? ['webRequest'] : []),
    ],
    // The hosts the content script already runs on (injecting the page-source script needs them), and the archives'
    // capture indexes the popup asks for other captures (the Internet Archive's CDX server; the others are on
    // hosts already listed).
    host_permissions: [
      ...new Set([...ARCHIVE_MATCH_PATTERNS, ...UNESCO_MATCH_PATTERNS, ...CAPTURE_SOURCE_PERMISSIONS]),
      ...(mode === 'e2e' ? ['http://*/*', 'https://*/*'] : []),
    ],
    // Checking links asks for every http(s) host (and webRequest, to tell a vanished domain from a refused
    // connection) in the reader's click on "Check links", never at install.
    // Archive hosts the user adds on the settings page, one at a time, asked for at that moment; webRequest
    // (asked for with the first of them) reads the Memento headers of those hosts' responses.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    // Firefox's MV2 manifest has no optional_host_permissions: host patterns go with the optional permissions.
    optional_permissions: browser === 'firefox' ? ['webRequest', 'http://*/*', 'https://*/*'] : ['webRequest'],
    action: { default_title: 'Event Lens' },
    // Chrome 116 is the first with AbortSignal.any, which every request's deadline uses (utils/common/deadline.ts).
    ...(browser !== 'firefox' && { minimum_chrome_version: '116' }),
    // The cheap address check, in every frame of the known archives and UNESCO's sites (pywb's framed replay
    // holds the capture in an iframe); entrypoints/archive-capture.
    content_scripts: [
      {
        matches: [...ARCHIVE_MATCH_PATTERNS, ...UNESCO_MATCH_PATTERNS],
        js: ['archive-capture.js'],
        all_frames: true,
        run_at: 'document_idle',
      },
    ],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'event-lens@event-lens.invalid',
          // Firefox 140, the oldest ESR Mozilla still supports, is the first to read
          // data_collection_permissions (below); storage.session (the per-tab records) dates from 115.
          strict_min_version: '140.0',
          // Firefox asks every new extension to declare what it collects: nothing.
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads data_collection_permissions from 142.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
