#!/usr/bin/env node
'use strict';
const Module = require('node:module');
const path = require('node:path');

// Node 22+: Node keeps compiled code between runs itself; Node 20 uses the V8 code caches instead.
Module.enableCompileCache?.();
const loader = require('./load-cached.cjs');
loader.useCachesFor(process.argv.slice(2));
loader.load(path.join(__dirname, '..', 'dist', 'cli.cjs')).run();
