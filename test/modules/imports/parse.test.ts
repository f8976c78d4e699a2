import t from 'tap'
import { cleanLines, parseAppendix, splitItems, type ParsedNode } from '../../../src/modules/imports/parse.js'
import { hasDeadline } from '../../../src/modules/imports/fields.js'

const refs = (nodes: ParsedNode[]): string[] => nodes.flatMap((n) => [n.ref, ...refs(n.children)])

const NOISY = `Phụ lục
**NHIỆM VỤ, GIẢI PHÁP**
(Kèm theo Thông báo số 99-TB/CQTTBCĐ ngày 01/01/2026)
-----
[bookmark: _abc]1. Về chuyển đổi số

a) Bộ Công an chủ trì[footnoteRef:1], phối hợp với Bộ Tư pháp triển khai


hệ thống. Hoàn thành trong **quý I/2026**.
¹³ Chú thích cuối trang không phải nhiệm vụ.
[1: Một chú thích khác.]
b) Các địa phương: (1) Rà soát hạ tầng. (2) Tổ chức tập huấn. Hoàn thành trong tháng 6/2026.
- Bộ Y tế thực hiện việc A.
+ Nhóm 1: giải thích thêm.
- Bộ Xây dựng thực hiện việc B.
c) Ý kiến; đ) không phải một điểm
đ) Bộ Tài chính bảo đảm kinh phí.
`

t.test('noise never becomes a task and never reaches the content', async (t) => {
  const lines = cleanLines(NOISY)
  t.notOk(lines.some((l) => /Phụ lục|Kèm theo|bookmark|footnote|Chú thích|\*\*|^-----/.test(l)), lines.join('\n'))
  const tree = parseAppendix(NOISY, hasDeadline)
  t.same(refs(tree), ['1', '1.a', '1.b', '1.b.(1)', '1.b.(2)', '1.b.-1', '1.b.-2', '1.c', '1.đ'])
  const a = tree[0]?.children[0]
  t.equal(a?.content, 'Bộ Công an chủ trì, phối hợp với Bộ Tư pháp triển khai hệ thống. Hoàn thành trong quý I/2026.')
  t.equal(tree[0]?.children[1]?.children[2]?.content, 'Bộ Y tế thực hiện việc A. Nhóm 1: giải thích thêm.', 'an explanatory + bullet stays in its parent')
})

t.test('a closing deadline sentence governs every item of the list', async (t) => {
  const b = parseAppendix(NOISY, hasDeadline)[0]?.children[1]
  t.equal(b?.content, 'Các địa phương: Hoàn thành trong tháng 6/2026.')
  t.equal(b?.closing, 'Hoàn thành trong tháng 6/2026.')
  t.equal(b?.children[1]?.content, 'Tổ chức tập huấn.')
})

t.test('items split inline and only in sequence', async (t) => {
  t.same(splitItems('X: (1) Một. (2) Hai (3) Ba.'), { intro: 'X:', items: ['Một.', 'Hai', 'Ba.'] })
  t.same(splitItems('Có 3 địa phương (Hà Nội) và (2) Không.').items, [])
})

t.test('a numbering that restarts gets refs of its own, and says which ref it repeats', async (t) => {
  const tree = parseAppendix('1. Về thể chế\na) Bộ Tư pháp chủ trì.\nNhóm 2:\na) Bộ Công an chủ trì.\n- Bộ Y tế thực hiện.\n1. Về hạ tầng\n', hasDeadline)
  t.same(refs(tree), ['1', '1.a', '1.a~2', '1.a~2.-1', '1~2'])
  t.same([tree[0]?.children[1]?.repeats, tree[1]?.repeats, tree[0]?.children[0]?.repeats], ['1.a', '1', null])
})
