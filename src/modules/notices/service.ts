import type { Db, Trx } from '../../db/database.js'
import { writeTransaction } from '../../db/transaction.js'
import { BadRequest, Conflict, NotFound } from '../../shared/errors.js'
import type { Actor } from '../../shared/principal.js'
import { definedOnly } from '../../shared/schemas.js'
import type { VersionCondition } from '../../shared/versioning.js'
import { unknownCodes } from '../agencies/repository.js'
import { parseDocumentNumber } from './document-number.js'
import { deleteNotice, findNotice, hasRecordedProgress, insertNotice, lockNotice, markWithdrawn, updateNoticeRow, type NewNotice } from './repository.js'
import type { Notice, NoticeCreate, NoticeUpdate } from './schemas.js'

/** The number as written canonically, and the document kind it names. */
function readNumber (input: string): Pick<NewNotice, 'number' | 'kind'> {
  const parsed = parseDocumentNumber(input)
  if (parsed === null) throw new BadRequest(`number "${input}" is not a document number like 17-TB/CQTTBCĐ or 1131/QĐ-TTg`)
  return { number: parsed.number, kind: parsed.kind }
}

async function checkIssuer (db: Db, code: string): Promise<string> {
  if ((await unknownCodes(db, [code], 'agency')).length > 0) throw new BadRequest(`issuer: unknown agency code ${code}`)
  return code
}

/** The unique number is the database's to guard; its refusal is named here rather than as a bare conflict. */
async function uniqueNumber<T> (number: string | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (error) {
    if ((error as { code?: unknown }).code === '23505') throw new Conflict(`notice ${number ?? ''} already exists`)
    throw error
  }
}

async function readBack (trx: Trx, id: number): Promise<Notice> {
  const notice = await findNotice(trx, id)
  if (notice === undefined) throw new NotFound('notice', String(id))
  return notice
}

export async function createNotice (db: Db, actor: Actor, input: NoticeCreate): Promise<Notice> {
  return await writeTransaction(db, actor, async (trx) => {
    const number = readNumber(input.number)
    const notice = { ...number, issuerCode: await checkIssuer(trx, input.issuer), title: input.title, issuedOn: input.issuedOn, summary: input.summary ?? null }
    return await readBack(trx, await uniqueNumber(number.number, async () => await insertNotice(trx, notice)))
  })
}

export async function updateNotice (db: Db, actor: Actor, id: number, condition: VersionCondition, input: NoticeUpdate): Promise<Notice> {
  return await writeTransaction(db, actor, async (trx) => {
    const current = await lockNotice(trx, id)
    if (current === undefined) throw new NotFound('notice', String(id))
    condition.check(current.version)
    const number: Partial<Pick<NewNotice, 'number' | 'kind'>> = input.number === undefined ? {} : readNumber(input.number)
    const issuerCode = input.issuer === undefined ? undefined : await checkIssuer(trx, input.issuer)
    const changes = definedOnly({ ...number, issuerCode, title: input.title, issuedOn: input.issuedOn, summary: input.summary })
    await uniqueNumber(changes.number, async () => { await updateNoticeRow(trx, id, changes) })
    return await readBack(trx, id)
  })
}

/** A notice with recorded progress is never deleted: its tasks and history stay, marked withdrawn. */
export async function withdrawNotice (db: Db, actor: Actor, id: number): Promise<void> {
  await writeTransaction(db, actor, async (trx) => {
    // The lock keeps progress recorded concurrently from slipping in between the check and the delete.
    if (await lockNotice(trx, id) === undefined) throw new NotFound('notice', String(id))
    if (await hasRecordedProgress(trx, id)) await markWithdrawn(trx, id)
    else await deleteNotice(trx, id)
  })
}
