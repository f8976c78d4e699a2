import pg from 'pg'
import { sql, type RawBuilder } from 'kysely'
import type { Actor } from '../shared/principal.js'
import type { Db, Trx } from './database.js'

/** The transaction-local settings the audit triggers read: who acts, and for which request. */
function actorSettings (actor: Actor): string {
  const principal = actor.principal
  const set = (name: string, value: string): string => `set_config('nq57.${name}', ${pg.escapeLiteral(value)}, true)`
  return `select ${set('actor_key_id', principal === null ? '' : String(principal.keyId))}, ${set('actor_name', principal?.name ?? 'anonymous')}, ${set('request_id', actor.requestId)}`
}

/** What the audit triggers are told: the acting key's id (empty for none), its name, the request id. */
export type ActorSettings = { keyId: string, name: string, requestId: string }

export function actorSettingsOf (actor: Actor): ActorSettings {
  const principal = actor.principal
  return { keyId: principal === null ? '' : String(principal.keyId), name: principal?.name ?? 'anonymous', requestId: actor.requestId }
}

/**
 * For a write that is a single statement, and so its own transaction: the settings as a query to
 * run as the statement's first CTE, which the statement's other parts must read from so that it
 * runs before them. Its triggers fire at the statement's end, when the settings are made.
 */
export function actorSettingsQuery ({ keyId, name, requestId }: ActorSettings): RawBuilder<unknown> {
  return sql`select set_config('nq57.actor_key_id', ${keyId}, true) as key_id,
    set_config('nq57.actor_name', ${name}, true) as name, set_config('nq57.request_id', ${requestId}, true) as request_id`
}

/**
 * Every API write runs here, or is one statement that starts with actorSettingsQuery: one transaction that tells the audit triggers who acts and for
 * which request, so the audit entry commits (or rolls back) with the change itself. A use case
 * does its checks, its writes and its read-back inside `work`, on `trx`.
 *
 * BEGIN and the settings go in one round trip (the simple protocol takes several statements,
 * the values written as escaped literals), where Kysely's transaction would take two: on a short
 * write that is a sixth of its round trips. `work` gets the connection the transaction runs on.
 */
export async function writeTransaction<T> (db: Db, actor: Actor, work: (trx: Trx) => Promise<T>): Promise<T> {
  return await db.connection().execute(async (connection) => {
    let result: T
    try {
      // Inside the try: should the settings fail after BEGIN, the connection must not go back to the pool in an aborted transaction.
      await sql.raw(`begin; ${actorSettings(actor)}`).execute(connection)
      // Bound to one connection inside BEGIN … COMMIT: what a Kysely transaction is, without its object.
      result = await work(connection as unknown as Trx)
    } catch (error) {
      await sql.raw('rollback').execute(connection).catch(() => {})
      throw error
    }
    await sql.raw('commit').execute(connection)
    return result
  })
}
