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
    // The sidebar's hooks: called in the same order every render, with every value they read
    // listed as a dependency (the two rules the React team recommends for any hooks code).
    files: ['src/sidebar/**/*.tsx', 'src/sidebar/**/*.ts'],
    plugins: {'react-hooks': require('eslint-plugin-react-hooks')},
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
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
