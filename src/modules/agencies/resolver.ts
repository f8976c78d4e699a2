import type { Db } from '../../db/database.js'
import { rankCandidates, type Scoring } from './repository.js'
import type { Resolution, ResolveResult } from './schemas.js'

const SCORING: Scoring = {
  // Documents write a province as "UBND tỉnh X", "Tỉnh X", "TP. X" or just "X": all name the same unit.
  adminPrefix: '^((uy ban nhan dan|ubnd) )?((tinh|thanh pho|tp) )?',
  exact: 1,
  exactWithoutPrefix: 0.95
}
// A fuzzy match must be close: "Bộ Công" is as near to Bộ Công an as to a guess, so it stays unresolved.
const MIN_FUZZY = 0.75
// Two candidates this close are a coin toss ("Bộ Công" → Công an or Công Thương?): say none.
const MIN_MARGIN = 0.08

export async function resolveName (db: Db, name: string): Promise<ResolveResult> {
  const ranked: Resolution[] = (await rankCandidates(db, name, SCORING)).filter((row) => row.confidence >= MIN_FUZZY / 2)
  const [best, second] = ranked
  const margin = best !== undefined && best.confidence >= SCORING.exactWithoutPrefix ? Number.EPSILON : MIN_MARGIN
  const decisive = best !== undefined && best.confidence >= MIN_FUZZY &&
    (second === undefined || best.confidence - second.confidence >= margin)
  return { name, match: decisive ? best : null, alternatives: decisive ? ranked.slice(1) : ranked }
}
