// Agencies after the 2025 restructuring: the Government's structure per Resolution 176/2025/QH15
// (14 ministries, 3 ministerial-level agencies) and the 34 provincial-level units per Resolution
// 202/2025/QH15. Aliases are the abbreviations the Standing Office's documents use.

import type { Selectable } from 'kysely'
import type { AgencyGroupTable, AgencyKind, AgencyTable } from '../src/db/schema.js'

/** An agency row with its parent by code. */
export type AgencySeed = Omit<Selectable<AgencyTable>, 'parentCode' | 'searchText'> & { parent: string | null }

/** A group row with its member agencies' codes. */
export type AgencyGroupSeed = Selectable<AgencyGroupTable> & { members: string[] }

function city (code: string, name: string, nameEn: string, extra: string[] = []): AgencySeed {
  return {
    code,
    nameVi: `Thành phố ${name}`,
    nameEn,
    kind: 'province',
    parent: null,
    aliases: [name, `TP. ${name}`, `UBND TP ${name}`, `UBND thành phố ${name}`, `Ủy ban nhân dân thành phố ${name}`, ...extra]
  }
}

function province (code: string, name: string, nameEn: string, extra: string[] = []): AgencySeed {
  return {
    code,
    nameVi: `Tỉnh ${name}`,
    nameEn,
    kind: 'province',
    parent: null,
    aliases: [name, `UBND tỉnh ${name}`, `Ủy ban nhân dân tỉnh ${name}`, ...extra]
  }
}

