import t from 'tap'
import { findDocumentNumbers, parseDocumentNumber, type DocumentNumber } from '../../../src/modules/notices/document-number.js'

const doc = (number: string, serial: string, year: number | null, kind: string, issuer: string): DocumentNumber => ({ number, serial, year, kind, issuer })

t.test('Party-style numbers: serial-KIND/ISSUER', async (t) => {
  t.strictSame(parseDocumentNumber('17-TB/CQTTBCĐ'), doc('17-TB/CQTTBCĐ', '17', null, 'TB', 'CQTTBCĐ'))
  t.strictSame(parseDocumentNumber('02-CTr/BCĐTW'), doc('02-CTr/BCĐTW', '02', null, 'CTr', 'BCĐTW'))
  t.strictSame(parseDocumentNumber('05-TB/BCĐTW'), doc('05-TB/BCĐTW', '05', null, 'TB', 'BCĐTW'))
  t.strictSame(parseDocumentNumber('57-NQ/TW'), doc('57-NQ/TW', '57', null, 'NQ', 'TW'))
  t.strictSame(parseDocumentNumber('05-QĐ/BCĐTW'), doc('05-QĐ/BCĐTW', '05', null, 'QĐ', 'BCĐTW'))
  t.strictSame(parseDocumentNumber('01-KH/BCĐTW'), doc('01-KH/BCĐTW', '01', null, 'KH', 'BCĐTW'))
  t.strictSame(parseDocumentNumber('19995-CV/VPTW'), doc('19995-CV/VPTW', '19995', null, 'CV', 'VPTW'))
})

t.test('State-style numbers: serial[/year]/KIND-ISSUER', async (t) => {
  t.strictSame(parseDocumentNumber('1131/QĐ-TTg'), doc('1131/QĐ-TTg', '1131', null, 'QĐ', 'TTg'))
  t.strictSame(parseDocumentNumber('21/2026/QĐ-TTg'), doc('21/2026/QĐ-TTg', '21', 2026, 'QĐ', 'TTg'))
  t.strictSame(parseDocumentNumber('66.7/2025/NQ-CP'), doc('66.7/2025/NQ-CP', '66.7', 2025, 'NQ', 'CP'))
  t.strictSame(parseDocumentNumber('231/2025/NĐ-CP'), doc('231/2025/NĐ-CP', '231', 2025, 'NĐ', 'CP'))
  t.strictSame(parseDocumentNumber('03/2015/TT-BKHCN'), doc('03/2015/TT-BKHCN', '03', 2015, 'TT', 'BKHCN'))
  t.strictSame(parseDocumentNumber('2618/QĐ-BKHCN'), doc('2618/QĐ-BKHCN', '2618', null, 'QĐ', 'BKHCN'))
  t.strictSame(parseDocumentNumber('71/NQ-CP'), doc('71/NQ-CP', '71', null, 'NQ', 'CP'))
  t.strictSame(parseDocumentNumber('12/2025/TTLT-BTC-BKHCN'), doc('12/2025/TTLT-BTC-BKHCN', '12', 2025, 'TTLT', 'BTC-BKHCN'), 'a joint circular has two issuers')
  t.strictSame(parseDocumentNumber('93/2025/QH15'), doc('93/2025/QH15', '93', 2025, 'QH', 'QH15'), 'a law of the 15th National Assembly')
  t.strictSame(parseDocumentNumber('1234/VPCP-KGVX'), doc('1234/VPCP-KGVX', '1234', null, 'CV', 'VPCP-KGVX'), 'an official letter names its issuer and unit, no kind')
})

t.test('the number is normalised, its letters kept as written', async (t) => {
  t.strictSame(parseDocumentNumber('  17 - TB / CQTTBCĐ '), doc('17-TB/CQTTBCĐ', '17', null, 'TB', 'CQTTBCĐ'))
  t.strictSame(parseDocumentNumber('1131 / QĐ - TTg'), doc('1131/QĐ-TTg', '1131', null, 'QĐ', 'TTg'))
  t.strictSame(parseDocumentNumber('21 /2026/ QĐ-TTg'), doc('21/2026/QĐ-TTg', '21', 2026, 'QĐ', 'TTg'))
  t.strictSame(parseDocumentNumber('17–TB/CQTTBCĐ'), doc('17-TB/CQTTBCĐ', '17', null, 'TB', 'CQTTBCĐ'), 'an en dash')
  t.strictSame(parseDocumentNumber('17-TB/CQTTBC\u00D0'), doc('17-TB/CQTTBCĐ', '17', null, 'TB', 'CQTTBCĐ'), 'the look-alike eth of PDFs')
  t.strictSame(parseDocumentNumber('1131/QĐ-TTg'.normalize('NFD')), doc('1131/QĐ-TTg', '1131', null, 'QĐ', 'TTg'), 'decomposed accents')
})

