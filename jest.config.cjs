'use strict';
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {'^.+\\.tsx?$': '<rootDir>/dev/jest-transform.cjs'},
  transformIgnorePatterns: ['/node_modules/(?!preact)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'cjs', 'mjs', 'json'],
  reporters: ['default', '<rootDir>/test/summary-reporter.cjs'],
  globalSetup: '<rootDir>/test/global-setup.cjs',
  testTimeout: 30000,
};
