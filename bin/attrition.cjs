#!/usr/bin/env node
'use strict';
// Node 22+ caches compiled code between runs; Node 20 has no such cache.
require('node:module').enableCompileCache?.();
require('../dist/cli.cjs').run();
