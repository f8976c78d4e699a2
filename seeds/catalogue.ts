import type { Selectable } from 'kysely'
import type { Trx } from '../src/db/database.js'
import type { CatalogueProductTable, CatalogueTechnologyTable } from '../src/db/schema.js'

// The strategic technology catalogue, only as far as public sources verify it. The rest of each
// edition (1131: 11 groups and 35 products; 21/2026: 10 groups and 30 products) is for the
// Standing Office's bulk load (POST /v1/catalogue/editions/{id}/loads); nothing here is invented to fill it.

const D1131 = '1131/QĐ-TTg'
const D21 = '21/2026/QĐ-TTg'
const D2815 = '2815/QĐ-TTg'
const SRC_1131 = 'Quyết định 1131/QĐ-TTg ngày 12/6/2025 của Thủ tướng Chính phủ (Danh mục công nghệ chiến lược), nhóm công nghệ'
const SRC_2815 = 'Quyết định 2815/QĐ-TTg ngày 28/12/2025 (Chương trình phát triển sản phẩm công nghệ chiến lược ưu tiên triển khai ngay); vneconomy.vn 09/01/2026, vnexpress.net 08/01/2026'
const SRC_FACTS = 'Bộ Khoa học và Công nghệ, số liệu nêu cùng Quyết định 2815/QĐ-TTg (theo tài liệu thiết kế của Ban Chỉ đạo, mục 4)'
const SRC_22TB = 'Thông báo 22-TB/CQTTBCĐ ngày 20/3/2026, Phụ lục mục 1 (ví dụ cơ cấu Nhóm 1/Nhóm 2)'

export const editions = [
  { number: D1131, title: 'Danh mục công nghệ chiến lược và sản phẩm công nghệ chiến lược', issuedOn: '2025-06-12', effectiveFrom: '2025-06-12', effectiveTo: '2026-07-01', declaredTechnologyCount: 11, declaredProductCount: 35, source: 'Quyết định 1131/QĐ-TTg ngày 12/6/2025 của Thủ tướng Chính phủ' },
  { number: D21, title: 'Danh mục công nghệ chiến lược và sản phẩm công nghệ chiến lược (thay thế Quyết định 1131/QĐ-TTg)', issuedOn: '2026-04-30', effectiveFrom: '2026-07-01', effectiveTo: null, declaredTechnologyCount: 10, declaredProductCount: 30, source: 'Quyết định 21/2026/QĐ-TTg ngày 30/4/2026 của Thủ tướng Chính phủ, hiệu lực từ 01/7/2026' }
]

/** A technology row with its edition by number. */
type TechnologySeed = Pick<Selectable<CatalogueTechnologyTable>, 'code' | 'nameVi' | 'nameEn' | 'techGroup' | 'investmentMode' | 'sector'> & { edition: string, source: string }

const t1131 = (n: number, nameVi: string, nameEn: string): TechnologySeed =>
  ({ edition: D1131, code: `T1131-0${n}`, nameVi, nameEn, techGroup: null, investmentMode: null, sector: null, source: `${SRC_1131} ${n}` })
const group1 = (code: string, sectorVi: string, nameEn: string): TechnologySeed =>
  ({ edition: D21, code: `N1-${code}`, nameVi: `Công nghệ chiến lược ngành ${sectorVi}`, nameEn, techGroup: 1, investmentMode: null, sector: sectorVi, source: SRC_22TB })
const group2 = (code: string, nameVi: string, nameEn: string, investmentMode: TechnologySeed['investmentMode'], sector: string | null = null): TechnologySeed =>
  ({ edition: D21, code: `N2-${code}`, nameVi, nameEn, techGroup: 2, investmentMode, sector, source: SRC_22TB })

