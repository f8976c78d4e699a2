import { randomBytes } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import pg from 'pg'
import { buildApp } from '../src/app.js'
import { createDb, type Db } from '../src/db/database.js'

interface Teardown { teardown: (fn: () => unknown) => void }

function requiredEnv (name: string): string {
  const value = process.env[name]
  if (value === undefined) throw new Error(`${name} is not set: run the tests with npm test`)
  return value
}

export function databaseUrl (database: string): string {
  const url = new URL(requiredEnv('TEST_ADMIN_DATABASE_URL'))
  url.pathname = `/${database}`
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

/** A fresh database cloned from the migrated, seeded template, and how to drop it. */
export async function freshDatabase (): Promise<{ connectionString: string, drop: () => Promise<void> }> {
  const name = `nq57_test_${randomBytes(6).toString('hex')}`
  await admin(`create database ${name} template ${pg.escapeIdentifier(requiredEnv('TEST_TEMPLATE_DATABASE'))}`)
  return { connectionString: databaseUrl(name), drop: async () => { await admin(`drop database if exists ${name} with (force)`) } }
}

export interface TestContext { app: FastifyInstance, db: Db, connectionString: string }

export interface TestAppOptions { today?: string, bodyLimit?: number }

/** Builds the app with the production options on its own database. */
export async function buildTestApp (t: Teardown, options: TestAppOptions = {}): Promise<TestContext> {
  const { connectionString, drop } = await freshDatabase()
  const app = await buildApp({
    config: { LOG_LEVEL: 'silent', BODY_LIMIT: options.bodyLimit ?? 1048576, DB_POOL_SIZE: 4, TODAY: options.today },
    connectionString
  })
  await app.ready()
  const { db } = createDb({ connectionString, poolSize: 2 })
  t.teardown(async () => {
    await app.close()
    await db.destroy()
    await drop()
  })
  return { app, db, connectionString }
}
