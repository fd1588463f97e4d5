'use strict';
// Runs several attrition commands in one Node process, through the built bundle's main(), and
// prints what each wrote and returned as one JSON array: [{ args, status, stdout, stderr }, ...].
// The command lines come on stdin as a JSON array of argument arrays. environments.test.ts starts
// this once per time zone and locale instead of starting Node once per command.
const { readFileSync } = require('node:fs');
const path = require('node:path');

const { main } = require(path.join(__dirname, '..', '..', 'dist', 'cli.cjs'));

function bufferOutput() {
  const chunks = [];
  const decoder = new TextDecoder();
  return {
    isTTY: false,
    write(chunk, done) {
      chunks.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
      if (done) queueMicrotask(() => done());
      return true;
    },
    text: () => chunks.join(''),
  };
}

async function runAll() {
  const invocations = JSON.parse(readFileSync(0, 'utf8'));
  const results = [];
  for (const args of invocations) {
    const stdout = bufferOutput();
    const stderr = bufferOutput();
    const status = await main(args, { stdout, stderr, env: process.env });
    results.push({ args, status, stdout: stdout.text(), stderr: stderr.text() });
  }
  process.stdout.write(JSON.stringify(results));
}

runAll().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exitCode = 70;
});
