#!/usr/bin/env node
'use strict';
// The executable, and the loader of the CLI's bundles: dist/cli.cjs (the shell and every command's
// flags) and the chunks it loads on demand (dist/chunk-*.cjs: each command's work, charts, the
// ledger, the sampler …). One file, so a run asks Node's module loader for one file only.
//
// Node 22+ keeps compiled code between runs itself (turned on below), so a chunk is simply required.
// Node 20 has no compile cache: each bundle is compiled with a V8 code cache written at build time,
// which spares compiling it on every run. A cache from another V8 is rejected by V8 itself and the
// bundle is compiled as usual.
//
// Each command has caches of its own (dist/caches/COMMAND/FILE.cache), holding the functions its
// runs use: V8 deserialises every function a cache holds, used or not. A bundle a command's caches
// lack takes the cache beside it (FILE.cache), made from every command's runs.
//
// Node's own functions are compiled on their first call in every run, so this file calls few of
// them: no node:module on Node 20 (Module.wrap is the loader class's own), and paths joined by hand.
const fs = require('node:fs');
const { Script } = require('node:vm');

const Module = module.constructor;
const nodeModule = Number(process.versions.node.split('.')[0]) >= 22 ? require('node:module') : undefined;

/** Each bundle's exports, once loaded: a chunk asked for twice is the same module. */
const loaded = new Map();
/** The command whose caches this run reads, as named in dist/caches/; null for the caches beside the bundles. */
let profile = null;
/** While the build writes the caches: every script compiled, to take its code cache after the warm-up. */
let recording = null;

const separator = /[\\/][^\\/]*$/;
const dirname = (file) => file.replace(separator, '');

function compile(file, cachedData) {
  const source = fs.readFileSync(file, 'utf8');
  return new Script(Module.wrap(source), { filename: file, cachedData });
}

/**
 * Runs a bundle's top level. Its `require` is this file's own, which carries `load` for the chunk
 * stubs: a bundle requires Node's modules, the other bundles through `require.attritionLoad`, and the
 * page reader's packages, which node_modules beside bin/ and dist/ holds alike.
 */
function evaluate(script, file) {
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, require, module, file, dirname(file));
  return module.exports;
}

/**
 * Reads the caches made for the command the arguments name: the first that is not an option, or
 * `attrition` (help, the version) when there is none.
 */
function useCachesFor(argv) {
  const command = argv.find((arg) => !arg.startsWith('-'));
  profile = command === undefined ? 'attrition' : /^[a-z]+$/.test(command) ? command : null;
}

function readFile(file) {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

function readCache(file) {
  const dir = dirname(file);
  const own = profile === null ? undefined : readFile(`${dir}/caches/${profile}/${file.slice(dir.length + 1)}.cache`);
  return own ?? readFile(`${file}.cache`);
}

function loadWithCodeCache(file) {
  if (recording !== null) {
    const script = compile(file, undefined);
    recording.set(file, script);
    return evaluate(script, file);
  }
  return evaluate(compile(file, readCache(file)), file);
}

const compileCacheOn = () => nodeModule?.getCompileCacheDir?.() !== undefined;

/** A bundle's exports: required under Node's compile cache, else compiled with its V8 code cache. */
function load(file) {
  let exports = loaded.get(file);
  if (exports === undefined) {
    exports = compileCacheOn() && recording === null ? require(file) : loadWithCodeCache(file);
    loaded.set(file, exports);
  }
  return exports;
}
require.attritionLoad = load;

/**
 * Loads the main bundle, lets `warm` run commands with it, then returns the V8 code cache of every
 * bundle it loaded (each holds the functions the warm-up compiled), as a Map from file to bytes.
 */
async function createCodeCaches(file, warm) {
  recording = new Map();
  try {
    await warm(load(file));
    return new Map([...recording].map(([name, script]) => [name, script.createCachedData()]));
  } finally {
    recording = null;
    loaded.clear();
  }
}

/** The code cache of a bundle the warm-up did not load: its top-level code only. */
function createColdCodeCache(file) {
  return compile(file, undefined).createCachedData();
}

/** The bundles loaded so far, in the order they were loaded. */
const loadedFiles = () => [...loaded.keys()];

module.exports = { load, loadedFiles, loadWithCodeCache, useCachesFor, createCodeCaches, createColdCodeCache };

if (require.main === module) {
  nodeModule?.enableCompileCache?.();
  useCachesFor(process.argv.slice(2));
  load(`${dirname(__dirname)}/dist/cli.cjs`).run();
}
