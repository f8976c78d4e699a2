import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import t from 'tap'

const run = promisify(execFile)
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' }

/** A linter's stdout, also when it exits non-zero because it found something. */
async function lint (args: string[]): Promise<string> {
  try {
    return (await run('npx', args, { env, maxBuffer: 64 * 1024 * 1024 })).stdout
  } catch (error) {
    return (error as { stdout?: string }).stdout ?? String(error)
  }
}

// Integrators lint what they import: the committed contract passes both common linters' recommended rules.
t.test('Redocly (recommended) finds no error and no warning in openapi/openapi.json', async (t) => {
  const report = JSON.parse(await lint(['redocly', 'lint', '--format', 'json', 'openapi/openapi.json'])) as { totals: { errors: number, warnings: number }, problems: unknown[] }
  t.same(report.totals, { errors: 0, warnings: 0, ignored: 0 }, JSON.stringify(report.problems, null, 1).slice(0, 4000))
})

t.test('Spectral (spectral:oas) finds no error, warning or hint in openapi/openapi.json', async (t) => {
  const output = await lint(['spectral', 'lint', '--format', 'json', '--quiet', 'openapi/openapi.json'])
  const results = JSON.parse(output.slice(0, output.lastIndexOf(']') + 1)) as unknown[]
  t.same(results, [])
})
