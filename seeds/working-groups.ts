import type { Db, Trx } from '../src/db/database.js'
import { insertIndicators } from '../src/modules/reports/indicators/repository.js'
import type { Indicator } from '../src/modules/reports/indicators/schemas.js'
import { deriveObligations } from '../src/modules/reports/obligations/service.js'
import type { MemberInput } from '../src/modules/working-groups/schemas.js'

const MINISTER = 'Bộ trưởng'

/** 22-TB/CQTTBCĐ 2.a: the Government working group on strategic technology and its members as the notice names them. */
export const strategicTechnologyGroup = {
  code: 'TCT-CNCL',
  name: 'Tổ Công tác của Chính phủ về phát triển công nghệ chiến lược',
  chair: 'Phó Thủ tướng Chính phủ',
  establishedBy: { documentNumber: '22-TB/CQTTBCĐ', ref: '2.a' },
  reportsTo: 'TTBCD',
  note: 'Thành lập trong tháng 4/2026 (22-TB/CQTTBCĐ, 2.a); thành viên còn gồm lãnh đạo các bộ, cơ quan có liên quan. ' +
    'Đồng thời thực hiện các nhiệm vụ hiện giao cho Tổ công tác liên ngành hỗ trợ các doanh nghiệp Việt Nam tìm kiếm, đàm phán và mua lại ' +
    'các công ty công nghệ nước ngoài (Thông báo số 05-TB/BCĐTW ngày 04/07/2025). Định kỳ hằng tháng báo cáo Thường trực Ban Chỉ đạo Trung ương.',
  members: [
    { agency: 'CP', role: 'chair', position: 'Phó Thủ tướng Chính phủ (Tổ trưởng)' },
    ...['BKHCN', 'BCT', 'BTC', 'BGDDT', 'BNG', 'BQP', 'BCA', 'BXD', 'BNNMT', 'BYT'].map((agency) => ({ agency, role: 'member' as const, position: MINISTER })),
    { agency: 'TGVBCD', role: 'standing', position: 'Thường trực Tổ Giúp việc Ban Chỉ đạo Trung ương' }
  ] satisfies MemberInput[]
}

/** Only what the notices ask to be measured: intellectual property and standards of strategic technologies (22-TB 1), funds allocated and disbursed (17-TB 4.d). */
export const indicators: Indicator[] = [
  { code: 'CNCL-PATENT-APPLICATIONS', name: 'Số đơn đăng ký sáng chế thuộc các nhóm công nghệ chiến lược', unit: 'đơn', kind: 'strategic', direction: 'higher', source: '22-TB/CQTTBCĐ 1 (nhu cầu về sở hữu trí tuệ)' },
  { code: 'CNCL-PATENT-GRANTS', name: 'Số bằng độc quyền sáng chế được cấp thuộc các nhóm công nghệ chiến lược', unit: 'bằng', kind: 'strategic', direction: 'higher', source: '22-TB/CQTTBCĐ 1 (nhu cầu về sở hữu trí tuệ)' },
  { code: 'TCVN-ISSUED', name: 'Số tiêu chuẩn quốc gia (TCVN) được công bố', unit: 'tiêu chuẩn', kind: 'operational', direction: 'higher', source: '22-TB/CQTTBCĐ 1 (tiêu chuẩn, quy chuẩn); 17-TB/CQTTBCĐ 6.i' },
  { code: 'QCVN-ISSUED', name: 'Số quy chuẩn kỹ thuật quốc gia (QCVN) được ban hành', unit: 'quy chuẩn', kind: 'operational', direction: 'higher', source: '22-TB/CQTTBCĐ 1 (tiêu chuẩn, quy chuẩn); 17-TB/CQTTBCĐ 6.i' },
  { code: 'STI-FUNDS-ALLOCATED', name: 'Kinh phí ngân sách nhà nước phân bổ cho KHCN, ĐMST, CĐS', unit: 'tỷ đồng', kind: 'operational', direction: 'higher', source: '17-TB/CQTTBCĐ 4.d.(1)' },
  { code: 'STI-FUNDS-DISBURSED', name: 'Kinh phí ngân sách nhà nước giải ngân cho KHCN, ĐMST, CĐS', unit: 'tỷ đồng', kind: 'operational', direction: 'higher', source: '17-TB/CQTTBCĐ 4.d.(2)' }
]

async function taskId (db: Db, documentNumber: string, ref: string): Promise<number | undefined> {
  const row = await db.selectFrom('task as t').innerJoin('notice as n', 'n.id', 't.noticeId').select('t.id')
    .where('n.number', '=', documentNumber).where('t.ref', '=', ref).executeTakeFirst()
  return row?.id
}

/** After the notices: the working group, the indicators register and the obligations of every recurring task. Idempotent. */
export async function seedWorkingGroups (trx: Trx): Promise<void> {
  const group = strategicTechnologyGroup
  const exists = await trx.selectFrom('workingGroup').select('id').where('code', '=', group.code).executeTakeFirst()
  if (exists === undefined) {
    const { id } = await trx.insertInto('workingGroup').values({
      code: group.code, name: group.name, chair: group.chair, reportsToCode: group.reportsTo, activeFrom: null, activeTo: null, note: group.note,
      establishedByTaskId: await taskId(trx, group.establishedBy.documentNumber, group.establishedBy.ref) ?? null
    }).returning('id').executeTakeFirstOrThrow()
    await trx.insertInto('workingGroupMember')
      .values(group.members.map((m, ordinal) => ({ workingGroupId: id, agencyCode: m.agency, role: m.role, position: m.position, ordinal }))).execute()
  }
  await insertIndicators(trx, indicators)
  const recurring = await trx.selectFrom('task').select('id').where('recurrence', 'in', ['monthly', 'quarterly']).orderBy('id').execute()
  for (const task of recurring) await deriveObligations(trx, task.id)
}
