import { createHash } from 'node:crypto'
import type pg from 'pg'

const DATA_STATEMENT = /^\s*(select|insert|update|delete|with)\b/i

/**
 * Makes each distinct data query a named prepared statement on its connection: PostgreSQL then
 * parses and plans it once per connection instead of on every request (planning cost more than
 * executing our hot reads). Query text comes from the query builder with parameters, so the set
 * of texts is small and fixed by the code; connections are recycled (pool maxUses) to bound it.
 */
export function prepareDataStatements (client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown
  const names = new Map<string, string>()
  const nameOf = (text: string): string => {
    let name = names.get(text)
    if (name === undefined) {
      name = `q${createHash('sha1').update(text).digest('hex').slice(0, 20)}`
      names.set(text, name)
    }
    return name
  }
  const unprepared = new Set<string>()
  client.query = ((text: unknown, values?: unknown, callback?: unknown) => {
    if (typeof text === 'string' && Array.isArray(values) && callback === undefined && DATA_STATEMENT.test(text) && !unprepared.has(text)) {
      return (query({ name: nameOf(text), text, values }) as Promise<unknown>).catch(async (error: unknown) => {
        // 0A000: the schema changed under a statement prepared here (a column added under a `*`);
        // this connection runs that text unprepared from now on.
        if ((error as { code?: string }).code !== '0A000') throw error
        unprepared.add(text)
        return await query(text, values)
      })
    }
    return query(text, values, callback)
  }) as typeof client.query
}