export const technologies: TechnologySeed[] = [
  t1131(1, 'Công nghệ trí tuệ nhân tạo, bản sao số, thực tế ảo/thực tế tăng cường', 'Artificial intelligence, digital twins, virtual and augmented reality'),
  t1131(2, 'Công nghệ điện toán đám mây, lượng tử, dữ liệu lớn', 'Cloud, quantum and big-data computing'),
  t1131(3, 'Công nghệ chuỗi khối (blockchain)', 'Blockchain'),
  t1131(4, 'Công nghệ mạng di động thế hệ sau (5G/6G)', 'Next-generation mobile networks (5G/6G)'),
  t1131(5, 'Công nghệ robot và tự động hóa', 'Robotics and automation'),
  group1('NONG-LAM-THUY-SAN', 'nông - lâm - thủy sản', 'Agriculture, forestry and fisheries'),
  group1('CHE-BIEN', 'công nghiệp chế biến', 'Processing industry'),
  group1('DET-MAY', 'dệt may', 'Textiles and garments'),
  group1('DA-GIAY', 'da giày', 'Leather and footwear'),
  group1('XAY-DUNG', 'xây dựng', 'Construction'),
  group1('THEP', 'thép', 'Steel'),
  group1('NANG-LUONG', 'năng lượng', 'Energy'),
  group2('DUONG-SAT-TOC-DO-CAO', 'Công nghệ đường sắt tốc độ cao', 'High-speed rail', null),
  group2('LUONG-TU', 'Công nghệ lượng tử', 'Quantum technology', 'push'),
  group2('TEN-LUA', 'Công nghệ tên lửa', 'Missile technology', 'pull'),
  group2('LO-PHAN-UNG-NHO', 'Lò phản ứng hạt nhân quy mô nhỏ', 'Small modular nuclear reactors', 'pull'),
  group2('VE-TINH-NHO', 'Vệ tinh nhỏ', 'Small satellites', 'pull', 'kinh tế tầm thấp'),
  group2('UAV', 'Thiết bị bay không người lái (UAV)', 'Unmanned aerial vehicles (UAV)', 'pull', 'kinh tế tầm thấp'),
  group2('AUV', 'Thiết bị tự hành dưới nước (AUV)', 'Autonomous underwater vehicles (AUV)', 'pull')
]

const fact = (metric: string, qualifier: string, value: number) => ({ metric, qualifier, value, unit: '%', asOf: '2025-12-28', source: SRC_FACTS })

/** Decision 2815's targets for its six products, by 2030. */
const TARGETS_2815 = [
  { metric: 'mastery', description: 'Làm chủ công nghệ từ thiết kế, tích hợp, chế tạo, thử nghiệm đến đưa vào ứng dụng', qualifier: null, value: null, unit: null, byYear: 2030, source: SRC_2815 },
  { metric: 'domestic_market_share_and_export', description: 'Đáp ứng ít nhất 30% nhu cầu thị trường trong nước và xuất khẩu', qualifier: '≥', value: 30, unit: '%', byYear: 2030, source: SRC_2815 },
  { metric: 'core_technology_mastery', description: 'Làm chủ ít nhất 80% công nghệ lõi', qualifier: '≥', value: 80, unit: '%', byYear: 2030, source: SRC_2815 },
  { metric: 'domestic_value_added', description: 'Giá trị gia tăng trong nước ít nhất 60% giá sản phẩm', qualifier: '≥', value: 60, unit: '% of price', byYear: 2030, source: SRC_2815 }
]

/** A product row with its technology by code. */
type ProductSeed = Pick<Selectable<CatalogueProductTable>, 'code' | 'nameVi' | 'nameEn'> & { technologyCode: string | null, facts: unknown[] }

