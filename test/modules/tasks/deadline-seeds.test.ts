import t from 'tap'
import { readDeadline } from '../../../src/modules/tasks/deadline.js'
import { SEED_FILES, seedNotice, walk } from '../../seed-data.js'

// Every deadline phrase of the three notices, as the hand-checked seeds record it, must read the same.
for (const file of SEED_FILES) {
  t.test(`deadline phrases of ${file} read as the notice says`, async (t) => {
    let phrases = 0
    for (const node of walk(seedNotice(file).tasks)) {
      if (node.deadlineText === null) continue
      phrases++
      const reading = readDeadline(node.deadlineText)
      const expected = node.deadline ?? { kind: 'none', dueOn: null }
      t.same({ kind: reading.deadline?.kind, dueOn: reading.deadline?.dueOn }, expected, `${node.ref}: "${node.deadlineText}"`)
      // Some recurrences sit elsewhere in the content; a recurrence the phrase itself states must agree.
      if (reading.recurrence !== null) t.equal(reading.recurrence, node.recurrence, `${node.ref}: recurrence`)
    }
    t.ok(phrases > 0, `${phrases} phrases`)
  })
}

t.test('rules of DESIGN §5', async (t) => {
  const cases: Array<[string, string, string | null, string | null]> = [
    ['trong tháng 4/2026', 'month', '2026-04-30', null],
    ['trong tháng 4 năm 2026', 'month', '2026-04-30', null],
    ['Hoàn thành trong tháng 2/2028', 'month', '2028-02-29', null],
    ['trong tháng 2/2026', 'month', '2026-02-28', null],
    ['trong quý II/2026', 'quarter', '2026-06-30', null],
    ['Hoàn thành trong quý IV/2026', 'quarter', '2026-12-31', null],
    ['6 tháng đầu năm 2026', 'half', '2026-06-30', null],
    ['trong năm 2026', 'year', '2026-12-31', null],
    ['trước ngày 05/4/2026', 'date', '2026-04-05', null],
    ['chậm nhất ngày 01/3/2026', 'date', '2026-03-01', null],
    ['từ ngày 01/5/2026', 'date', '2026-05-01', null],
    ['Nhiệm vụ thường xuyên', 'none', null, null],
    ['Định kỳ hằng tháng báo cáo', 'none', null, 'monthly'],
    ['**Hoàn thành trong quý I/2026**', 'quarter', '2026-03-31', null]
  ]
  for (const [phrase, kind, dueOn, recurrence] of cases) {
    const reading = readDeadline(phrase)
    t.same([reading.deadline?.kind, reading.deadline?.dueOn, reading.recurrence], [kind, dueOn, recurrence], phrase)
    t.same(reading.warnings, [], `${phrase}: no warning`)
  }
  t.equal(readDeadline('  trong   quý II/2026 ').deadline?.text, 'trong quý II/2026', 'the phrase is kept, tidied of stray spaces')
})

t.test('impossible dates and unreadable phrases are kept as text with a warning, never guessed', async (t) => {
  for (const phrase of ['trước ngày 31/4/2026', 'trong tháng 13/2026', 'ngày 29/02/2027', 'sớm nhất có thể', 'quý V/2026']) {
    const reading = readDeadline(phrase)
    t.same(reading.deadline, { kind: 'none', dueOn: null, text: phrase }, phrase)
    t.equal(reading.warnings.length, 1, `${phrase}: one warning`)
  }
})
