import { randomBytes } from 'node:crypto'
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify'
import pg from 'pg'
import { buildApp } from '../src/app.js'
import { createDb, type Db } from '../src/db/database.js'
import { insertKey } from '../src/modules/api-keys/repository.js'
import type { Role } from '../src/shared/principal.js'
import { newSecret } from '../src/modules/api-keys/secrets.js'
import { OWNER_ROLE, SERVICE_ROLE } from '../src/startup/roles.js'
import { checkAnswersAgainstContract } from './contract.js'

interface Teardown { teardown: (fn: () => unknown) => void, fail: (message: string) => unknown }

function requiredEnv (name: string): string {
  const value = process.env[name]
  if (value === undefined) throw new Error(`${name} is not set: run the tests with npm test`)
  return value
}

/** A URL for `database` as the server's superuser, or as the owner or service role. */
export function databaseUrl (database: string, as: 'superuser' | 'owner' | 'service' = 'superuser'): string {
  const url = new URL(requiredEnv('TEST_ADMIN_DATABASE_URL'))
  url.pathname = `/${database}`
  if (as !== 'superuser') {
    url.username = as === 'owner' ? OWNER_ROLE : SERVICE_ROLE
    url.password = encodeURIComponent(requiredEnv(as === 'owner' ? 'TEST_OWNER_PASSWORD' : 'TEST_SERVICE_PASSWORD'))
  }
  return url.toString()
}

async function admin (statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: requiredEnv('TEST_ADMIN_DATABASE_URL') })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}

/** A fresh database cloned from the migrated, seeded template, reached as the service role, and how to drop it. */
export async function freshDatabase (): Promise<{ connectionString: string, ownerConnectionString: string, drop: () => Promise<void> }> {
  const name = `nq57_test_${randomBytes(6).toString('hex')}`
  await admin(`create database ${name} owner ${OWNER_ROLE} template ${pg.escapeIdentifier(requiredEnv('TEST_TEMPLATE_DATABASE'))}`)
  return {
    connectionString: databaseUrl(name, 'service'),
    ownerConnectionString: databaseUrl(name, 'owner'),
    drop: async () => { await admin(`drop database if exists ${name} with (force)`) }
  }
}

/** Cuts the app's database off (every connection ended, new ones refused) until the test ends. */
export async function makeUnreachable (t: Pick<Teardown, 'teardown'>, connectionString: string): Promise<void> {
  const victim = new URL(connectionString).pathname.slice(1)
  const admin = new pg.Client({ connectionString: databaseUrl('postgres') })
  await admin.connect()
  await admin.query(`alter database ${pg.escapeIdentifier(victim)} with allow_connections false`)
  await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [victim])
  t.teardown(async () => {
    await admin.query(`alter database ${pg.escapeIdentifier(victim)} with allow_connections true`)
    await admin.end()
  })
}

export interface TestContext {
  app: FastifyInstance
  /** The database as its owner (what migrations can do: triggers, DDL). */
  db: Db
  /** The service role's URL, which the app uses. */
  connectionString: string
  ownerConnectionString: string
  /** Secrets of keys made for this test, one per role (reporters: see reporterKey). */
  keys: Record<'admin' | 'secretariat' | 'reader', string>
  /** app.inject as the admin key unless the options carry their own authorization header. */
  inject: (options: InjectOptions) => Promise<LightMyRequestResponse>
  /** A new reporter key acting for `agencyCode`. */
  reporterKey: (agencyCode: string) => Promise<string>
  /** A new integration key: the system of `agencyCode` (the finance or science ministry). */
  integrationKey: (agencyCode: string) => Promise<string>
}

export interface TestAppOptions { today?: string, bodyLimit?: number, rateLimitPerMinute?: number, webhooks?: { pollMs: number, timeoutMs: number, retryBaseMs: number, maxAttempts: number }, webhookAllowedHosts?: string, doneOnBackdateDays?: number, rankingDisbursementWeight?: number }

export const bearer = (secret: string): { authorization: string } => ({ authorization: `Bearer ${secret}` })

/** An inject() body sent as JSON; a string is sent as it is (for malformed JSON). */
export const json = (payload: unknown, headers: Record<string, string> = {}): { payload: string, headers: Record<string, string> } =>
  ({ payload: typeof payload === 'string' ? payload : JSON.stringify(payload), headers: { 'content-type': 'application/json', ...headers } })

/** Builds the app with the production options on its own database. */
export async function buildTestApp (t: Teardown, options: TestAppOptions = {}): Promise<TestContext> {
  const { connectionString, ownerConnectionString, drop } = await freshDatabase()
  const app = await buildApp({
    config: {
      LOG_LEVEL: 'silent',
      BODY_LIMIT: options.bodyLimit ?? 1048576,
      DB_POOL_SIZE: 4,
      // Test files run side by side on two cores: generous waits, so only test/fault judges timing.
      DB_CONNECT_TIMEOUT_MS: 10_000,
      DB_PROBE_TIMEOUT_MS: 5000,
      TODAY: options.today,
      ADMIN_API_KEY: undefined,
      RATE_LIMIT_PER_MINUTE: options.rateLimitPerMinute ?? 100000,
      CORS_ORIGINS: 'https://portal.example.gov.vn',
      WEBHOOK_POLL_MS: options.webhooks?.pollMs ?? 0,
      WEBHOOK_TIMEOUT_MS: options.webhooks?.timeoutMs,
      WEBHOOK_RETRY_BASE_MS: options.webhooks?.retryBaseMs,
      WEBHOOK_MAX_ATTEMPTS: options.webhooks?.maxAttempts,
      WEBHOOK_ALLOWED_HOSTS: options.webhookAllowedHosts,
      DONE_ON_BACKDATE_DAYS: options.doneOnBackdateDays,
      RANKING_DISBURSEMENT_WEIGHT: options.rankingDisbursementWeight
    },
    connectionString
  })
  checkAnswersAgainstContract(app, (message) => t.fail(message))
  await app.ready()
  const { db } = createDb({ connectionString: ownerConnectionString, poolSize: 2 })
  t.teardown(async () => {
    await app.close()
    await db.destroy()
    await drop()
  })
  const makeKey = async (role: Role, agencyCode: string | null = null): Promise<string> => {
    const secret = newSecret()
    await db.transaction().execute(async (trx) => await insertKey(trx, { name: `test ${role}${agencyCode === null ? '' : ` ${agencyCode}`}`, role, agencyCode }, secret))
    return secret
  }
  const keys = { admin: await makeKey('admin'), secretariat: await makeKey('secretariat'), reader: await makeKey('reader') }
  const inject = async (injectOptions: InjectOptions): Promise<LightMyRequestResponse> =>
    await app.inject({ ...injectOptions, headers: { ...bearer(keys.admin), ...injectOptions.headers } })
  return { app, db, connectionString, ownerConnectionString, keys, inject, reporterKey: async (agencyCode) => await makeKey('reporter', agencyCode), integrationKey: async (agencyCode) => await makeKey('integration', agencyCode) }
}
