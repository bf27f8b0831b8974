// The layers of the code and the rule that none of them imports in a circle.
// Checked by tests/architecture/layers.test.ts (part of `npm run test:unit`) and by
// `npm run lint:layers` from the command line; both read this file.
//
// From the bottom up, each layer may import the ones below it, never one above:
//   engine   src/engine/      the rules of the game: pure TypeScript, imports only npm packages
//   content  src/content/     scenario data bundles; may import the engine (its schema and types)
//   shell    src/shell/       the browser adapters; may import content and engine
//   class    src/class/        the live class's protocol (schemas and types): imports only the engine
//   client   src/class-client/ a student in a live class: may import shell, content, engine and class;
//                              loaded only by the game's entry, dynamically (its network library with it)
//   pages    scenes/, src/classroom/   the game's scenes and the teacher's page
//   entries  scenes/main.ts, src/classroom/main.ts   the pages' entry points: nothing imports them
//
// Beside the pages, in Node:
//   server   server/          the class server: the engine through its public face (src/engine/index.ts),
//                              the protocol, the scenarios (src/content/) and two pure modules it shares
//                              with the pages (the one formatter, src/shell/text.ts, and the CSV writer,
//                              src/classroom/csv.ts); never a scene, the browser shell, the class client
//                              or a page's DOM code. Nothing in src/ or scenes/ imports the server.
// The protocol (src/class/) is pure: the engine's types and move table, and valibot, nothing else
// (no Node module, no other package); the engine and the content import no Node module either.
//
// Inside the engine, the engines of earlier versions (src/engine/rules/v<N>/) are frozen copies,
// each with the rules data of its scenarios (a code's scenario hash is a hash of that data), so that
// a version's codes replay as they did whatever the live engine and src/content/ become. They sit
// in the engine layer (pure, importing no layer above; their data is not in src/content/, which the
// engine may not import and which changes with the live rules), but apart from the live engine: a frozen
// engine imports only itself; the live engine reaches one only through src/engine/versions.ts, by
// a dynamic import (no page's first download carries it); nothing outside the engine reaches one
// but through the engine's dispatcher; and the live engine itself still imports no data: whoever
// plays a game passes its scenario.
//
// Every import counts: static, dynamic (`import()`) and `export … from`. The parser is swc
// (@swc/core): dependency-cruiser 17 drives TypeScript only through its JS API, which TypeScript 7
// no longer has. swc does not tell `import type` apart, so type-only imports count here too.

