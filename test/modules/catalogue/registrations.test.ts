import t from 'tap'
import { bearer, buildTestApp, json } from '../../helper.js'

const vnd = (amount: number) => ({ amount, currency: 'VND' })
const BN = 1e9

function fullProfile (accounting: Record<string, unknown> | undefined) {
  return {
    objectives: ['Làm chủ thiết kế'],
    outputIndicators: [{ name: 'Thị phần trong nước', target: 30, unit: '%', byYear: 2030 }],
    bigProblem: 'Phụ thuộc nhập khẩu',
    applicationAddress: 'Các nhà máy trong nước',
    targetMarket: 'Trong nước và ASEAN',
    competition: { competitors: ['Hãng nước ngoài'], opportunities: 'Nhu cầu lớn', challenges: 'Giá thành', importSubstitution: 'Thay thế 30% nhập khẩu', exportPotential: 'ASEAN' },
    relatedFieldsImpact: { spinOffs: ['Linh kiện'], dualUse: true },
    leadAgency: 'BCT',
    coordinatingAgencies: ['BKHCN'],
    leadingEnterprises: ['Doanh nghiệp A'],
    endUsers: ['Nhà máy'],
    needs: { testInfrastructure: 'Phòng thử nghiệm', data: 'Dữ liệu vận hành', standards: 'TCVN', technicalRegulations: 'QCVN', intellectualProperty: 'Sáng chế' },
    socioEconomicImpact: 'Tăng năng suất',
    ...(accounting === undefined ? {} : { economicAccounting: accounting })
  }
}
const accounting = (investment: number, substitution: number, exports: number, valueAdded: number, readiness: number) =>
  ({ investment: vnd(investment * BN), importSubstitutionPerYear: vnd(substitution * BN), exportPotentialPerYear: vnd(exports * BN), domesticValueAddedPercent: valueAdded, readiness })

