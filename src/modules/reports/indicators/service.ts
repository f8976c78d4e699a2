import type { Db } from '../../../db/database.js'
import { writeTransaction } from '../../../db/transaction.js'
import { Conflict } from '../../../shared/errors.js'
import type { Actor } from '../../../shared/principal.js'
import { insertIndicators } from './repository.js'
import type { Indicator } from './schemas.js'

export async function createIndicator (db: Db, actor: Actor, input: Indicator): Promise<Indicator> {
  return await writeTransaction(db, actor, async (trx) => {
    // The insert skips a code already registered, so nothing back means it was there.
    const [created] = await insertIndicators(trx, [input])
    if (created === undefined) throw new Conflict(`indicator ${input.code} already exists`)
    return created
  })
}
