import { CamelCasePlugin, Kysely, PostgresDialect, type LogEvent } from 'kysely'
import pg from 'pg'
import { prepareDataStatements } from './prepared.js'
import type { Database } from './schema.js'

// pg returns int8 and numeric as strings; our counts and ids fit in a JS number,
// and `date` must stay a plain YYYY-MM-DD, never a Date shifted by the server's zone.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value))
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value))
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value)

export type Db = Kysely<Database>

type LogFn = (details: object, message: string) => void
export interface Logger { warn: LogFn, error: LogFn }

export interface DbOptions {
  connectionString: string
  poolSize?: number
  logger?: Logger
  slowQueryMs?: number
}

export function createDb ({ connectionString, poolSize = 10, logger, slowQueryMs = 200 }: DbOptions): { db: Db, pool: pg.Pool } {
  // maxUses recycles a connection now and then, which also frees its prepared statements.
  const pool = new pg.Pool({ connectionString, max: poolSize, application_name: 'nq57-api', maxUses: 100_000 })
  pool.on('connect', prepareDataStatements)
  // An idle client losing its connection (server restart) must not crash the process.
  pool.on('error', (error) => logger?.warn({ err: error }, 'idle database connection failed'))
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
    log: logger === undefined ? undefined : (event: LogEvent) => logSlowOrFailed(logger, event, slowQueryMs)
  })
  return { db, pool }
}

function logSlowOrFailed (logger: Logger, event: LogEvent, slowQueryMs: number): void {
  if (event.level === 'error') {
    logger.error({ err: event.error, sql: event.query.sql, durationMs: event.queryDurationMillis }, 'query failed')
  } else if (event.queryDurationMillis >= slowQueryMs) {
    logger.warn({ sql: event.query.sql, durationMs: event.queryDurationMillis }, 'slow query')
  }
}
