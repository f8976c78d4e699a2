import t from 'tap'
import { buildTestApp } from '../../helper.js'

interface Item { entity: string, id: number, data: Record<string, unknown> | null }

// The feed shows each entity as its own endpoint does, never the raw row behind it.
t.test('the feed shows catalogue products as GET /v1/catalogue/products does', async (t) => {
  const { inject } = await buildTestApp(t)
  const products: Item[] = []
  let after = ''
  for (;;) {
    const page = (await inject({ method: 'GET', url: `/v1/changes?limit=1000${after}` })).json() as { items: Item[], nextCursor: string }
    if (page.items.length === 0) break
    products.push(...page.items.filter((item) => item.entity === 'catalogue_product'))
    after = `&after=${page.nextCursor}`
  }
  t.ok(products.length > 0, 'the seeded catalogue has products in the feed')
  const listed = (await inject({ method: 'GET', url: '/v1/catalogue/products?asOf=2026-01-15&limit=500' })).json() as { items: Array<{ id: number }> }
  const byId = new Map(listed.items.map((product) => [product.id, product]))
  const shown = products.filter((item) => byId.has(item.id))
  t.ok(shown.length > 0, 'some products of the feed are in the edition listed')
  for (const item of shown) t.same(item.data, byId.get(item.id), `product ${item.id}`)
})
