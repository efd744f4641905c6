import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// zod must be set up (src/domain/zod.ts) before any schema is built, or it probes for eval.
const ZOD_WITHOUT_EVAL = { regex: '^zod$', message: 'Import z from src/domain/zod.ts.' };

export default tseslint.config(
  { ignores: ['dist', 'dist-single', 'coverage', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  { files: ['scripts/**/*.mjs', '*.config.{js,ts}'], languageOptions: { globals: globals.node } },
  { files: ['src/**/*.{ts,tsx}', 'public/**/*.js'], languageOptions: { globals: globals.browser } },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Only the adapter knows vis-timeline.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/features/timeline/vis-timeline-adapter.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^vis-(timeline|data)(/|$)', message: 'Use vis-timeline-adapter.ts.' },
            ZOD_WITHOUT_EVAL,
          ],
        },
      ],
    },
  },
  {
    // The domain is pure TypeScript: no React, no DOM libraries, no timeline, no features.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(react|react-dom|@tanstack/.*|vis-.*)(/|$)',
              message: 'The domain stays pure.',
            },
            { regex: '^\\.\\./(app|features|loading|ui)/', message: 'The domain stays pure.' },
            ZOD_WITHOUT_EVAL,
          ],
        },
      ],
    },
  },
  {
    // The esnext builds only: the others carry core-js twice and cost tens of kilobytes more.
    files: ['src/features/timeline/vis-timeline-adapter.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^vis-(timeline|data)(/(standalone|peer|dist).*)?$',
              message: 'Import the esnext build.',
            },
          ],
        },
      ],
    },
  },
  { files: ['src/domain/zod.ts'], rules: { 'no-restricted-imports': 'off' } },
);
