import type { Db } from '../src/db/database.js'
import { agencies, agencyGroups } from './agencies.js'
import { seedNotices } from './notices.js'
import { seedCatalogue } from './catalogue.js'
import { seedWorkingGroups } from './working-groups.js'

/** Upserts the reference data; running it twice changes nothing. */
export async function seedDatabase (db: Db): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('agency')
      .values(agencies.map(({ parent, ...agency }) => ({ ...agency, parentCode: parent })))
      .onConflict((oc) => oc.column('code').doUpdateSet((eb) => ({
        nameVi: eb.ref('excluded.nameVi'),
        nameEn: eb.ref('excluded.nameEn'),
        kind: eb.ref('excluded.kind'),
        parentCode: eb.ref('excluded.parentCode'),
        aliases: eb.ref('excluded.aliases')
      })))
      .execute()
    await trx.insertInto('agencyGroup')
      .values(agencyGroups.map(({ members: _members, ...group }) => group))
      .onConflict((oc) => oc.column('code').doUpdateSet((eb) => ({
        nameVi: eb.ref('excluded.nameVi'),
        nameEn: eb.ref('excluded.nameEn'),
        aliases: eb.ref('excluded.aliases')
      })))
      .execute()
    const members = agencyGroups.flatMap((group) => group.members.map((agencyCode) => ({ groupCode: group.code, agencyCode })))
    await trx.deleteFrom('agencyGroupMember').where('groupCode', 'in', agencyGroups.map((group) => group.code)).execute()
    await trx.insertInto('agencyGroupMember').values(members).execute()
    await seedNotices(trx)
    await seedCatalogue(trx)
    await seedWorkingGroups(trx)
  })
}

export async function isEmpty (db: Db): Promise<boolean> {
  const row = await db.selectFrom('agency').select('code').limit(1).executeTakeFirst()
  return row === undefined
}