export const agencies: AgencySeed[] = [
  { code: 'CP', nameVi: 'Chính phủ', nameEn: 'Government', kind: 'government', parent: null, aliases: ['CP'] },
  { code: 'TTG', nameVi: 'Thủ tướng Chính phủ', nameEn: 'Prime Minister', kind: 'government', parent: 'CP', aliases: ['Thủ tướng', 'TTg'] },

  { code: 'BQP', nameVi: 'Bộ Quốc phòng', nameEn: 'Ministry of National Defence', kind: 'ministry', parent: 'CP', aliases: ['BQP', 'Bộ QP'] },
  { code: 'BCA', nameVi: 'Bộ Công an', nameEn: 'Ministry of Public Security', kind: 'ministry', parent: 'CP', aliases: ['BCA'] },
  { code: 'BNG', nameVi: 'Bộ Ngoại giao', nameEn: 'Ministry of Foreign Affairs', kind: 'ministry', parent: 'CP', aliases: ['BNG'] },
  { code: 'BNV', nameVi: 'Bộ Nội vụ', nameEn: 'Ministry of Home Affairs', kind: 'ministry', parent: 'CP', aliases: ['BNV'] },
  { code: 'BTP', nameVi: 'Bộ Tư pháp', nameEn: 'Ministry of Justice', kind: 'ministry', parent: 'CP', aliases: ['BTP'] },
  { code: 'BTC', nameVi: 'Bộ Tài chính', nameEn: 'Ministry of Finance', kind: 'ministry', parent: 'CP', aliases: ['BTC'] },
  { code: 'BCT', nameVi: 'Bộ Công Thương', nameEn: 'Ministry of Industry and Trade', kind: 'ministry', parent: 'CP', aliases: ['BCT', 'Bộ CT'] },
  { code: 'BNNMT', nameVi: 'Bộ Nông nghiệp và Môi trường', nameEn: 'Ministry of Agriculture and Environment', kind: 'ministry', parent: 'CP', aliases: ['Bộ NN&MT', 'Bộ NNMT', 'BNNMT'] },
  { code: 'BXD', nameVi: 'Bộ Xây dựng', nameEn: 'Ministry of Construction', kind: 'ministry', parent: 'CP', aliases: ['BXD'] },
  { code: 'BVHTTDL', nameVi: 'Bộ Văn hóa, Thể thao và Du lịch', nameEn: 'Ministry of Culture, Sports and Tourism', kind: 'ministry', parent: 'CP', aliases: ['Bộ VHTTDL', 'Bộ VH,TT&DL', 'BVHTTDL'] },
  { code: 'BKHCN', nameVi: 'Bộ Khoa học và Công nghệ', nameEn: 'Ministry of Science and Technology', kind: 'ministry', parent: 'CP', aliases: ['Bộ KH&CN', 'Bộ KH-CN', 'Bộ KHCN', 'BKHCN'] },
  { code: 'BGDDT', nameVi: 'Bộ Giáo dục và Đào tạo', nameEn: 'Ministry of Education and Training', kind: 'ministry', parent: 'CP', aliases: ['Bộ GD&ĐT', 'Bộ GDĐT', 'BGDĐT'] },
  { code: 'BYT', nameVi: 'Bộ Y tế', nameEn: 'Ministry of Health', kind: 'ministry', parent: 'CP', aliases: ['BYT'] },
  { code: 'BDTTG', nameVi: 'Bộ Dân tộc và Tôn giáo', nameEn: 'Ministry of Ethnic and Religious Affairs', kind: 'ministry', parent: 'CP', aliases: ['Bộ DT&TG', 'BDTTG'] },

  { code: 'VPCP', nameVi: 'Văn phòng Chính phủ', nameEn: 'Government Office', kind: 'ministerial_agency', parent: 'CP', aliases: ['VPCP'] },
  { code: 'TTCP', nameVi: 'Thanh tra Chính phủ', nameEn: 'Government Inspectorate', kind: 'ministerial_agency', parent: 'CP', aliases: ['TTCP'] },
  { code: 'NHNN', nameVi: 'Ngân hàng Nhà nước Việt Nam', nameEn: 'State Bank of Vietnam', kind: 'ministerial_agency', parent: 'CP', aliases: ['Ngân hàng Nhà nước', 'NHNN'] },

  { code: 'BCY', nameVi: 'Ban Cơ yếu Chính phủ', nameEn: 'Government Cipher Committee', kind: 'government_agency', parent: 'BQP', aliases: ['Ban Cơ yếu', 'BCY'] },
  { code: 'BHXH', nameVi: 'Bảo hiểm xã hội Việt Nam', nameEn: 'Vietnam Social Security', kind: 'government_agency', parent: 'BTC', aliases: ['BHXH Việt Nam', 'BHXH VN', 'BHXH'] },

  { code: 'VPTW', nameVi: 'Văn phòng Trung ương Đảng', nameEn: 'Central Party Office', kind: 'party_body', parent: null, aliases: ['Văn phòng Trung ương', 'Văn phòng TW', 'VPTW'] },
  { code: 'BTGDVTW', nameVi: 'Ban Tuyên giáo và Dân vận Trung ương', nameEn: 'Central Propaganda and Mass Mobilization Commission', kind: 'party_body', parent: null, aliases: ['Ban Tuyên giáo và Dân vận TW', 'BTGDVTW'] },
  { code: 'BTCTW', nameVi: 'Ban Tổ chức Trung ương', nameEn: 'Central Organization Commission', kind: 'party_body', parent: null, aliases: ['Ban Tổ chức TW', 'BTCTW'] },
  { code: 'BCSCLTW', nameVi: 'Ban Chính sách, chiến lược Trung ương', nameEn: 'Central Policy and Strategy Commission', kind: 'party_body', parent: null, aliases: ['Ban Chính sách, chiến lược TW', 'BCSCLTW'] },
  { code: 'BNCTW', nameVi: 'Ban Nội chính Trung ương', nameEn: 'Central Internal Affairs Commission', kind: 'party_body', parent: null, aliases: ['Ban Nội chính TW', 'BNCTW'] },
  { code: 'UBKTTW', nameVi: 'Ủy ban Kiểm tra Trung ương', nameEn: 'Central Inspection Commission', kind: 'party_body', parent: null, aliases: ['Ủy ban Kiểm tra TW', 'UBKTTW'] },
  { code: 'DUCP', nameVi: 'Đảng ủy Chính phủ', nameEn: 'Government Party Committee', kind: 'party_body', parent: null, aliases: [] },
  { code: 'DUQH', nameVi: 'Đảng ủy Quốc hội', nameEn: 'National Assembly Party Committee', kind: 'party_body', parent: null, aliases: [] },
  { code: 'DUMTTQ', nameVi: 'Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương', nameEn: 'Party Committee of the Vietnam Fatherland Front and Central Mass Organizations', kind: 'party_body', parent: null, aliases: ['Đảng ủy Mặt trận Tổ quốc', 'Đảng ủy MTTQ, các đoàn thể Trung ương', 'Đảng ủy MTTQ'] },
  { code: 'DUCCQDTW', nameVi: 'Đảng ủy các cơ quan Đảng Trung ương', nameEn: 'Party Committee of Central Party Agencies', kind: 'party_body', parent: null, aliases: ['Đảng ủy các cơ quan Đảng TW'] },
  { code: 'DUCATW', nameVi: 'Đảng ủy Công an Trung ương', nameEn: 'Central Public Security Party Committee', kind: 'party_body', parent: null, aliases: ['Đảng ủy Công an TW'] },
  { code: 'QUTW', nameVi: 'Quân ủy Trung ương', nameEn: 'Central Military Commission', kind: 'party_body', parent: null, aliases: ['Quân ủy TW', 'QUTW'] },

  { code: 'BCDTW', nameVi: 'Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số', nameEn: 'Central Steering Committee for Science, Technology, Innovation and Digital Transformation', kind: 'committee_body', parent: null, aliases: ['Ban Chỉ đạo', 'BCĐ', 'BCĐTW', 'Ban Chỉ đạo Trung ương'] },
  { code: 'TTBCD', nameVi: 'Thường trực Ban Chỉ đạo', nameEn: 'Standing Board of the Steering Committee', kind: 'committee_body', parent: 'BCDTW', aliases: ['Thường trực Ban Chỉ đạo Trung ương', 'Thường trực BCĐ'] },
  { code: 'CQTTBCD', nameVi: 'Cơ quan Thường trực Ban Chỉ đạo', nameEn: 'Standing Office of the Steering Committee', kind: 'committee_body', parent: 'BCDTW', aliases: ['CQTTBCĐ', 'Cơ quan Thường trực', 'Cơ quan Thường trực Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số', 'Văn phòng Trung ương Đảng - Cơ quan Thường trực Ban Chỉ đạo'] },
  { code: 'TGVBCD', nameVi: 'Tổ Giúp việc Ban Chỉ đạo', nameEn: 'Support Group of the Steering Committee', kind: 'committee_body', parent: 'BCDTW', aliases: ['Tổ Giúp việc', 'TGV', 'Tổ Giúp việc Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số', 'Thường trực Tổ Giúp việc Ban Chỉ đạo', 'Thường trực Tổ Giúp việc Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số'] },
  { code: 'HDTVQG', nameVi: 'Hội đồng Tư vấn quốc gia', nameEn: 'National Advisory Council', kind: 'committee_body', parent: 'BCDTW', aliases: [] },

  { code: 'QH', nameVi: 'Quốc hội', nameEn: 'National Assembly', kind: 'other', parent: null, aliases: ['QH'] },
  { code: 'UBMTTQ', nameVi: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', nameEn: 'Central Committee of the Vietnam Fatherland Front', kind: 'other', parent: null, aliases: ['Ủy ban Mặt trận Tổ quốc Việt Nam', 'Mặt trận Tổ quốc Việt Nam', 'MTTQ Việt Nam'] },
  { code: 'TANDTC', nameVi: 'Tòa án nhân dân tối cao', nameEn: 'Supreme People\'s Court', kind: 'other', parent: null, aliases: ['TANDTC'] },
  { code: 'VKSNDTC', nameVi: 'Viện kiểm sát nhân dân tối cao', nameEn: 'Supreme People\'s Procuracy', kind: 'other', parent: null, aliases: ['VKSNDTC'] },
  { code: 'KTNN', nameVi: 'Kiểm toán nhà nước', nameEn: 'State Audit Office of Vietnam', kind: 'other', parent: null, aliases: ['KTNN'] },
  { code: 'TCT-CNCL', nameVi: 'Tổ Công tác của Chính phủ về phát triển công nghệ chiến lược', nameEn: 'Government Working Group on Strategic Technology Development', kind: 'other', parent: 'CP', aliases: ['Tổ Công tác của Chính phủ về phát triển CNCL'] },
  { code: 'TCTLN', nameVi: 'Tổ công tác liên ngành hỗ trợ doanh nghiệp Việt Nam tìm kiếm, đàm phán và mua lại các công ty công nghệ nước ngoài', nameEn: 'Interagency Working Group supporting Vietnamese enterprises in acquiring foreign technology companies', kind: 'other', parent: null, aliases: ['Tổ công tác liên ngành'] },

  province('AN-GIANG', 'An Giang', 'An Giang Province'),
  province('BAC-NINH', 'Bắc Ninh', 'Bac Ninh Province'),
  province('CA-MAU', 'Cà Mau', 'Ca Mau Province'),
  province('CAO-BANG', 'Cao Bằng', 'Cao Bang Province'),
  city('CAN-THO', 'Cần Thơ', 'Can Tho City'),
  city('DA-NANG', 'Đà Nẵng', 'Da Nang City'),
  province('DAK-LAK', 'Đắk Lắk', 'Dak Lak Province', ['Đăk Lăk']),
  province('DIEN-BIEN', 'Điện Biên', 'Dien Bien Province'),
  province('DONG-NAI', 'Đồng Nai', 'Dong Nai Province'),
  province('DONG-THAP', 'Đồng Tháp', 'Dong Thap Province'),
  province('GIA-LAI', 'Gia Lai', 'Gia Lai Province'),
  city('HA-NOI', 'Hà Nội', 'Hanoi'),
  province('HA-TINH', 'Hà Tĩnh', 'Ha Tinh Province'),
  city('HAI-PHONG', 'Hải Phòng', 'Hai Phong City'),
  city('HO-CHI-MINH', 'Hồ Chí Minh', 'Ho Chi Minh City', ['TP.HCM', 'TPHCM', 'UBND TP.HCM']),
  city('HUE', 'Huế', 'Hue City', ['Thừa Thiên Huế']),
  province('HUNG-YEN', 'Hưng Yên', 'Hung Yen Province'),
  province('KHANH-HOA', 'Khánh Hòa', 'Khanh Hoa Province', ['Khánh Hoà']),
  province('LAI-CHAU', 'Lai Châu', 'Lai Chau Province'),
  province('LANG-SON', 'Lạng Sơn', 'Lang Son Province'),
  province('LAO-CAI', 'Lào Cai', 'Lao Cai Province'),
  province('LAM-DONG', 'Lâm Đồng', 'Lam Dong Province'),
  province('NGHE-AN', 'Nghệ An', 'Nghe An Province'),
  province('NINH-BINH', 'Ninh Bình', 'Ninh Binh Province'),
  province('PHU-THO', 'Phú Thọ', 'Phu Tho Province'),
  province('QUANG-NGAI', 'Quảng Ngãi', 'Quang Ngai Province'),
  province('QUANG-NINH', 'Quảng Ninh', 'Quang Ninh Province'),
  province('QUANG-TRI', 'Quảng Trị', 'Quang Tri Province'),
  province('SON-LA', 'Sơn La', 'Son La Province'),
  province('TAY-NINH', 'Tây Ninh', 'Tay Ninh Province'),
  province('THAI-NGUYEN', 'Thái Nguyên', 'Thai Nguyen Province'),
  province('THANH-HOA', 'Thanh Hóa', 'Thanh Hoa Province', ['Thanh Hoá']),
  province('TUYEN-QUANG', 'Tuyên Quang', 'Tuyen Quang Province'),
  province('VINH-LONG', 'Vĩnh Long', 'Vinh Long Province')
]

function codesOf (...kinds: AgencyKind[]): string[] {
  return agencies.filter((agency) => kinds.includes(agency.kind)).map((agency) => agency.code)
}

export const agencyGroups: AgencyGroupSeed[] = [
  {
    code: 'MINISTRIES',
    nameVi: 'Các bộ, cơ quan ngang bộ',
    nameEn: 'Ministries and ministerial-level agencies',
    aliases: ['các bộ, ngành', 'các bộ, cơ quan ngang bộ', 'các bộ', 'các bộ, cơ quan', 'bộ, ngành'],
    members: codesOf('ministry', 'ministerial_agency')
  },
  {
    code: 'PROVINCES',
    nameVi: 'Các tỉnh, thành phố trực thuộc Trung ương',
    nameEn: 'Provinces and centrally-run cities',
    aliases: ['các địa phương', 'các tỉnh, thành phố', 'địa phương', 'UBND các tỉnh, thành phố'],
    members: codesOf('province')
  },
  {
    code: 'CENTRAL_AND_LOCAL',
    nameVi: 'Các cơ quan Trung ương và địa phương',
    nameEn: 'Central and local agencies',
    aliases: ['các bộ, ngành, địa phương', 'các cơ quan Trung ương và địa phương', 'các cơ quan, địa phương', 'các bộ, ngành, địa phương, cơ quan Trung ương', 'các bộ, cơ quan, địa phương', 'các bộ, cơ quan Trung ương và địa phương'],
    members: codesOf('ministry', 'ministerial_agency', 'government_agency', 'party_body', 'province')
  },
  {
    code: 'PARTY_BODIES',
    nameVi: 'Các Đảng ủy trực thuộc Trung ương',
    nameEn: 'Party committees directly under the Central Committee',
    aliases: ['các Đảng ủy ở Trung ương', 'các Đảng ủy Trung ương'],
    members: ['DUCP', 'DUQH', 'DUCCQDTW', 'DUMTTQ', 'DUCATW', 'QUTW']
  }
]
