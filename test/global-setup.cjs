'use strict';
// Every run tests the dist/ built from the sources as they are now (npm test builds first too; a
// lone `npx jest` must not test a stale bundle).
const {execFileSync} = require('node:child_process');
const path = require('node:path');

module.exports = function buildBeforeTests() {
  execFileSync(process.execPath, [path.join(__dirname, '..', 'build.mjs')], {
    stdio: 'pipe',
  });
};
