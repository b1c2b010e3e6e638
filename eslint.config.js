import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'screenshots/**',
      'scratch/**',
      'test-results/**',
      'playwright-report/**',
      'e2e/.cache/**'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Render text with textContent, never as HTML.'
        },
        {
          selector: "MemberExpression[property.name='outerHTML']",
          message: 'Render text with textContent, never as HTML.'
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Render text with textContent, never as HTML.'
        },
        {
          selector: "CallExpression[callee.property.name='html']",
          message: 'd3 .html() renders markup; use .text().'
        }
      ]
    }
  },
  {
    files: ['src/renderer/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } }
  },
  {
    // The parsing core must run under plain Node (CLI, tests, workers): no Electron in it.
    files: [
      'src/main/core/**/*.ts',
      'src/main/ipc/**/*.ts',
      'src/shared/**/*.ts',
      'src/preload/api.ts'
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Keep Electron out of the core; wire it in src/main/*.ts.'
            }
          ]
        }
      ]
    }
  }
)