/** The six products Decision 2815/QĐ-TTg starts at once, exactly as it names them. UAV's 1131 group is not verified: left unattached. */
export const priorityProducts: ProductSeed[] = [
  { code: 'P-LLM-VI', technologyCode: 'T1131-01', nameVi: 'Mô hình ngôn ngữ lớn và trợ lý ảo tiếng Việt', nameEn: 'Vietnamese large language model and virtual assistant', facts: [] },
  { code: 'P-AI-CAMERA-EDGE', technologyCode: 'T1131-01', nameVi: 'AI camera xử lý tại biên', nameEn: 'Edge-processing AI camera', facts: [fact('core_technology_mastery', '~', 65), fact('localisation', '>', 50)] },
  { code: 'P-AMR', technologyCode: 'T1131-05', nameVi: 'Robot di động tự hành', nameEn: 'Autonomous mobile robot', facts: [] },
  { code: 'P-5G', technologyCode: 'T1131-04', nameVi: 'Hệ thống và thiết bị mạng di động 5G', nameEn: '5G mobile network systems and equipment', facts: [fact('core_technology_mastery', '~', 85)] },
  { code: 'P-BLOCKCHAIN', technologyCode: 'T1131-03', nameVi: 'Hạ tầng mạng blockchain và các lớp ứng dụng truy xuất nguồn gốc, tài sản mã hóa', nameEn: 'Blockchain network infrastructure with traceability and crypto-asset application layers', facts: [] },
  { code: 'P-UAV', technologyCode: null, nameVi: 'Thiết bị bay không người lái', nameEn: 'Unmanned aerial vehicles', facts: [fact('core_technology_mastery', '>', 70)] }
]

/** Upserts editions, technologies and products by their codes; running it twice changes nothing. */
export async function seedCatalogue (trx: Trx): Promise<void> {
  await trx.insertInto('catalogueEdition').values(editions)
    .onConflict((oc) => oc.column('number').doUpdateSet((eb) => ({
      title: eb.ref('excluded.title'), issuedOn: eb.ref('excluded.issuedOn'), effectiveFrom: eb.ref('excluded.effectiveFrom'), effectiveTo: eb.ref('excluded.effectiveTo'),
      declaredTechnologyCount: eb.ref('excluded.declaredTechnologyCount'), declaredProductCount: eb.ref('excluded.declaredProductCount'), source: eb.ref('excluded.source')
    }))).execute()
  const editionIds = new Map((await trx.selectFrom('catalogueEdition').select(['id', 'number']).execute()).map((e) => [e.number, e.id]))
  const idOf = (number: string): number => editionIds.get(number) ?? 0
  await trx.insertInto('catalogueTechnology')
    .values(technologies.map(({ edition, ...t }) => ({ ...t, editionId: idOf(edition) })))
    .onConflict((oc) => oc.columns(['editionId', 'code']).doUpdateSet((eb) => ({
      nameVi: eb.ref('excluded.nameVi'), nameEn: eb.ref('excluded.nameEn'), techGroup: eb.ref('excluded.techGroup'),
      investmentMode: eb.ref('excluded.investmentMode'), sector: eb.ref('excluded.sector'), source: eb.ref('excluded.source')
    }))).execute()
  const technologyIds = new Map((await trx.selectFrom('catalogueTechnology').select(['id', 'code']).where('editionId', '=', idOf(D1131)).execute()).map((t) => [t.code, t.id]))
  await trx.insertInto('catalogueProduct')
    .values(priorityProducts.map((p) => ({
      editionId: idOf(D1131), technologyId: p.technologyCode === null ? null : technologyIds.get(p.technologyCode) ?? null, code: p.code, nameVi: p.nameVi, nameEn: p.nameEn,
      priorityDecision: D2815, facts: JSON.stringify(p.facts), targets: JSON.stringify(TARGETS_2815), source: SRC_2815
    })))
    .onConflict((oc) => oc.columns(['editionId', 'code']).doUpdateSet((eb) => ({
      technologyId: eb.ref('excluded.technologyId'), nameVi: eb.ref('excluded.nameVi'), nameEn: eb.ref('excluded.nameEn'), priorityDecision: eb.ref('excluded.priorityDecision'),
      facts: eb.ref('excluded.facts'), targets: eb.ref('excluded.targets'), source: eb.ref('excluded.source')
    }))).execute()
}
