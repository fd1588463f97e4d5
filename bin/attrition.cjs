#!/usr/bin/env node
'use strict';
const Module = require('node:module');
const path = require('node:path');

const bundle = path.join(__dirname, '..', 'dist', 'cli.cjs');

if (Module.enableCompileCache) {
  // Node 22+: Node keeps compiled code between runs itself.
  Module.enableCompileCache();
  require(bundle).run();
} else {
  require('./load-cached.cjs').loadWithCodeCache(bundle).run();
}
