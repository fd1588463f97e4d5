'use strict';
// Loads the CLI's bundles: dist/cli.cjs (the shell and every command's flags) and the chunks it
// loads on demand (dist/chunk-*.cjs: each command's work, charts, the ledger, the sampler …).
//
// Node 22+ keeps compiled code between runs itself (the bin turns Node's compile cache on), so a
// chunk is simply required. Node 20 has no compile cache: each bundle is compiled with the V8 code
// cache written beside it at build time (FILE.cache), which spares compiling it on every run. A
// cache from another V8 is rejected by V8 itself and the bundle is compiled as usual.
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const { Script } = require('node:vm');

/** Each bundle's exports, once loaded: a chunk asked for twice is the same module. */
const loaded = new Map();
/** While the build writes the caches: every script compiled, to take its code cache after the warm-up. */
let recording = null;

function compile(file, cachedData) {
  const source = fs.readFileSync(file, 'utf8');
  return new Script(Module.wrap(source), { filename: file, cachedData });
}

function evaluate(script, file) {
  const module = { exports: {} };
  script
    .runInThisContext()
    .call(module.exports, module.exports, Module.createRequire(file), module, file, path.dirname(file));
  return module.exports;
}

function readCache(file) {
  try {
    return fs.readFileSync(`${file}.cache`);
  } catch {
    return undefined;
  }
}

function loadWithCodeCache(file) {
  if (recording !== null) {
    const script = compile(file, undefined);
    recording.set(file, script);
    return evaluate(script, file);
  }
  return evaluate(compile(file, readCache(file)), file);
}

const compileCacheOn = () =>
  typeof Module.getCompileCacheDir === 'function' && Module.getCompileCacheDir() !== undefined;

/** A bundle's exports: required under Node's compile cache, else compiled with its V8 code cache. */
function load(file) {
  let exports = loaded.get(file);
  if (exports === undefined) {
    exports = compileCacheOn() && recording === null ? require(file) : loadWithCodeCache(file);
    loaded.set(file, exports);
  }
  return exports;
}

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

module.exports = { load, loadedFiles, loadWithCodeCache, createCodeCaches, createColdCodeCache };
