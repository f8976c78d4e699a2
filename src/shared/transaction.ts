import { sql } from 'kysely'
import type { FastifyRequest } from 'fastify'
import type { Db } from '../db/database.js'
import { Forbidden } from './errors.js'

/**
 * Every API write runs here: one transaction that tells the audit triggers who acts and for
 * which request, so the audit entry commits (or rolls back) with the change itself.
 */
export async function writeTransaction<T> (db: Db, request: FastifyRequest, work: (trx: Db) => Promise<T>): Promise<T> {
  const principal = request.principal
  return await db.transaction().execute(async (trx) => {
    await sql`select set_config('nq57.actor_key_id', ${principal === null ? '' : String(principal.keyId)}, true),
      set_config('nq57.actor_name', ${principal?.name ?? 'anonymous'}, true),
      set_config('nq57.request_id', ${String(request.id)}, true)`.execute(trx)
    return await work(trx)
  })
}

export function actorName (request: FastifyRequest): string {
  return request.principal?.name ?? 'anonymous'
}

/** A reporter acts only for its own agency; the Standing Office and admins act for all. */
export function assertActsFor (request: FastifyRequest, agencyCode: string): void {
  const principal = request.principal
  if (principal?.role === 'reporter' && principal.agencyCode !== agencyCode) {
    throw new Forbidden(`this key reports for ${principal.agencyCode ?? 'no agency'}, not for ${agencyCode}`)
  }
}
