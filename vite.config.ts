import { resolve } from 'node:path';
import { defineConfig, type Plugin, type ProxyOptions } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { DEFAULT_CLASS_PORT } from './src/class/protocol.ts';
import { CLASS_SERVER_PATH } from './src/shell/class-link.ts';
import { BUILD_POLICY, DEV_HEADER_POLICY, DEV_POLICY, HEADER_POLICY } from './tools/csp.ts';

/** /class-server/* → the class server on CLASS_PORT (default DEFAULT_CLASS_PORT), its websocket included. */
function classServerProxy(): Record<string, ProxyOptions> {
  const target = `http://127.0.0.1:${process.env.CLASS_PORT || DEFAULT_CLASS_PORT}`;
  return { [CLASS_SERVER_PATH]: { target, ws: true, changeOrigin: true, rewrite: (path) => path.slice(CLASS_SERVER_PATH.length) || '/' } };
}

const CSP_META = /(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")/;

/**
 * Fills in each page's <meta http-equiv="Content-Security-Policy"> (tools/csp.ts): the strict policy
 * in the build, the dev server's under `npm start`. A page without the tag fails the build.
 */
function contentSecurityPolicy(): Plugin {
  let policy = BUILD_POLICY;
  return {
    name: 'vladivostok:csp',
    configResolved(config) {
      policy = config.command === 'serve' ? DEV_POLICY : BUILD_POLICY;
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        if (!CSP_META.test(html)) throw new Error(`${ctx.filename}: no <meta http-equiv="Content-Security-Policy" content="..."> to fill in`);
        return html.replace(CSP_META, `$1${policy}$2`);
      },
    },
  };
}

// Two pages: the game (index.html) and the teacher's page (teacher.html).
// The service worker (vite-plugin-pwa, Workbox generateSW) precaches every built file of both,
// so that after one visit both load and play with no connection.
export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        teacher: resolve(import.meta.dirname, 'teacher.html'),
      },
    },
  },
  plugins: [
    contentSecurityPolicy(),
    VitePWA({
      // A new version installs in the background and WAITS (no skipWaiting): it takes over only
      // once no open tab (game or teacher's page) is left on the old one. An open page holds the
      // old build's hashed file names and may still load some lazily (the debrief, the replay
      // viewer, the QR library, jsQR, the verify worker, a scenario); the old service worker and
      // its precache stay until then, so those files never 404, online or off. A new tab opened
      // meanwhile gets the old version too, so every open tab runs one version (and writes saves
      // that the others can read). Taking over at once (skipWaiting) would delete the old files
      // under the open pages' feet (issue #13).
      registerType: 'prompt',
      // A deferred script in each page (both HTML files): public/registerSW.js, which the plugin uses
      // instead of its own, registers once the page is ready (body[data-ready]) and idle, so that
      // precaching every file does not compete with the start-up.
      injectRegister: 'script-defer',
      scope: './',
      // public/icons/ is precached by the glob below; no second copy of the manifest's icons.
      includeManifestIcons: false,
      manifest: {
        id: './',
        name: 'Vladivostok 2019',
        short_name: 'Vladivostok',
        description: 'A negotiation game about the Kim–Putin summit of 25 April 2019, for the browser and the classroom. English and Bahasa Indonesia.',
        lang: 'en',
        dir: 'ltr',
        start_url: './',
        scope: './',
        display: 'standalone',
        orientation: 'any',
        background_color: '#0b1220',
        theme_color: '#0b1220',
        categories: ['education', 'games'],
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
        shortcuts: [{ name: 'For teachers', short_name: 'Teachers', url: './teacher.html', icons: [{ src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' }] }],
      },
      workbox: {
        globPatterns: ['**/*.{html,js,css,woff2,svg,png,webmanifest}'],
        // The game's one big chunk is ~1.4 MB; leave room for it to grow.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // Links carry parameters (?seed=…&lang=…, teacher.html?session=…): the page is the same file.
        ignoreURLParametersMatching: [/.*/],
        // Each page is served from the precache under its own name; no single-page fallback.
        navigateFallback: null,
        cleanupOutdatedCaches: true,
        skipWaiting: false,
        // Only matters on the first visit (no service worker yet): the page that installed it is
        // controlled at once, so its lazy files come from the precache from then on.
        clientsClaim: true,
      },
    }),
  ],
  // The same policy as a header (tools/csp.ts), which can say what a <meta> cannot (frame-ancestors)
  // and also covers the service worker and the Web Worker. The dev server's allows Vite's injected
  // <style> elements and its hot-reload websocket.
  // The class server (server/, `npm start` runs it) is reached through the page's own origin, at
  // /class-server/ (HTTP and its websocket): connect-src 'self' covers it and no address is built in.
  server: { host: '127.0.0.1', headers: { 'Content-Security-Policy': DEV_HEADER_POLICY }, proxy: classServerProxy() },
  preview: { host: '127.0.0.1', headers: { 'Content-Security-Policy': HEADER_POLICY }, proxy: classServerProxy() },
});