const ENGINE = '^src/engine/';
const CONTENT = '^src/content/';
const SHELL = '^src/shell/';
const SCENES = '^scenes/';
const CLASSROOM = '^src/classroom/';
const ENTRIES = '^(scenes/main[.]ts|src/classroom/main[.]ts)$';
const OURS = '^(src|scenes|server)/';
const PAGES_AND_ENGINE = '^(src|scenes)/';
const SERVER = '^server/';
/** Modules of the pages that the server shares: pure (no DOM, no storage), and kept so by a rule below. */
const SHARED_WITH_SERVER = '^src/(shell/text|shell/class-link|classroom/csv)[.]ts$';
const ENGINE_INDEX = '^src/engine/index[.]ts$';
const PROTOCOL = '^src/class/';
const CLASS_CLIENT = '^src/class-client/';
const FROZEN = '^src/engine/rules/';
const VERSIONS = '^src/engine/versions[.]ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-cycle',
      comment: 'Modules that import each other, directly or round a circle (dynamic imports included).',
      severity: 'error',
      from: { path: OURS },
      to: { circular: true },
    },
    {
      name: 'engine-imports-only-engine',
      comment: 'The engine is the bottom layer: it imports npm packages and itself, nothing else of ours.',
      severity: 'error',
      from: { path: ENGINE },
      to: { path: OURS, pathNot: ENGINE },
    },
    {
      name: 'frozen-engine-imports-only-itself',
      comment: 'An engine of an earlier version is a frozen copy: it imports npm packages and its own files, nothing that may change.',
      severity: 'error',
      from: { path: '^src/engine/rules/([^/]+)/' },
      to: { path: OURS, pathNot: '^src/engine/rules/$1/' },
    },
    {
      name: 'live-engine-imports-no-frozen-one',
      comment: 'The live engine reaches a frozen engine only through versions.ts, which sends it the records of its version.',
      severity: 'error',
      from: { path: ENGINE, pathNot: [FROZEN, VERSIONS] },
      to: { path: FROZEN },
    },
    {
      name: 'frozen-engines-load-lazily',
      comment: 'versions.ts loads a frozen engine by import() when a record of its version is read: no page downloads it at start.',
      severity: 'error',
      from: { path: VERSIONS },
      to: { path: FROZEN, dynamic: false },
    },
    {
      name: 'live-engine-imports-no-data',
      comment: 'The live engine imports no scenario or text: whoever plays a game passes its bundle. Only a frozen engine carries the data of its rules.',
      severity: 'error',
      from: { path: ENGINE, pathNot: FROZEN },
      to: { path: '^src/engine/.+[.]json$' },
    },
    {
      name: 'only-the-engine-reaches-a-frozen-one',
      comment: 'The pages and the shell read a record through the engine (src/engine/dispatch.ts), which picks the engine of its version.',
      severity: 'error',
      from: { path: OURS, pathNot: ENGINE },
      to: { path: FROZEN },
    },
    {
      name: 'content-imports-only-engine',
      comment: 'Content may import the engine (its schema and types), not the shell or the pages.',
      severity: 'error',
      from: { path: CONTENT },
      to: { path: OURS, pathNot: [ENGINE, CONTENT] },
    },
    {
      name: 'shell-imports-no-page',
      comment: 'The shell may import content and engine, never the scenes or the teacher\'s page (they import the shell).',
      severity: 'error',
      from: { path: SHELL },
      to: { path: [SCENES, CLASSROOM, CLASS_CLIENT] },
    },
    {
      name: 'protocol-imports-only-engine',
      comment: 'The live class protocol is shared by the server and both pages: it imports the engine and itself only.',
      severity: 'error',
      from: { path: PROTOCOL },
      to: { path: OURS, pathNot: [ENGINE, PROTOCOL] },
    },
    {
      name: 'class-client-imports-no-page',
      comment: 'The class client sits under the pages: it talks to the scenes through the shell (src/shell/class-hooks.ts).',
      severity: 'error',
      from: { path: CLASS_CLIENT },
      to: { path: [SCENES, CLASSROOM] },
    },
    {
      name: 'only-the-entry-loads-the-class-client',
      comment: 'The class client and its network library are loaded only for a class link, by the entry, dynamically.',
      severity: 'error',
      from: { path: OURS, pathNot: [CLASS_CLIENT, ENTRIES] },
      to: { path: CLASS_CLIENT },
    },
    {
      name: 'class-client-loads-lazily',
      comment: 'The game\'s entry loads the class client by import(): never in the first download.',
      severity: 'error',
      from: { path: ENTRIES },
      to: { path: CLASS_CLIENT, dynamic: false },
    },
    {
      name: 'scenes-import-no-classroom',
      comment: 'The game and the teacher\'s page are separate pages: neither imports the other.',
      severity: 'error',
      from: { path: SCENES },
      to: { path: CLASSROOM },
    },
    {
      name: 'classroom-imports-no-scene',
      comment: 'The game and the teacher\'s page are separate pages: neither imports the other.',
      severity: 'error',
      from: { path: CLASSROOM },
      to: { path: SCENES },
    },
    {
      name: 'nothing-imports-an-entry',
      comment: 'The entry points are the top: nothing imports them.',
      severity: 'error',
      from: {},
      to: { path: ENTRIES },
    },
    {
      name: 'code-in-a-layer',
      comment: 'A module directly in src/ belongs to no layer: put it in the layer it belongs to (an entry point goes with its page).',
      severity: 'error',
      from: { path: '^src/[^/]+$', pathNot: '[.]d[.]ts$' },
      to: { path: OURS },
    },
    {
      name: 'server-imports-no-page',
      comment: 'The class server runs in Node: no scene, no browser shell, no class client, no teacher\'s page (only the pure modules it shares with them).',
      severity: 'error',
      from: { path: SERVER },
      to: { path: [SCENES, SHELL, CLASSROOM, CLASS_CLIENT], pathNot: SHARED_WITH_SERVER },
    },
    {
      name: 'server-reaches-the-engine-by-its-index',
      comment: 'The server uses the engine\'s public face (src/engine/index.ts): what the engine keeps inside may change.',
      severity: 'error',
      from: { path: SERVER },
      to: { path: ENGINE, pathNot: ENGINE_INDEX },
    },
    {
      name: 'shared-with-the-server-stays-pure',
      comment: 'A module the server shares with the pages imports only the engine: nothing that reaches the DOM.',
      severity: 'error',
      from: { path: SHARED_WITH_SERVER },
      to: { path: OURS, pathNot: ENGINE },
    },
    {
      name: 'nothing-imports-the-server',
      comment: 'The pages, the class client, the protocol and the engine never import the class server: they meet it only over the network, through the protocol.',
      severity: 'error',
      from: { path: PAGES_AND_ENGINE },
      to: { path: SERVER },
    },
    {
      name: 'protocol-imports-only-valibot',
      comment: 'The protocol is pure: of the packages, valibot only (the browser and the server load it alike).',
      severity: 'error',
      from: { path: PROTOCOL },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'], pathNot: '(^|/)node_modules/valibot/' },
    },
    {
      name: 'pure-layers-import-no-node',
      comment: 'The engine, the content and the protocol run in the browser as in Node: no Node module.',
      severity: 'error',
      from: { path: [ENGINE, CONTENT, PROTOCOL] },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'resolvable',
      comment: 'An import of ours the checker cannot resolve is an import it cannot check.',
      severity: 'error',
      from: { path: OURS },
      to: { couldNotResolve: true, pathNot: '[?](url|raw|worker)$' },
    },
  ],
  options: {
    parser: 'swc',
    doNotFollow: { path: 'node_modules' },
    moduleSystems: ['es6'],
  },
};
