'use strict';
// gts 7 ships a flat config; we spread it and add only what this project needs.
module.exports = [
  {ignores: ['dist/', 'coverage/', 'node_modules/', '.preview/']},
  ...require('gts'),
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
    },
  },
];
