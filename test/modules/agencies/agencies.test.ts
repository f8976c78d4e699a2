import t from 'tap'
import { buildTestApp } from '../../helper.js'

t.test('agencies register', async (t) => {
  const { inject } = await buildTestApp(t)
  const get = async (url: string) => await inject({ method: 'GET', url })

  t.test('there are 34 provincial-level units', async (t) => {
    const res = await get('/v1/agencies?kind=province&limit=500')
    t.equal(res.statusCode, 200)
    t.equal(res.json().items.length, 34)
    t.equal(res.json().nextCursor, null)
  })

  t.test('the 14 ministries and 3 ministerial-level agencies', async (t) => {
    t.equal((await get('/v1/agencies?kind=ministry&limit=500')).json().items.length, 14)
    t.equal((await get('/v1/agencies?kind=ministerial_agency&limit=500')).json().items.length, 3)
  })

  t.test('search ignores accents and case and ranks the best match first', async (t) => {
    const res = await get(`/v1/agencies?q=${encodeURIComponent('bo khoa hoc')}`)
    t.equal(res.statusCode, 200)
    t.equal(res.json().items[0].code, 'BKHCN')
    t.equal(res.json().items[0].nameVi, 'Bộ Khoa học và Công nghệ')
    const upper = await get(`/v1/agencies?q=${encodeURIComponent('BỘ CÔNG AN')}`)
    t.equal(upper.json().items[0].code, 'BCA')
    const alias = await get(`/v1/agencies?q=${encodeURIComponent('Bộ KH&CN')}`)
    t.equal(alias.json().items[0].code, 'BKHCN')
  })

  t.test('get one agency with its parent', async (t) => {
    const res = await get('/v1/agencies/BCY')
    t.equal(res.statusCode, 200)
    t.match(res.json(), { code: 'BCY', nameVi: 'Ban Cơ yếu Chính phủ', kind: 'government_agency', parent: { code: 'BQP', nameVi: 'Bộ Quốc phòng' } })
  })

  t.test('walking all pages with a small limit yields every agency exactly once', async (t) => {
    const all = (await get('/v1/agencies?limit=500')).json().items.map((a: { code: string }) => a.code)
    for (const query of ['', `&q=${encodeURIComponent('bộ')}`]) {
      const expected = query === '' ? all : (await get(`/v1/agencies?limit=500${query}`)).json().items.map((a: { code: string }) => a.code)
      t.ok(expected.length > 7, `more than one page for "${query}"`)
      const seen: string[] = []
      let cursor: string | null = null
      let pages = 0
      do {
        const res = await get(`/v1/agencies?limit=3${query}${cursor === null ? '' : `&cursor=${cursor}`}`)
        t.equal(res.statusCode, 200)
        const body = res.json()
        seen.push(...body.items.map((a: { code: string }) => a.code))
        cursor = body.nextCursor
        pages++
      } while (cursor !== null && pages < 200)
      t.same(seen, expected, `pages concatenate to the full list for "${query}"`)
    }
  })

  t.test('groups with members', async (t) => {
    const list = await get('/v1/agency-groups')
    t.equal(list.statusCode, 200)
    t.ok(list.json().items.some((g: { code: string }) => g.code === 'PROVINCES'))
    const provinces = await get('/v1/agency-groups/PROVINCES')
    t.equal(provinces.json().members.length, 34)
    const ministries = await get('/v1/agency-groups/MINISTRIES')
    t.equal(ministries.json().members.length, 17)
    const everyone = await get('/v1/agency-groups/CENTRAL_AND_LOCAL')
    t.ok(everyone.json().members.length >= 51)
    t.equal((await get('/v1/agency-groups/NOPE')).statusCode, 404)
  })

  t.test('resolve maps names and abbreviations to one agency or group', async (t) => {
    const cases: Array<[string, string, string]> = [
      ['Bộ KH&CN', 'agency', 'BKHCN'],
      ['bo cong an', 'agency', 'BCA'],
      ['Bộ Công an', 'agency', 'BCA'],
      ['Bộ Công Thương', 'agency', 'BCT'],
      ['UBND tỉnh Thanh Hóa', 'agency', 'THANH-HOA'],
      ['Ủy ban nhân dân tỉnh Thanh Hoá', 'agency', 'THANH-HOA'],
      ['các địa phương', 'group', 'PROVINCES'],
      ['Các cơ quan Trung ương và địa phương', 'group', 'CENTRAL_AND_LOCAL'],
      ['Văn phòng Trung ương Đảng', 'agency', 'VPTW'],
      ['Ban Cơ yếu Chính phủ', 'agency', 'BCY']
    ]
    for (const [name, type, code] of cases) {
      const res = await get(`/v1/agencies/resolve?name=${encodeURIComponent(name)}`)
      t.equal(res.statusCode, 200)
      t.match(res.json().match, { type, code }, `${name} → ${code}`)
    }
  })

  t.test('resolve never confuses Bộ Công an with Bộ Công Thương and says none when unsure', async (t) => {
    const an = (await get(`/v1/agencies/resolve?name=${encodeURIComponent('Bộ Công an')}`)).json()
    t.equal(an.match.code, 'BCA')
    t.equal(an.match.confidence, 1)
    const vague = (await get(`/v1/agencies/resolve?name=${encodeURIComponent('Bộ Công')}`)).json()
    t.equal(vague.match, null, 'an ambiguous prefix resolves to nothing')
    const nothing = (await get(`/v1/agencies/resolve?name=${encodeURIComponent('Hợp tác xã Bình Minh')}`)).json()
    t.equal(nothing.match, null)
    const missing = await get('/v1/agencies/resolve')
    t.equal(missing.statusCode, 400)
    t.match(missing.json().errors, [{ in: 'query', field: '/name' }])
  })
})
