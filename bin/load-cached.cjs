'use strict';
// Node 20 has no compile cache: load the bundle with the V8 code cache written at build time
// (dist/cli.cjs.cache), which spares compiling it on every run. A cache from another V8 is
// rejected by V8 itself and the bundle is compiled as usual.
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const { Script } = require('node:vm');

function compile(file, cachedData) {
  const source = fs.readFileSync(file, 'utf8');
  return new Script(Module.wrap(source), { filename: file, cachedData });
}

function evaluate(script, file) {
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, Module.createRequire(file), module, file, path.dirname(file));
  return module.exports;
}

function loadWithCodeCache(file) {
  let cachedData;
  try {
    cachedData = fs.readFileSync(`${file}.cache`);
  } catch {
    cachedData = undefined;
  }
  return evaluate(compile(file, cachedData), file);
}

/** Compiles and runs the bundle, lets `warm` exercise it, then returns V8's code cache. */
async function createCodeCache(file, warm) {
  const script = compile(file, undefined);
  await warm(evaluate(script, file));
  return script.createCachedData();
}

module.exports = { loadWithCodeCache, createCodeCache };
