// The bench's own PostgreSQL: an embedded cluster under bench/.data (gitignored, BENCH_DATA_DIR
// to use another), reused across runs; one database per dataset scale.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import pino from 'pino'
import { startEmbeddedPostgres, type EmbeddedServer } from '../src/startup/embedded.js'
import { prepareDatabase } from '../src/startup/prepare.js'

export const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url))
export const DEFAULT_DATA_DIR = path.join(BENCH_DIR, '.data')
export const DATA_DIR = path.resolve(process.env.BENCH_DATA_DIR ?? DEFAULT_DATA_DIR)
/** A cluster of one's own (a second one on the machine) must not write into the shared bench/results. */
export const IS_DEFAULT_DATA_DIR = DATA_DIR === DEFAULT_DATA_DIR

/** The full dataset keeps the database name it always had, so existing clusters are reused. */
export function databaseName (scale: number): string {
  if (scale === 1) return 'nq57_bench'
  if (scale === 0.1) return 'nq57_bench_tenth'
  return `nq57_bench_x${String(scale).replace('.', '_')}`
}

/**
 * Server settings for a 2-core / 24 GiB machine. Written once with ALTER SYSTEM (they live in the
 * cluster's postgresql.auto.conf), so a restart is needed the first time.
 */
const SETTINGS: Record<string, string> = {
  shared_buffers: '2GB',
  effective_cache_size: '12GB',
  work_mem: '16MB',
  maintenance_work_mem: '1GB',
  max_wal_size: '8GB',
  checkpoint_timeout: '30min',
  random_page_cost: '1.1',
  max_connections: '100',
  jit: 'off'
}

export interface BenchDb {
  server: EmbeddedServer
  adminUrl: string
  urlOf: (database: string) => string
}

export async function startBenchDb (log: (message: string) => void = () => {}): Promise<BenchDb> {
  let server = await startEmbeddedPostgres(DATA_DIR)
  if (await applySettings(server.connectionString())) {
    log('postgres settings changed: restarting the bench cluster')
    await server.stop()
    server = await startEmbeddedPostgres(DATA_DIR)
  }
  return { server, adminUrl: server.connectionString(), urlOf: server.connectionString }
}

async function applySettings (adminUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    let changed = false
    for (const [name, value] of Object.entries(SETTINGS)) {
      const { rows } = await client.query<{ setting: string | null }>(
        'select (select setting from pg_file_settings where name = $1 and applied is not false order by seqno desc limit 1) as setting', [name])
      if (rows[0]?.setting === value) continue
      await client.query(`alter system set ${name} = '${value}'`)
      changed = true
    }
    return changed
  } finally {
    await client.end()
  }
}

export async function dropBenchDatabase (adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    await client.query(`drop database if exists ${pg.escapeIdentifier(database)} with (force)`)
    await client.query(`create database ${pg.escapeIdentifier(database)}`)
  } finally {
    await client.end()
  }
}

/** Migrations (and, on an empty database, the seed) exactly as the service does at start. */
export async function prepareBenchDatabase (url: string): Promise<void> {
  await prepareDatabase(url, pino({ level: 'warn' }))
}
