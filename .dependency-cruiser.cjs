// The layers of docs/ARCHITECTURE.md, lowest first. An import may only point to its own layer or one below.
const LAYERS = [
  { name: 'base', path: '^src/(config|shared/)' },
  { name: 'db', path: '^src/db/' },
  { name: 'modules', path: '^src/modules/' },
  { name: 'app', path: '^src/(plugins/|app\\.ts|server-options\\.ts)' },
  { name: 'startup', path: '^(src/startup/|src/server\\.ts|seeds/|migrations/)' }
]

const upward = LAYERS.flatMap((layer, index) => LAYERS.slice(index + 1).map((higher) => ({
  name: `${layer.name}-not-to-${higher.name}`,
  comment: `${layer.name} sits below ${higher.name}: it may not import it`,
  severity: 'error',
  from: { path: layer.path },
  to: { path: higher.path }
})))

module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'no-circular',
      comment: 'Modules depend one way: a cycle means two of them are one, or a piece belongs lower down',
      severity: 'error',
      from: {},
      to: { circular: true }
    },
    {
      name: 'no-circular-modules',
      comment: 'Two module folders that import each other (directly or round a loop) are one module, or share a piece that belongs lower down',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/modules/[^/]+$' },
      to: { path: '^src/modules/[^/]+$', circular: true }
    },
    {
      name: 'migrations-stand-alone',
      comment: 'A migration is frozen at the schema of its day: it may not import code that keeps changing',
      severity: 'error',
      from: { path: '^migrations/[^/]+T[0-9]+_' },
      to: { path: '^(src|seeds)/' }
    },
    {
      name: 'service-code-not-to-tests',
      severity: 'error',
      from: { path: '^(src|seeds|migrations)/' },
      to: { path: '^(test|bench|scripts)/' }
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true }
    },
    {
      name: 'not-to-dev-dependency',
      comment: 'The running service may not need what `npm ci --omit=dev` leaves out',
      severity: 'error',
      from: { path: '^(src|seeds|migrations)/' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] }
    }
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.js', '.json'] }
  }
}
