import neostandard, { plugins } from 'neostandard'

export default [
  ...neostandard({ ts: true, ignores: ['node_modules', 'dist', 'coverage', 'openapi/schema.d.ts', '.tap'] }),
  {
    rules: {
      // Objects are packed several properties to a line where they read as one record.
      '@stylistic/object-property-newline': 'off',
      '@stylistic/object-curly-newline': 'off',
      // A TypeBox schema and its static type share one name (`const Task = Type.Object(…)`, `type Task = Static<typeof Task>`).
      '@typescript-eslint/no-redeclare': 'off',
      // `void promise` marks a promise deliberately left running (see no-floating-promises below).
      'no-void': ['error', { allowAsStatement: true }],
      // Loops that wait on a flag another callback sets (`while (!stopped)`) are the point, not a bug.
      'no-unmodified-loop-condition': 'off'
    }
  },
  {
    // Promises the service forgets to await lose errors and break the one-transaction rule: checked with types.
    files: ['src/**/*.ts', 'seeds/**/*.ts', 'migrations/**/*.ts', 'scripts/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { '@typescript-eslint': plugins['typescript-eslint'].plugin },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error'
    }
  }
]
