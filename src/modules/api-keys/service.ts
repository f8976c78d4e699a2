import { BadRequest, NotFound } from '../../shared/errors.js'
import { FUNDING_SYSTEMS, type Actor } from '../../shared/principal.js'
import type { Db } from '../../db/database.js'
import { writeTransaction } from '../../db/transaction.js'
import { unknownCodes } from '../agencies/repository.js'
import { findKey, insertKey, revokeKey } from './repository.js'
import type { ApiKey, ApiKeyCreate } from './schemas.js'
import { newSecret } from './secrets.js'

/** A new key and its secret, which is shown this once and stored only as a hash. */
export async function createKey (db: Db, actor: Actor, { name, role, agencyCode }: ApiKeyCreate): Promise<{ key: ApiKey, secret: string }> {
  if ((role === 'reporter' || role === 'integration') !== (agencyCode !== undefined)) throw new BadRequest('agencyCode is required for a reporter or integration key and only for those')
  if (role === 'integration' && !FUNDING_SYSTEMS.includes(agencyCode ?? '')) throw new BadRequest(`an integration key is the system of ${FUNDING_SYSTEMS.join(' or ')}, not of ${agencyCode ?? 'no agency'}`)
  const secret = newSecret()
  return await writeTransaction(db, actor, async (trx) => {
    if (agencyCode !== undefined && (await unknownCodes(trx, [agencyCode], 'agency')).length > 0) throw new BadRequest(`unknown agency code ${agencyCode}`)
    return { key: await insertKey(trx, { name, role, agencyCode: agencyCode ?? null }, secret), secret }
  })
}

/** Revokes a key; revoking one already revoked changes nothing. */
export async function revoke (db: Db, actor: Actor, id: number): Promise<void> {
  await writeTransaction(db, actor, async (trx) => {
    if (await findKey(trx, id) === undefined) throw new NotFound('API key', String(id))
    await revokeKey(trx, id)
  })
}
