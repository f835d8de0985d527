'use strict';
// gts 7 ships a flat config; we spread it and add only what this project needs.
module.exports = [
  {
    ignores: [
      'dist/',
      'dist-selftest/',
      'coverage/',
      'node_modules/',
      '.preview/',
    ],
  },
  ...require('gts'),
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
    },
  },
  {
    // Build scripts, jest hooks and config run in Node.
    files: ['**/*.cjs', '**/*.mjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
      },
    },
  },
];
