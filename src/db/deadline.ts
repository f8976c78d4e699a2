import type pg from 'pg'

/**
 * A server that stops answering (frozen, or cut off without a reset) leaves a query waiting
 * forever. Past `ms` the connection itself is dropped: its queries fail as "Connection terminated",
 * the pool discards it, and the request answers 503 instead of hanging.
 */
/** Closes a client's socket at once: its pending queries fail and the client is never reused. */
export function cutConnection (client: pg.Client | pg.PoolClient): void {
  (client as unknown as { connection?: { stream?: { destroy: () => void } } }).connection?.stream?.destroy()
}

export function enforceQueryDeadline (client: pg.PoolClient, ms: number): void {
  if (ms <= 0) return
  const query = client.query.bind(client) as (...args: unknown[]) => unknown
  client.query = ((...args: unknown[]) => {
    const pending = query(...args)
    if (!(pending instanceof Promise)) return pending
    const timer = setTimeout(() => cutConnection(client), ms)
    return pending.finally(() => clearTimeout(timer))
  }) as typeof client.query
}
