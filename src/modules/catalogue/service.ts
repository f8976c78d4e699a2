import type { Db } from '../../db/database.js'
import { BadRequest, NotFound } from '../../shared/errors.js'
import { unknownCodes } from '../agencies/repository.js'
import { findEdition, type EditionRow } from './repository.js'

/** The edition a read asks for: by decision number, else the one in force on asOf (default today). */
export async function resolveEdition (db: Db, query: { edition?: string | undefined, asOf?: string | undefined }, today: string): Promise<EditionRow> {
  if (query.edition !== undefined && query.asOf !== undefined) throw new BadRequest('send either edition or asOf, not both')
  if (query.edition !== undefined) {
    const edition = await findEdition(db, { number: query.edition.normalize('NFC') })
    if (edition === undefined) throw new NotFound('catalogue edition', query.edition)
    return edition
  }
  const asOf = query.asOf ?? today
  const edition = await findEdition(db, { asOf })
  if (edition === undefined) throw new NotFound('catalogue edition in force on', asOf)
  return edition
}

export interface Classification { group?: 1 | 2 | null | undefined, investmentMode?: 'push' | 'pull' | null | undefined }

/** Group 2 alone has an investment mode (22-TB: the State invests by push or pull). */
export function checkClassification ({ group, investmentMode }: Classification, where = ''): void {
  if (investmentMode !== undefined && investmentMode !== null && group !== 2) {
    throw new BadRequest(`${where}investmentMode ${investmentMode} applies only to group 2 technologies; this one is ${group === 1 ? 'group 1' : 'not classified'}`)
  }
}

export async function checkAgencies (db: Db, codes: Array<string | null | undefined>, where = ''): Promise<void> {
  const unknown = await unknownCodes(db, codes.filter((code): code is string => typeof code === 'string'), 'agency')
  if (unknown.length > 0) throw new BadRequest(`${where}unknown agency code ${unknown.join(', ')}`)
}
