import { fileURLToPath } from 'node:url'
import { buildApp } from './app.js'

export const OPENAPI_PATH = fileURLToPath(new URL('../openapi/openapi.json', import.meta.url))

/** The contract as committed: stable key order and a trailing newline, so regenerating is byte-for-byte reproducible. */
export async function generateOpenApi (): Promise<string> {
  const app = await buildApp({
    config: { LOG_LEVEL: 'silent', BODY_LIMIT: 1048576, DB_POOL_SIZE: 1, TODAY: undefined, ADMIN_API_KEY: undefined, RATE_LIMIT_PER_MINUTE: 1200, CORS_ORIGINS: '' },
    connectionString: 'postgres://unused@127.0.0.1:1/unused'
  })
  await app.ready()
  const document = app.swagger()
  await app.close()
  return `${JSON.stringify(document, null, 2)}\n`
}
