import { CamelCasePlugin, Kysely, PostgresDialect, type LogEvent, type Transaction } from 'kysely'
import pg from 'pg'
import { cutConnection, enforceQueryDeadline } from './deadline.js'
import { prepareDataStatements } from './prepared.js'
import type { Database } from './schema.js'

// pg returns int8 and numeric as strings; our counts and ids fit in a JS number,
// and `date` must stay a plain YYYY-MM-DD, never a Date shifted by the server's zone.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value))
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value))
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value)

export type Db = Kysely<Database>
/** Inside a transaction: lock and write functions take this, so the compiler refuses a call outside one. */
export type Trx = Transaction<Database>

type LogFn = (details: object, message: string) => void
export interface Logger { warn: LogFn, error: LogFn }

export interface DbTimeouts {
  /** Opening a connection, or waiting for a free one in the pool. */
  connectMs: number
  /** Server side: PostgreSQL cancels a statement running longer. */
  statementMs: number
  /** Client side: a connection whose answer takes longer (a frozen or unreachable server) is dropped. */
  queryMs: number
}

export const DEFAULT_TIMEOUTS: DbTimeouts = { connectMs: 1500, statementMs: 10_000, queryMs: 15_000 }
/** Migrations, seeds and bulk work may run long: no statement or query limit (0 means none). */
export const MAINTENANCE_TIMEOUTS: DbTimeouts = { connectMs: 10_000, statementMs: 0, queryMs: 0 }

export interface DbOptions {
  connectionString: string
  poolSize?: number
  logger?: Logger
  slowQueryMs?: number
  timeouts?: DbTimeouts
}

export interface DbHandle {
  db: Db
  pool: pg.Pool
  /** Cuts every connection of the pool at once (their queries fail fast); the pool opens new ones on demand. */
  dropConnections: () => void
}

export function createDb ({ connectionString, poolSize = 10, logger, slowQueryMs = 200, timeouts = DEFAULT_TIMEOUTS }: DbOptions): DbHandle {
  const pool = new pg.Pool({
    connectionString,
    max: poolSize,
    application_name: 'nq57-api',
    // maxUses recycles a connection now and then, which also frees its prepared statements.
    maxUses: 100_000,
    connectionTimeoutMillis: timeouts.connectMs,
    statement_timeout: timeouts.statementMs,
    idle_in_transaction_session_timeout: timeouts.queryMs === 0 ? 0 : Math.max(timeouts.queryMs, 30_000),
    keepAlive: true
  })
  const clients = new Set<pg.PoolClient>()
  pool.on('remove', (client) => clients.delete(client))
  pool.on('connect', (client) => {
    clients.add(client)
    // A connection lost while checked out emits 'error' on its client; unheard, it would end the process.
    client.on('error', (error) => logger?.warn({ err: error }, 'database connection lost'))
    prepareDataStatements(client)
    enforceQueryDeadline(client, timeouts.queryMs)
  })
  // An idle client losing its connection (server restart) must not crash the process.
  pool.on('error', (error) => logger?.warn({ err: error }, 'idle database connection failed'))
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
    log: logger === undefined ? undefined : (event: LogEvent) => logSlowOrFailed(logger, event, slowQueryMs)
  })
  const dropConnections = (): void => {
    for (const client of clients) cutConnection(client)
  }
  return { db, pool, dropConnections }
}

function logSlowOrFailed (logger: Logger, event: LogEvent, slowQueryMs: number): void {
  if (event.level === 'error') {
    logger.error({ err: event.error, sql: event.query.sql, durationMs: event.queryDurationMillis }, 'query failed')
  } else if (event.queryDurationMillis >= slowQueryMs) {
    logger.warn({ sql: event.query.sql, durationMs: event.queryDurationMillis }, 'slow query')
  }
}
