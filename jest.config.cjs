'use strict';
// Four projects, so a part can run alone (`npx jest --selectProjects unit`; `npm run test:unit`):
//   unit         pure core and the emulator's conformance to Google's reference: no build, fastest
//   integration  the server code on the emulated services, and the compiler's checks of main.ts
//   bundle       the built dist/ in a sandbox, as Apps Script loads it
//   browser      the built sidebar and the local preview in Chromium
// Only bundle and browser need dist/: their shared global setup builds it once per run (Jest runs
// one global setup module once, however many selected projects name it), and not at all when only
// unit or integration run.
const shared = {
  testEnvironment: 'node',
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {'^.+\\.tsx?$': '<rootDir>/dev/jest-transform.cjs'},
  transformIgnorePatterns: ['/node_modules/(?!preact)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'cjs', 'mjs', 'json'],
};
const built = {globalSetup: '<rootDir>/test/global-setup.cjs'};

module.exports = {
  reporters: ['default', '<rootDir>/test/summary-reporter.cjs'],
  testTimeout: 30000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      roots: ['<rootDir>/test/unit', '<rootDir>/test/conformance'],
    },
    {
      ...shared,
      displayName: 'integration',
      roots: ['<rootDir>/test/integration', '<rootDir>/test/types'],
    },
    {
      ...shared,
      ...built,
      displayName: 'bundle',
      roots: ['<rootDir>/test/bundle'],
    },
    {
      ...shared,
      ...built,
      displayName: 'browser',
      roots: ['<rootDir>/test/browser'],
    },
  ],
};
