// Runs the tap suite against one PostgreSQL server: DATABASE_URL's if set, else an embedded one
// in a throw-away directory. It migrates and seeds a template database once; each test file
// clones its own database from it (test/helper.ts).
//
// tap measures coverage of src/, seeds/ and migrations/ (package.json "tap": coverage-exclude), prints
// a text summary at the end and fails the run below the thresholds there (statements, branches,
// functions, lines). Running only some files (`npm test -- test/app/health.test.ts`) covers only what
// they load, so the thresholds are not enforced then.
import { spawn } from 'node:child_process'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import pino from 'pino'
import { randomBytes } from 'node:crypto'
import { startEmbeddedPostgres } from '../src/startup/embedded.js'
import { prepareDatabase } from '../src/startup/prepare.js'
import { ensureRolesAndDatabase, OWNER_ROLE, SERVICE_ROLE } from '../src/startup/roles.js'

const TEMPLATE = `nq57_template_${process.pid}`

function withDatabase (connectionString: string, database: string, user?: { name: string, password: string }): string {
  const url = new URL(connectionString)
  url.pathname = `/${database}`
  if (user !== undefined) {
    url.username = user.name
    url.password = encodeURIComponent(user.password)
  }
  return url.toString()
}

async function dropDatabase (adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    await client.query(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`)
  } finally {
    await client.end()
  }
}

async function main (): Promise<number> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'nq57-test-'))
  // As root, PostgreSQL runs as a separate OS user that must be able to reach its data directory.
  await chmod(scratch, 0o755)
  const embedded = process.env.DATABASE_URL === undefined ? await startEmbeddedPostgres(scratch) : undefined
  const adminUrl = embedded?.connectionString() ?? process.env.DATABASE_URL ?? ''
  try {
    // Tests run as the service's own role, so a missing grant fails here and not in production.
    const passwords = { owner: randomBytes(18).toString('base64url'), service: randomBytes(18).toString('base64url') }
    await dropDatabase(adminUrl, TEMPLATE)
    await ensureRolesAndDatabase(adminUrl, TEMPLATE, passwords)
    await prepareDatabase(
      withDatabase(adminUrl, TEMPLATE, { name: OWNER_ROLE, password: passwords.owner }),
      pino({ level: 'warn' }),
      withDatabase(adminUrl, TEMPLATE, { name: SERVICE_ROLE, password: passwords.service }))
    const args = process.argv.slice(2)
    const someFiles = args.some((arg) => !arg.startsWith('-'))
    const tap = spawn(path.resolve('node_modules/.bin/tap'), someFiles ? ['--allow-incomplete-coverage', ...args] : args, {
      stdio: 'inherit',
      env: {
        ...process.env,
        TEST_ADMIN_DATABASE_URL: adminUrl,
        TEST_TEMPLATE_DATABASE: TEMPLATE,
        TEST_OWNER_PASSWORD: passwords.owner,
        TEST_SERVICE_PASSWORD: passwords.service
      }
    })
    return await new Promise<number>((resolve) => tap.once('exit', (code) => resolve(code ?? 1)))
  } finally {
    await dropDatabase(adminUrl, TEMPLATE).catch(() => {})
    await embedded?.stop()
    await rm(scratch, { recursive: true, force: true })
  }
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error)
  process.exit(1)
})