t.test('anything malformed is null', async (t) => {
  const malformed = ['', '   ', 'abc', '17/', 'TB-17', '17-TB', '-TB/X', '17-TB/', '17 3-TB/CQTTBCĐ', '1 131/QĐ-TTg', '17-T B/CQTTBCĐ',
    '1131/QĐ-', '1131/QĐ', '17-12/ABC', '29/12/2025', '21/26/QĐ-TTg', '17-TB/CQTTBCĐ ngày', 'số 17-TB/CQTTBCĐ', '17-TB/CQTTBCĐ.']
  for (const input of malformed) t.equal(parseDocumentNumber(input), null, JSON.stringify(input))
})

t.test('finding the documents a sentence cites', async (t) => {
  t.strictSame(findDocumentNumbers('theo Thông báo số 17-TB/CQTTBCĐ'), ['17-TB/CQTTBCĐ'])
  t.strictSame(findDocumentNumbers('(1) Chuyển đổi số thực hiện theo Kế hoạch số 02-KH/BCĐTW, Quy định số 05-QĐ/BCĐTW, Nghị quyết số 71/NQ-CP và các nhiệm vụ liên quan.'),
    ['02-KH/BCĐTW', '05-QĐ/BCĐTW', '71/NQ-CP'], '17-TB 4.a (1)')
  t.strictSame(findDocumentNumbers('- Tập trung triển khai ngay các nhiệm vụ, giải pháp đã được đồng chí Tổng Bí thư, Trưởng Ban chỉ đạo giao tại Thông báo số 17-TB/CQTTBCĐ, ngày 29/12/2025 và Chương trình công tác năm 2026 của Ban Chỉ đạo, nhất là các nhiệm vụ trong quý I/2026; đồng thời thực hiện chỉ đạo của lãnh đạo Ban Chỉ đạo tại các Công văn số 19995-CV/VPTW, ngày 09/01/2026, số 693-CV/VPTW, ngày 02/3/2026 để tháo gỡ các điểm nghẽn cốt lõi về khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số đã chỉ ra.'),
    ['17-TB/CQTTBCĐ', '19995-CV/VPTW', '693-CV/VPTW'], '20-TB 2.d, first bullet')
  t.strictSame(findDocumentNumbers('b) Các Bộ, cơ quan ngang bộ: (1) Chủ trì, phối hợp Bộ Tư pháp, Bộ Công an triển khai thực hiện hiệu quả, thực chất các nhiệm vụ quy định tại Nghị quyết số 66.7/2025/NQ-CP, trong đó, cần khẩn trương hoàn thành việc công bố, tái cấu trúc quy trình giải quyết TTHC, hoàn thành trong tháng 3/2026. (2) Đẩy nhanh việc ban hành hoặc trình cấp có thẩm quyền ban hành văn bản quy phạm pháp luật để cắt giảm, đơn giản hoá thủ tục hành chính dựa trên dữ liệu theo danh mục văn bản quy phạm pháp luật tại Phụ lục kèm theo Nghị quyết số 66.7/2025/NQ-CP, tuân thủ trình tự, thủ tục ban hành văn bản quy phạm pháp luật theo quy định của Luật Ban hành văn bản quy phạm pháp luật, bảo đảm có hiệu lực chậm nhất từ ngày 01/3/2027.'),
    ['66.7/2025/NQ-CP'], '20-TB 3.b: cited twice, listed once')
  t.strictSame(findDocumentNumbers('để thúc đẩy sở hữu công nghệ lõi (Thông báo số 05-TB/BCĐTW ngày 04/07/2025).]'), ['05-TB/BCĐTW'], '22-TB footnote 1')
  t.strictSame(findDocumentNumbers('(thay thế cho Thông tư số 03/2015/TT-BKHCN đã hết hiệu lực)'), ['03/2015/TT-BKHCN'], '17-TB 4.b')
  t.strictSame(findDocumentNumbers('theo quy định tại khoản 1 Điều 2 Quyết định số 69/QĐ-TTg, ngày 10/01/2025 của Thủ tướng Chính phủ'), ['69/QĐ-TTg'], '17-TB 5.d')
  t.strictSame(findDocumentNumbers('theo nhiệm vụ được giao tại Nghị định số 231/2025/NĐ-CP, ngày 26/8/2025. Hoàn thành trong tháng 4/2026.'), ['231/2025/NĐ-CP'], '20-TB 3.c')
  t.strictSame(findDocumentNumbers('Quyết định 1131/QĐ-TTg được thay bằng Quyết định 21/2026/QĐ-TTg; xem lại Thông báo 17-TB/CQTTBCĐ.'),
    ['1131/QĐ-TTg', '21/2026/QĐ-TTg', '17-TB/CQTTBCĐ'])
  t.strictSame(findDocumentNumbers('Hệ thống pakn.nq57.vn, mạng 5G, 100% cán bộ, tập đoàn/doanh nghiệp, điều chỉnh/hoàn thiện, giai đoạn 2026-2030, ngày 29/12/2025, mục (1), mô hình 3 Nhà'), [])
  t.strictSame(findDocumentNumbers(''), [])
})
