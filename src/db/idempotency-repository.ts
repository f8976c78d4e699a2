import { sql } from 'kysely'
import type { Db } from './database.js'

interface KeyOf { apiKeyId: number, idempotencyKey: string }

/**
 * Claims the key for this request; false when another request holds it. A claim left unfinished by
 * a crashed attempt is taken over after a while instead of blocking the key forever.
 */
export async function claimKey (db: Db, claim: KeyOf & { requestHash: string }): Promise<boolean> {
  const claimed = await db.insertInto('idempotencyRequest').values(claim)
    .onConflict((oc) => oc.columns(['apiKeyId', 'idempotencyKey'])
      .doUpdateSet({ requestHash: claim.requestHash, createdAt: sql`now()` })
      .where('idempotencyRequest.statusCode', 'is', null)
      .where('idempotencyRequest.createdAt', '<', sql<Date>`now() - interval '5 minutes'`))
    .returning('apiKeyId').executeTakeFirst()
  return claimed !== undefined
}

export async function findClaim (db: Db, { apiKeyId, idempotencyKey }: KeyOf) {
  return await db.selectFrom('idempotencyRequest').selectAll()
    .where('apiKeyId', '=', apiKeyId).where('idempotencyKey', '=', idempotencyKey).executeTakeFirstOrThrow()
}

export async function recordAnswer (db: Db, { apiKeyId, idempotencyKey }: KeyOf, answer: { statusCode: number, responseBody: string | null, responseHeaders: Record<string, string> }): Promise<void> {
  await db.updateTable('idempotencyRequest')
    .set({ statusCode: answer.statusCode, responseBody: answer.responseBody, responseHeaders: sql`${JSON.stringify(answer.responseHeaders)}::jsonb` })
    .where('apiKeyId', '=', apiKeyId).where('idempotencyKey', '=', idempotencyKey).execute()
}

/** A failed attempt created nothing: the key is released so a corrected retry can proceed. */
export async function releaseKey (db: Db, { apiKeyId, idempotencyKey }: KeyOf): Promise<void> {
  await db.deleteFrom('idempotencyRequest').where('apiKeyId', '=', apiKeyId).where('idempotencyKey', '=', idempotencyKey).execute()
}
