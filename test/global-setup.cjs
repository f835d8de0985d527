'use strict';
// Every run that tests dist/ (the bundle and browser projects) tests the dist/ built from the
// sources as they are now: a lone `npx jest` must not test a stale bundle. This is the only build
// `npm test` does.
const {execFileSync} = require('node:child_process');
const path = require('node:path');

module.exports = function buildBeforeTests() {
  process.stdout.write('\nbuilding dist/ for the bundle and browser tests\n');
  execFileSync(process.execPath, [path.join(__dirname, '..', 'build.mjs')], {
    stdio: 'pipe',
  });
};