t.test('registrations', async (t) => {
  const { app, inject, keys, reporterKey } = await buildTestApp(t, { today: '2026-04-03' })
  const bct = await reporterKey('BCT')
  const bkhcn = await reporterKey('BKHCN')
  const bca = await reporterKey('BCA')
  const create = async (body: Record<string, unknown>, key = bct) =>
    await app.inject({ method: 'POST', url: '/v1/catalogue/registrations', ...json({ agency: 'BCT', subjectKind: 'technology', nameVi: 'Công nghệ đăng ký', ...body }, bearer(key)) })
  const move = async (id: number, action: string, key: string, reason?: string) => {
    const current = await app.inject({ method: 'GET', url: `/v1/catalogue/registrations/${id}`, headers: bearer(keys.reader) })
    return await app.inject({ method: 'POST', url: `/v1/catalogue/registrations/${id}/transitions`, ...json({ action, ...(reason === undefined ? {} : { reason }) }, { ...bearer(key), 'if-match': current.headers.etag as string }) })
  }

  t.test('an incomplete profile cannot be submitted; the 422 lists exactly the missing fields', async (t) => {
    const draft = await create({ code: 'R-INCOMPLETE', profile: { objectives: ['Mục tiêu'], bigProblem: 'Bài toán', leadAgency: 'BCT', competition: { opportunities: 'Có' }, economicAccounting: { readiness: 4 } } })
    t.equal(draft.statusCode, 201)
    const missing = ['outputIndicators', 'applicationAddress', 'targetMarket', 'competition.challenges', 'competition.importSubstitution', 'competition.exportPotential',
      'relatedFieldsImpact.spinOffs', 'relatedFieldsImpact.dualUse', 'coordinatingAgencies', 'leadingEnterprises', 'endUsers',
      'needs.testInfrastructure', 'needs.data', 'needs.standards', 'needs.technicalRegulations', 'needs.intellectualProperty', 'socioEconomicImpact',
      'economicAccounting.investment', 'economicAccounting.importSubstitutionPerYear', 'economicAccounting.exportPotentialPerYear', 'economicAccounting.domesticValueAddedPercent']
    t.same(draft.json().missingFields, missing)
    t.equal(draft.json().priority, null)
    const refused = await move(draft.json().id, 'submit', bct)
    t.equal(refused.statusCode, 422)
    t.match(refused.headers['content-type'], /^application\/problem\+json/)
    t.equal(refused.json().code, 'NQ57_PROFILE_INCOMPLETE')
    t.same(refused.json().errors.map((e: { field: string }) => e.field), missing.map((f) => `/profile/${f.replace('.', '/')}`))
    const after = (await inject({ method: 'GET', url: `/v1/catalogue/registrations/${draft.json().id as number}` })).json()
    t.match(after, { state: 'draft', submittedOn: null, version: 1 })
  })

  t.test('the full lifecycle records who and when at each step', async (t) => {
    const draft = await create({ code: 'R-LIFE', group: 2, investmentMode: 'pull', sector: 'công nghiệp', profile: fullProfile(undefined) })
    t.equal(draft.statusCode, 201)
    const id = draft.json().id as number
    t.same(draft.json().missingFields, ['economicAccounting.investment', 'economicAccounting.importSubstitutionPerYear', 'economicAccounting.exportPotentialPerYear', 'economicAccounting.domesticValueAddedPercent', 'economicAccounting.readiness'])
    const patched = await app.inject({ method: 'PATCH', url: `/v1/catalogue/registrations/${id}`, ...json({ profile: { economicAccounting: accounting(1000, 300, 200, 60, 7) } }, { ...bearer(bct), 'if-match': '"1"' }) })
    t.equal(patched.statusCode, 200)
    t.same(patched.json().missingFields, [])
    t.equal(patched.json().profile.bigProblem, 'Phụ thuộc nhập khẩu', 'a profile patch merges key by key')
    t.equal((await move(id, 'consolidate', bkhcn)).statusCode, 409, 'a draft cannot be consolidated')
    const submitted = await move(id, 'submit', bct)
    t.equal(submitted.statusCode, 200)
    t.match(submitted.json(), { state: 'submitted', submittedOn: '2026-04-03', deadline: '2026-04-05', late: false })
    t.equal((await app.inject({ method: 'PATCH', url: `/v1/catalogue/registrations/${id}`, ...json({ sector: 'x' }, { ...bearer(bct), 'if-match': submitted.headers.etag as string }) })).statusCode, 409, 'only a draft is edited')
    t.equal((await move(id, 'consolidate', bct)).statusCode, 403, 'the registering ministry does not consolidate')
    t.equal((await move(id, 'consolidate', bkhcn)).statusCode, 200)
    t.equal((await move(id, 'propose', bkhcn)).statusCode, 200)
    t.equal((await move(id, 'approve', bkhcn)).statusCode, 403, 'approval is the Standing Office\'s')
    const approved = await move(id, 'approve', keys.secretariat)
    t.equal(approved.statusCode, 200)
    const steps = approved.json().steps as Array<{ state: string, by: string, at: string, onDate: string, keyId: number }>
    t.same(steps.map((s) => [s.state, s.by, s.onDate]), [
      ['draft', 'test reporter BCT', '2026-04-03'],
      ['submitted', 'test reporter BCT', '2026-04-03'],
      ['consolidated', 'test reporter BKHCN', '2026-04-03'],
      ['proposed', 'test reporter BKHCN', '2026-04-03'],
      ['approved', 'test secretariat', '2026-04-03']
    ])
    t.ok(steps.every((s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(s.at) && s.keyId > 0))
    t.same(steps.map((s) => s.at), [...steps.map((s) => s.at)].sort(), 'in order')
    t.match(approved.json(), { state: 'approved', rejectionReason: null, version: 6 })
    const audit = (await inject({ method: 'GET', url: `/v1/audit?entity=catalogue_registration&entityId=${id}` })).json().items
    t.same(audit.map((e: { actorName: string }) => e.actorName), ['test reporter BCT', 'test reporter BCT', 'test reporter BCT', 'test reporter BKHCN', 'test reporter BKHCN', 'test secretariat'])

    const other = (await create({ code: 'R-REJECT', profile: fullProfile(accounting(100, 10, 10, 10, 2)) })).json()
    t.equal((await move(other.id, 'submit', bct)).statusCode, 200)
    t.equal((await move(other.id, 'reject', bkhcn)).statusCode, 422, 'a rejection needs a reason')
    const rejected = await move(other.id, 'reject', bkhcn, 'Trùng với đăng ký của Bộ Quốc phòng')
    t.match(rejected.json(), { state: 'rejected', rejectionReason: 'Trùng với đăng ký của Bộ Quốc phòng', steps: [{ state: 'draft' }, { state: 'submitted' }, { state: 'rejected', by: 'test reporter BKHCN', reason: 'Trùng với đăng ký của Bộ Quốc phòng' }] })
    t.equal((await move(other.id, 'approve', keys.secretariat)).statusCode, 409)
  })

  t.test('a reporter of another ministry cannot touch a registration', async (t) => {
    const draft = (await create({ code: 'R-OWN', profile: fullProfile(accounting(100, 10, 10, 10, 2)) })).json()
    const url = `/v1/catalogue/registrations/${draft.id as number}`
    const before = await inject({ method: 'GET', url })
    t.equal((await app.inject({ method: 'PATCH', url, ...json({ nameVi: 'Đổi tên' }, { ...bearer(bca), 'if-match': before.headers.etag as string }) })).statusCode, 403)
    t.equal((await move(draft.id, 'submit', bca)).statusCode, 403)
    t.equal((await create({ code: 'R-FOREIGN' }, bca)).statusCode, 403, 'nor register for it')
    t.equal((await app.inject({ method: 'PATCH', url, ...json({ nameVi: 'Đổi tên' }, { ...bearer(keys.reader), 'if-match': before.headers.etag as string }) })).statusCode, 403)
    const after = await inject({ method: 'GET', url })
    t.same(after.json(), before.json(), 'nothing changed')
  })

  t.test('bad input: unknown agency, a group-1 mode, a stale If-Match', async (t) => {
    const unknown = await create({ code: 'R-BAD', profile: { coordinatingAgencies: ['NOPE'] } })
    t.equal(unknown.statusCode, 400)
    t.match(unknown.json().detail, /profile: unknown agency code NOPE/)
    t.equal((await create({ code: 'R-BAD', agency: 'NOPE' }, keys.secretariat)).statusCode, 400)
    const mode = await create({ code: 'R-BAD', group: 1, investmentMode: 'push' })
    t.equal(mode.statusCode, 400)
    t.match(mode.json().detail, /only to group 2/)
    const money = await create({ code: 'R-BAD', profile: { economicAccounting: { investment: { amount: 5, currency: 'USD' } } } })
    t.equal(money.statusCode, 400, 'amounts are in VND')
    t.equal((await create({ code: 'R-BAD', profile: { economicAccounting: { readiness: 10 } } })).statusCode, 400, 'readiness is 1–9')
    const draft = (await create({ code: 'R-STALE' })).json()
    const url = `/v1/catalogue/registrations/${draft.id as number}`
    t.equal((await app.inject({ method: 'PATCH', url, ...json({ sector: 'a' }, { ...bearer(bct), 'if-match': '"1"' }) })).statusCode, 200)
    const stale = await app.inject({ method: 'PATCH', url, ...json({ sector: 'b' }, { ...bearer(bct), 'if-match': '"1"' }) })
    t.equal(stale.statusCode, 412)
    t.equal((await app.inject({ method: 'POST', url: `${url}/transitions`, ...json({ action: 'submit' }, { ...bearer(bct), 'if-match': '"1"' }) })).statusCode, 412)
    t.equal((await app.inject({ method: 'POST', url: `${url}/transitions`, ...json({ action: 'submit' }, bearer(bct)) })).statusCode, 428)
    t.equal((await inject({ method: 'GET', url })).json().sector, 'a')
    t.equal((await inject({ method: 'GET', url: '/v1/catalogue/registrations/999999' })).statusCode, 404)
  })

  t.test('priority order of a small fixture equals the hand-computed one', async (t) => {
    const byt = await reporterKey('BYT')
    const add = async (code: string, group: 1 | 2 | null, mode: string | null, money: Record<string, unknown> | undefined) =>
      t.equal((await create({ agency: 'BYT', code, group, investmentMode: mode, profile: fullProfile(money) }, byt)).statusCode, 201)
    await add('PRI-A-2', 1, null, accounting(1000, 300, 200, 60, 7)) // 25 + 12 + 22.5 + 0 = 59.5
    await add('PRI-E', 1, null, undefined) // no accounting: no score, last
    await add('PRI-C', 2, 'push', accounting(500, 0, 0, 50, 9)) // 0 + 10 + 15 + 15 = 40
    await add('PRI-B', 2, 'pull', accounting(2000, 1000, 1500, 40, 3)) // 50 (capped) + 8 + 3.75 + 15 = 76.75
    await add('PRI-A-1', 1, null, accounting(1000, 300, 200, 60, 7)) // 59.5, before PRI-A-2 by code
    await add('PRI-D', null, null, accounting(3, 1, 0, 33.333, 2)) // 16.67 + 6.67 + 3.75 + 0 = 27.09
    const res = await inject({ method: 'GET', url: '/v1/catalogue/registrations?agency=BYT&sort=priority' })
    t.equal(res.statusCode, 200)
    t.same(res.json().items.map((r: { code: string, priority: { score: number } | null }) => [r.code, r.priority?.score ?? null]), [
      ['PRI-B', 76.75], ['PRI-A-1', 59.5], ['PRI-A-2', 59.5], ['PRI-C', 40], ['PRI-D', 27.09], ['PRI-E', null]
    ])
    t.same(res.json().items[0].priority.parts, { returnPoints: 50, valueAddedPoints: 8, readinessPoints: 3.75, groupPoints: 15 })
    const walked: string[] = []
    let cursor: string | null = null
    do {
      const page = await inject({ method: 'GET', url: `/v1/catalogue/registrations?agency=BYT&sort=priority&limit=2${cursor === null ? '' : `&cursor=${cursor}`}` })
      walked.push(...page.json().items.map((r: { code: string }) => r.code))
      cursor = page.json().nextCursor
    } while (cursor !== null)
    t.same(walked, ['PRI-B', 'PRI-A-1', 'PRI-A-2', 'PRI-C', 'PRI-D', 'PRI-E'], 'pages keep the order')
    t.same((await inject({ method: 'GET', url: '/v1/catalogue/registrations?agency=BYT&group=2&investmentMode=pull' })).json().items.map((r: { code: string }) => r.code), ['PRI-B'])
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json()
    t.match(doc.paths['/v1/catalogue/registrations'].get.description, /returnPoints = 50 × min\(1, \(importSubstitutionPerYear \+ exportPotentialPerYear\) \/ investment\)/)
  })
})

t.test('a submission after 05/4/2026 is late; a draft past it is late too', async (t) => {
  const { app, inject, reporterKey } = await buildTestApp(t, { today: '2026-04-10' })
  const bct = await reporterKey('BCT')
  const created = await app.inject({ method: 'POST', url: '/v1/catalogue/registrations', ...json({ agency: 'BCT', subjectKind: 'product', code: 'R-LATE', nameVi: 'Sản phẩm muộn', technologyCode: 'N1-THEP', profile: fullProfile(accounting(10, 1, 1, 1, 1)) }, bearer(bct)) })
  t.match(created.json(), { state: 'draft', late: true, submittedOn: null })
  const submitted = await app.inject({ method: 'POST', url: `/v1/catalogue/registrations/${created.json().id as number}/transitions`, ...json({ action: 'submit' }, { ...bearer(bct), 'if-match': '"1"' }) })
  t.match(submitted.json(), { state: 'submitted', submittedOn: '2026-04-10', late: true })
  t.same((await inject({ method: 'GET', url: '/v1/catalogue/registrations?late=true' })).json().items.map((r: { code: string }) => r.code), ['R-LATE'])
  t.same((await inject({ method: 'GET', url: '/v1/catalogue/registrations?late=false' })).json().items, [])
})
