import t from 'tap'
import { findDeadline, isRealDate, lastDayOfMonth, readDeadline, type DeadlineKind, type DeadlineReading } from '../../../src/modules/tasks/deadline.js'

const due = (kind: DeadlineKind, dueOn: string | null, text: string, more: Partial<DeadlineReading> = {}): DeadlineReading =>
  ({ deadline: { kind, dueOn, text }, recurrence: null, warnings: [], ...more })
const none = (more: Partial<DeadlineReading> = {}): DeadlineReading => ({ deadline: null, recurrence: null, warnings: [], ...more })
const unreadable = (text: string, warning: string): DeadlineReading => due('none', null, text, { warnings: [warning] })

interface SourceCase { notice: string, where: string, text: string, expected: DeadlineReading }

// Every passage of the three notices (17-TB, 20-TB, 22-TB/CQTTBCĐ) that mentions a deadline, a date, a year or a
// recurrence, copied as printed with the PDF line breaks joined. Passages with several items are also read whole.
const SOURCE_CASES: SourceCase[] = [
  {
    notice: '17-TB/CQTTBCĐ', where: 'heading',
    text: 'NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM NĂM 2026 (Kèm theo Thông báo số 17-TB/CQTTBCĐ ngày 29/12/2025 của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số)',
    expected: none()
  },
  {
    notice: '17-TB/CQTTBCĐ', where: '1.b (1)',
    text: '(1) Xây dựng chỉ số đánh giá và cơ chế xếp hạng các cơ quan, đơn vị, bộ, ngành, địa phương về việc triển khai các nội dung liên quan đến KHCN, ĐMST, CĐS trên Hệ thống theodoinq.dcs.vn để tạo động lực thúc đẩy; công khai thông tin theo quy định để xã hội và người dân, doanh nghiệp giám sát; hoàn thành trong quý I/2026.',
    expected: due('quarter', '2026-03-31', 'hoàn thành trong quý I/2026')
  },
  {
    notice: '17-TB/CQTTBCĐ', where: '1.c (1)',
    text: '(1) Xây dựng Kế hoạch thực hiện Nghị quyết số 57-NQ/TW năm 2026, trong đó căn cứ điều kiện và yêu cầu thực tiễn của cơ quan, địa phương mình để đề xuất các nội dung về chuyển đổi số và khoa học, công nghệ, đổi mới sáng tạo, kế hoạch cần bám sát thực tiễn, bảo đảm rõ người, rõ việc, rõ trách nhiệm, rõ thời hạn, rõ kết quả, làm cơ sở đề xuất kinh phí triển khai, tránh hình thức (Hoàn thành trước ngày 10/01/2026).',
    expected: due('date', '2026-01-10', 'Hoàn thành trước ngày 10/01/2026')
  },
  {
    notice: '17-TB/CQTTBCĐ', where: '1.đ',
    text: 'đ) Văn phòng Trung ương Đảng chủ trì, phối hợp với các cơ quan xây dựng Chương trình công tác 2026 của Ban Chỉ đạo, trong đó làm rõ các nội dung đột phá về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trong các ngành, lĩnh vực, tạo cơ sở thúc đẩy tăng trưởng kinh tế 2 con số.',
    expected: none()
  },
  {
    notice: '17-TB/CQTTBCĐ', where: '2.a',
    text: 'a) Các bộ, cơ quan chủ trì xây dựng các văn bản pháp luật tiếp tục rà soát, ban hành hoặc trình cấp có thẩm quyền ban hành các văn bản hướng dẫn thi hành các Luật đã được Quốc hội thông qua trong năm 2025 bảo đảm văn bản có hiệu lực thi hành đồng bộ với các luật, không để tồn đọng, hoàn thành chậm nhất trong quý I/2026.',
    expected: due('quarter', '2026-03-31', 'hoàn thành chậm nhất trong quý I/2026')
  },
  {
    notice: '17-TB/CQTTBCĐ', where: '3.a',
    text: 'a) Bộ Khoa học và Công nghệ chủ trì, phối hợp với các Bộ: Nội vụ, Giáo dục và Đào tạo, Ngoại giao tiếp tục rà soát, hoàn thiện cơ chế, chính sách thu hút, trọng dụng nhân lực, nhân tài, chuyên gia, nhà khoa học, nhân lực công nghệ cao trong và ngoài nước. Hoàn thành trong quý I/2026.',
    expected: due('quarter', '2026-03-31', 'Hoàn thành trong quý I/2026')
  },
  {
    notice: '17-TB/CQTTBCĐ', where: '4.a (1)',
    text: '(1) Chuyển đổi số thực hiện theo Kế hoạch số 02-KH/BCĐTW, Quy định số 05-QĐ/BCĐTW, Nghị quyết số 71/NQ-CP và các nhiệm vụ liên quan.',
    expected: none()
  },
  {
    notice: '17-TB/CQTTBCĐ', where: '4.a (3)',
    text: '(3) Hướng dẫn các bộ, ngành, địa phương đề xuất nhiệm vụ, kinh phí cho KHCN, ĐMST, CĐS trong năm 2026 và các năm tiếp theo.',
    expected: none()
  },
  {
    notice: '17-TB/CQTTBCĐ', where: '4.b',
    text: 'b) Bộ Khoa học và Công nghệ chủ trì, phối hợp với các cơ quan liên quan xây dựng, ban hành Thông tư ban hành điều lệ mẫu về tổ chức và hoạt động của Quỹ phát triển khoa học, công nghệ và đổi mới sáng tạo của bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, tỉnh, thành phố trực thuộc Trung ương (thay thế cho Thông tư số 03/2015/TT-BKHCN đã hết hiệu lực) để các đơn vị, tổ chức có liên quan thống nhất thực hiện.',
    expected: none()
  },
  {
    notice: '17-TB/CQTTBCĐ', where: '4.d',
    text: 'd) Về theo dõi thông tin, số liệu phân bổ, giải ngân, hiệu quả đầu tư cho KHCN, ĐMST, CĐS: (1) Bộ Khoa học và Công nghệ chủ trì, phối hợp với các cơ quan triển khai hiệu quả việc đăng ký, xét duyệt, thẩm định, phân bổ kinh phí và theo dõi hiệu quả, tác động sau nghiệm thu đối với các nhiệm vụ về KHCN, ĐMST, CĐS toàn trình trên môi trường điện tử; phối hợp với Văn phòng Trung ương Đảng để tích hợp các thông tin, số liệu này về Hệ thống theodoinq.dcs.vn để phục vụ công tác chỉ đạo, điều hành và bảo đảm minh bạch, chất lượng, hiệu quả. (2) Bộ Tài chính chủ trì, phối hợp với Văn phòng Trung ương Đảng tích hợp thông tin, số liệu về tình hình giải ngân vốn ngân sách nhà nước cho KHCN, ĐMST, CĐS với Hệ thống theodoinq.dcs.vn. Các cơ quan thống nhất, hoàn thành tích hợp trong quý I/2026 và cập nhật thường xuyên, liên tục.',
    expected: due('quarter', '2026-03-31', 'hoàn thành tích hợp trong quý I/2026')
  },
  {
    notice: '17-TB/CQTTBCĐ', where: '5.a, third bullet',
    text: '- Các địa phương chủ động rà soát: (1) Nâng cấp đường truyền Internet, bảo đảm ổn định, đặc biệt tại các địa bàn vùng sâu, vùng biên giới, hải đảo. (2) Bố trí kinh phí để nâng cấp, thay thế hoặc bổ sung trang thiết bị CNTT đã xuống cấp. (3) Khắc phục triệt để tình trạng còn lỗi của các hệ thống thông tin. (4) Phối hợp với Ban Cơ yếu Chính phủ cấp đầy đủ chứng thư số cho lãnh đạo và cán bộ chuyên môn của 4 khối cơ quan Đảng, Hội đồng nhân dân, Ủy ban nhân dân, Ủy ban Mặt trận Tổ quốc. (5) Bố trí cán bộ chuyên trách CNTT tại xã, phường phù hợp. (6) Tổ chức tập huấn kỹ năng số cho cán bộ, người dân và phát huy vai trò Tổ công nghệ số cộng đồng. Hoàn thành trong quý II/2026.',
    expected: due('quarter', '2026-06-30', 'Hoàn thành trong quý II/2026')
  },
  {
    notice: '17-TB/CQTTBCĐ', where: '5.b, second bullet, (1)',
    text: '(1) Tiếp tục rà soát các TTHC thuộc phạm vi quản lý nhà nước của mình có thành phần hồ sơ có thể thay thế bằng dữ liệu, chủ động thực hiện việc thay thế theo thẩm quyền; trường hợp vượt thẩm quyền, kịp thời báo cáo cấp có thẩm quyền xem xét, quyết định, nhiệm vụ thường xuyên.',
    expected: due('none', null, 'nhiệm vụ thường xuyên')
  },
  {
    notice: '17-TB/CQTTBCĐ', where: '5.b, second bullet, (2)',
    text: '(2) Rà soát các thành phần hồ sơ giấy, nghiên cứu đề xuất cấp có thẩm quyền việc phát triển, hoàn thiện các trường thông tin trên các CSDL hiện có hoặc xây dựng, bổ sung các CSDL thực sự cần thiết để đáp ứng yêu cầu quản lý nhà nước và mục tiêu thay thế thông tin trong thành phần hồ sơ giấy bằng dữ liệu, hoàn thành rà soát, đề xuất trong quý I/2026.',
    expected: due('quarter', '2026-03-31', 'hoàn thành rà soát, đề xuất trong quý I/2026')
  },
  {
    notice: '17-TB/CQTTBCĐ', where: '5.b, second bullet as a whole',
    text: '- Các bộ, ngành chủ trì, phối hợp với Bộ Tư pháp, Bộ Công an, Văn phòng Chính phủ: (1) Tiếp tục rà soát các TTHC thuộc phạm vi quản lý nhà nước của mình có thành phần hồ sơ có thể thay thế bằng dữ liệu, chủ động thực hiện việc thay thế theo thẩm quyền; trường hợp vượt thẩm quyền, kịp thời báo cáo cấp có thẩm quyền xem xét, quyết định, nhiệm vụ thường xuyên. (2) Rà soát các thành phần hồ sơ giấy, nghiên cứu đề xuất cấp có thẩm quyền việc phát triển, hoàn thiện các trường thông tin trên các CSDL hiện có hoặc xây dựng, bổ sung các CSDL thực sự cần thiết để đáp ứng yêu cầu quản lý nhà nước và mục tiêu thay thế thông tin trong thành phần hồ sơ giấy bằng dữ liệu, hoàn thành rà soát, đề xuất trong quý I/2026.',
    expected: due('quarter', '2026-03-31', 'hoàn thành rà soát, đề xuất trong quý I/2026', { warnings: ['also mentions "nhiệm vụ thường xuyên"; "hoàn thành rà soát, đề xuất trong quý I/2026" is taken as the deadline'] })
  },
  {
    notice: '17-TB/CQTTBCĐ', where: '5.b, third bullet',
    text: '- Các bộ, cơ quan ngang bộ chủ trì, phối hợp với Bộ Công an, Bộ Tư pháp, Bộ Khoa học và Công nghệ tập trung xây dựng và đưa vào vận hành các Hệ thống thông tin giải quyết thủ tục hành chính đáp ứng yêu cầu cung cấp dịch vụ công trực tuyến theo mô hình tập trung đã thống nhất. Hoàn thành chậm nhất trong tháng 3/2026.',
    expected: due('month', '2026-03-31', 'Hoàn thành chậm nhất trong tháng 3/2026')
  },
  {
    notice: '17-TB/CQTTBCĐ', where: '5.c, first bullet',
    text: '- Các bộ, cơ quan Trung ương và địa phương khẩn trương rà soát các hệ thống thông tin, phần mềm, ứng dụng thuộc phạm vi quản lý bảo đảm giải quyết dứt điểm những vấn đề tồn tại, vướng mắc để thông suốt, đáp ứng yêu cầu người dùng. Hoàn thành trong tháng 3/2026.',
    expected: due('month', '2026-03-31', 'Hoàn thành trong tháng 3/2026')
  },
  {
    notice: '17-TB/CQTTBCĐ', where: '5.c, second bullet, (1)',
    text: '(1) Xây dựng và đưa vào vận hành Hệ thống điều phối giải quyết thủ tục hành chính là một cấu phần của Cổng Dịch vụ công quốc gia, hoàn thành chậm nhất ngày 01/3/2026.',
    expected: due('date', '2026-03-01', 'hoàn thành chậm nhất ngày 01/3/2026')
  },
  {
    notice: '17-TB/CQTTBCĐ', where: '5.c, second bullet, (2)',
    text: '(2) Triển khai ứng dụng VNeID trở thành nền tảng số quốc gia, là trung tâm kết nối giữa người dân với Nhà nước, người dân với doanh nghiệp và người dân với người dân, hoàn thành trong năm 2026.',
    expected: due('year', '2026-12-31', 'hoàn thành trong năm 2026')
  },
  {
    notice: '17-TB/CQTTBCĐ', where: '5.c, second bullet as a whole',
    text: '- Bộ Công an: (1) Xây dựng và đưa vào vận hành Hệ thống điều phối giải quyết thủ tục hành chính là một cấu phần của Cổng Dịch vụ công quốc gia, hoàn thành chậm nhất ngày 01/3/2026. (2) Triển khai ứng dụng VNeID trở thành nền tảng số quốc gia, là trung tâm kết nối giữa người dân với Nhà nước, người dân với doanh nghiệp và người dân với người dân, hoàn thành trong năm 2026.',
    expected: due('date', '2026-03-01', 'hoàn thành chậm nhất ngày 01/3/2026', { warnings: ['also mentions "hoàn thành trong năm 2026"; "hoàn thành chậm nhất ngày 01/3/2026" is taken as the deadline'] })
  },
  {
    notice: '17-TB/CQTTBCĐ', where: '5.d, first bullet',
    text: '- Các bộ, cơ quan chủ quản các CSDL quốc gia, chuyên ngành chủ trì, phối hợp với chặt chẽ với Bộ Công an và các cơ quan liên quan đẩy nhanh tiến độ xây dựng CSDL quốc gia, chuyên ngành để tạo lập, kết nối chia sẻ dữ liệu phục vụ giải quyết TTHC, DVCTT và phát triển kinh tế - xã hội, hoàn thành dứt điểm trong năm 2026. Trong đó, xây dựng lộ trình triển khai, phân loại rõ các CSDL phục vụ nghiệp vụ chuyên ngành, giải quyết TTHC và phục vụ tổng hợp, thống kê; xác định dữ liệu chủ, dữ liệu gốc, dữ liệu tham chiếu và xây dựng từ điển dữ liệu theo ngành, lĩnh vực đảm bảo đồng bộ, thống nhất, tránh trùng lặp, lãng phí; hoàn thành trong quý I/2026.',
    expected: due('year', '2026-12-31', 'hoàn thành dứt điểm trong năm 2026', { warnings: ['also mentions "hoàn thành trong quý I/2026"; "hoàn thành dứt điểm trong năm 2026" is taken as the deadline'] })
  },
  {
    notice: '17-TB/CQTTBCĐ', where: '5.d, second bullet',
    text: '- Các bộ, cơ quan chủ quản CSDL đã có dữ liệu bảo đảm đủ điều kiện khai thác, sử dụng trên thực tế phải có trách nhiệm cập nhật kịp thời, đầy đủ thông tin và công bố phạm vi thông tin trong CSDL được khai thác, sử dụng để thay thế giấy tờ trong thành phần hồ sơ thủ tục hành chính, hoàn thành trước 31/12/2025; tiếp tục thực hiện công bố phạm vi thông tin được khai thác, sử dụng dựa trên mức độ sẵn có của dữ liệu.',
    expected: due('date', '2025-12-31', 'hoàn thành trước 31/12/2025')
  },
  {
    notice: '17-TB/CQTTBCĐ', where: '5.d, third bullet',
    text: '- Bộ Công an chủ trì theo dõi, đôn đốc sát sao, kiểm tra việc xây dựng, công bố các CSDL, bảo đảm kết nối, khai thác, sử dụng theo đúng quy định; theo dõi, đánh giá tình hình sử dụng CSDL để phục vụ giải quyết TTHC theo quy định tại Nghị quyết số 66.7/2025/NQ-CP, ngày 15/11/2025 của Chính phủ.',
    expected: none()
  },
  {
    notice: '17-TB/CQTTBCĐ', where: '5.d, fourth bullet',
    text: '- Bộ Y tế chủ trì, phối hợp với Bộ Công an đôn đốc các cơ sở khám chữa bệnh, Hội đồng giám định y khoa kết nối, chia sẻ dữ liệu theo quy định tại khoản 1 Điều 2 Quyết định số 69/QĐ-TTg, ngày 10/01/2025 của Thủ tướng Chính phủ lên Cổng tiếp nhận dữ liệu Hệ thống thông tin Giám định bảo hiểm y tế của BHXH Việt Nam, trong đó, yêu cầu tất cả các dữ liệu được chia sẻ phải được ký số theo quy định nhằm tạo thuận lợi cho người dân khi thực hiện các DVC trực tuyến.',
    expected: none()
  },
  {
    notice: '17-TB/CQTTBCĐ', where: '5.đ',
    text: 'đ) Về an toàn thông tin, an ninh mạng, bảo mật dữ liệu: Bộ Công an, Bộ Quốc phòng và các cơ quan liên quan theo chức năng, nhiệm vụ được giao tập trung hoàn thiện khung pháp lý, nâng cấp năng lực phòng thủ, tổ chức diễn tập và rà soát vá lỗ hổng các hệ thống nền tảng quốc gia, bộ, ngành, địa phương, nhất là các nhiệm vụ, giải pháp đã được Ban Chỉ đạo giao tại Thông báo kết luận số 06-TB/CQTTBCĐ, ngày 27/9/2025.',
    expected: none()
  },
  {
    notice: '17-TB/CQTTBCĐ', where: '5.e',
    text: 'e) Chính phủ chỉ đạo thúc đẩy mạnh mẽ việc thực hiện chuyển đổi số toàn diện trên các lĩnh vực: Chính phủ số, kinh tế số, xã hội số. Trong đó, ưu tiên chuyển đổi số trong khu vực doanh nghiệp, nhất là các ngành kinh tế, công nghiệp trọng điểm, ví dụ như: công nghiệp năng lượng, công nghiệp chế biến lương thực - thực phẩm, công nghiệp dệt - may, da giầy, túi xách, công nghiệp hóa chất - phân bón - cao su, công nghiệp vật liệu xây dựng, công nghiệp cơ khí - điện tử, mỹ phẩm, nội thất, nông nghiệp thông minh,… thương mại điện tử... Báo cáo Ban Chỉ đạo trong tháng 01/2026.',
    expected: due('month', '2026-01-31', 'Báo cáo Ban Chỉ đạo trong tháng 01/2026')
  },
  {
    notice: '17-TB/CQTTBCĐ', where: '6.b',
    text: 'b) Bộ Tài chính chủ trì, phối hợp với Bộ Giáo dục và Đào tại và các cơ quan liên quan xây dựng, trình cấp có thẩm quyền ban hành văn bản hướng dẫn việc thành lập doanh nghiệp từ đại học, viện nghiên cứu. Hoàn thành trong tháng 3/2026.',
    expected: due('month', '2026-03-31', 'Hoàn thành trong tháng 3/2026')
  },
  {
    notice: '17-TB/CQTTBCĐ', where: '6.e',
    text: 'e) Bộ Khoa học và Công nghệ, Bộ Tài chính, Bộ Giáo dục và Đào tạo, Bộ Công Thương theo chức năng, nhiệm vụ: (1) Nghiên cứu có chính sách ưu đãi để khuyến khích doanh nghiệp trích lập, kê khai chi tiêu cho nghiên cứu phát triển KHCN, ĐMST, CĐS. (2) Có quy định về tỉ lệ nội địa hóa để các tập đoàn FDI lớn chuyển giao công nghệ. (3) Có chính sách vượt trội để thu hút nhân lực chất lượng cao trong nước và quốc tế làm việc trong các ngành công nghệ chiến lược. (4) Rà soát, đánh giá thực chất việc cấp Giấy chứng nhận doanh nghiệp KHCN để có cái nhìn tổng quan về các doanh nghiệp KHCN, ĐMST, CĐS nói chung. Hoàn thành trong quý I/2026.',
    expected: due('quarter', '2026-03-31', 'Hoàn thành trong quý I/2026')
  },
  {
    notice: '17-TB/CQTTBCĐ', where: '6.i',
    text: 'i) Bộ Khoa học và Công nghệ rà soát lĩnh vực tiêu chuẩn, đo lường, chất lượng để nghiên cứu đề xuất cấp có thẩm quyền phương án bảo đảm: (1) Phát triển đồng bộ lĩnh vực tiêu chuẩn, đo lường, chất lượng quốc gia theo thông lệ quốc tế, tách biệt rõ vai trò quản lý chuẩn đo lường quốc gia với vai trò công nhận năng lực tổ chức giám định, đảm bảo tính độc lập, khách quan và minh bạch. (2) Đầu tư có trọng tâm cho các năng lực cốt lõi về đo lường, tiêu chuẩn và công nhận, tạo nền tảng thúc đẩy sự thừa nhận lẫn nhau và nâng cao mức độ chấp nhận quốc tế của các chứng chỉ chất lượng Việt Nam. Báo cáo Ban Chỉ đạo kết quả rà soát trong quý I/2026.',
    expected: due('quarter', '2026-03-31', 'Báo cáo Ban Chỉ đạo kết quả rà soát trong quý I/2026')
  },
  {
    notice: '17-TB/CQTTBCĐ', where: '7.b (1)',
    text: '(1) Triển khai thực hiện Kế hoạch hành động triển khai công tác ngoại giao khoa học công nghệ đến năm 2030 và thúc đẩy triển khai các nhiệm vụ của Chiến lược hợp tác quốc tế về các công nghệ chiến lược.',
    expected: none()
  },
  {
    notice: '20-TB/CQTTBCĐ', where: 'heading',
    text: '(Kèm theo Thông báo số 20-TB/CQTTBCĐ, ngày 16/3/2026 của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số)',
    expected: none()
  },
  {
    notice: '20-TB/CQTTBCĐ', where: '1.',
    text: 'Văn phòng Trung ương Đảng - Cơ quan Thường trực Ban Chỉ đạo tham mưu cấp có thẩm quyền: (1) Kiện toàn, bổ sung và phân công lại thành viên Ban Chỉ đạo, bảo đảm cơ cấu hợp lý, phân định rõ trách nhiệm, tăng cường hiệu quả phối hợp liên ngành. (2) Kiện toàn Tổ giúp việc Ban Chỉ đạo, phân định rõ chức năng, nhiệm vụ, nhằm hỗ trợ hiệu quả cho công tác tham mưu, điều phối và hoạt động chỉ đạo, điều hành của Ban Chỉ đạo. (3) Kiện toàn Hội đồng Tư vấn quốc gia để hoạt động hiệu quả, phát huy vai trò, trí tuệ của các thành viên trong tư vấn, đề xuất những chủ trương, chính sách, giải pháp đột phá chiến lược. Hoàn thành trong tháng 4/2026.',
    expected: due('month', '2026-04-30', 'Hoàn thành trong tháng 4/2026')
  },
  {
    notice: '20-TB/CQTTBCĐ', where: '2.b',
    text: 'b) Ban Tuyên giáo và Dân vận Trung ương chỉ đạo, định hướng các cơ quan báo chí, truyền thông tiếp tục đẩy mạnh công tác tuyên truyền, nâng cao nhận thức thực hiện Nghị quyết số 57-NQ/TW. Kịp thời biểu dương những điển hình tiên tiến, cách làm hay, sáng tạo để nhân rộng; đồng thời, công khai những cơ quan, đơn vị triển khai chưa đạt kết quả theo yêu cầu để tăng cường kỷ luật, kỷ cương, tạo sự chuyển biến thực chất trong quá trình tổ chức thực hiện.',
    expected: none()
  },
  {
    notice: '20-TB/CQTTBCĐ', where: '2.c, third bullet',
    text: '- Chỉ đạo Bộ Khoa học và Công nghệ, Bộ Công Thương và các cơ quan liên quan rà soát Danh mục công nghệ chiến lược và sản phẩm công nghệ chiến lược để đáp ứng định hướng tăng trưởng đột phá, làm chủ công nghệ lõi, hướng đến thương mại hoá và theo yêu cầu chỉ đạo của đồng chí Tổng Bí thư, Trưởng Ban Chỉ đạo tại Thông báo số 17-TB/CQTTBCĐ, ngày 29/12/2025. Giao nhiệm vụ cho các tập đoàn/doanh nghiệp hàng đầu phối hợp với trường/viện xây dựng lộ trình làm chủ, thương mại hoá công nghệ, gắn với nhu cầu thị trường và phát triển kinh tế - xã hội, bảo đảm nguồn lực và kỷ luật thực thi.',
    expected: none()
  },
  {
    notice: '20-TB/CQTTBCĐ', where: '2.c, fourth bullet',
    text: '- Chỉ đạo rà soát, điều chỉnh chức năng, nhiệm vụ của các bộ, ngành liên quan đến quản lý, ứng dụng khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số (nhất là liên quan đến Bộ Khoa học và Công nghệ; Bộ Công Thương; Bộ Công an…), bảo đảm sát với thực tiễn, đồng bộ, thống nhất từ Trung ương tới cấp xã, tuân thủ nguyên tắc một việc do một cơ quan chịu trách nhiệm chính đến cùng. Hoàn thành trong quý II/2026.',
    expected: due('quarter', '2026-06-30', 'Hoàn thành trong quý II/2026')
  },
  {
    notice: '20-TB/CQTTBCĐ', where: '2.c, fifth bullet',
    text: '- Trên cơ sở đánh giá của Ủy ban nhân dân thành phố Hà Nội về 25 dịch vụ công trực tuyến có lưu lượng sử dụng nhiều nhất, chỉ đạo các bộ ngành có liên quan rà soát, sửa đổi, bổ sung ngay các quy định pháp luật, văn bản hướng dẫn để tháo gỡ những vướng mắc về thủ tục hành chính, hạ tầng, hệ thống, dữ liệu… để triển khai toàn quốc.',
    expected: none()
  },
  {
    notice: '20-TB/CQTTBCĐ', where: '2.d, first bullet',
    text: '- Tập trung triển khai ngay các nhiệm vụ, giải pháp đã được đồng chí Tổng Bí thư, Trưởng Ban chỉ đạo giao tại Thông báo số 17-TB/CQTTBCĐ, ngày 29/12/2025 và Chương trình công tác năm 2026 của Ban Chỉ đạo, nhất là các nhiệm vụ trong quý I/2026; đồng thời thực hiện chỉ đạo của lãnh đạo Ban Chỉ đạo tại các Công văn số 19995-CV/VPTW, ngày 09/01/2026, số 693-CV/VPTW, ngày 02/3/2026 để tháo gỡ các điểm nghẽn cốt lõi về khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số đã chỉ ra.',
    expected: none()
  },
  {
    notice: '20-TB/CQTTBCĐ', where: '2.d, second bullet',
    text: '- Chủ trì, phối hợp với các cơ quan liên quan tiếp tục rà soát, chuẩn hoá các nội dung trong kế hoạch của cơ quan, địa phương mình theo hướng: Xác định rõ mục tiêu, nhiệm vụ, giải pháp (nhất là bài toán/nhiệm vụ quy mô lớn), rõ sản phẩm cụ thể, đo lường được bằng các chỉ số, gắn với thời hạn hoàn thành, nguồn lực tài chính, trách nhiệm của người đứng đầu và giám sát dựa trên dữ liệu, bảo đảm bám sát Chương trình công tác năm 2026 của Ban Chỉ đạo. Hoàn thành chậm nhất trong tháng 3/2026.',
    expected: due('month', '2026-03-31', 'Hoàn thành chậm nhất trong tháng 3/2026')
  },
  {
    notice: '20-TB/CQTTBCĐ', where: '3.a (1)',
    text: '(1) Khẩn trương rà soát điều chỉnh/hoàn thiện việc đăng ký kinh phí bảo đảm thực hiện các nhiệm vụ được giao tại Chương trình công tác 2026 của Ban Chỉ đạo. Hoàn thành trong tháng 3/2026.',
    expected: due('month', '2026-03-31', 'Hoàn thành trong tháng 3/2026')
  },
  {
    notice: '20-TB/CQTTBCĐ', where: '3.a (2)',
    text: '(2) Thực hiện nghiêm các nhiệm vụ được giao tại Công văn số 693-CV/VPTW, ngày 02/3/2026.',
    expected: none()
  },
  {
    notice: '20-TB/CQTTBCĐ', where: '3.b (1)',
    text: '(1) Chủ trì, phối hợp Bộ Tư pháp, Bộ Công an triển khai thực hiện hiệu quả, thực chất các nhiệm vụ quy định tại Nghị quyết số 66.7/2025/NQ-CP, trong đó, cần khẩn trương hoàn thành việc công bố, tái cấu trúc quy trình giải quyết TTHC, hoàn thành trong tháng 3/2026.',
    expected: due('month', '2026-03-31', 'hoàn thành trong tháng 3/2026')
  },
  {
    notice: '20-TB/CQTTBCĐ', where: '3.b (2)',
    text: '(2) Đẩy nhanh việc ban hành hoặc trình cấp có thẩm quyền ban hành văn bản quy phạm pháp luật để cắt giảm, đơn giản hoá thủ tục hành chính dựa trên dữ liệu theo danh mục văn bản quy phạm pháp luật tại Phụ lục kèm theo Nghị quyết số 66.7/2025/NQ-CP, tuân thủ trình tự, thủ tục ban hành văn bản quy phạm pháp luật theo quy định của Luật Ban hành văn bản quy phạm pháp luật, bảo đảm có hiệu lực chậm nhất từ ngày 01/3/2027.',
    expected: due('date', '2027-03-01', 'chậm nhất từ ngày 01/3/2027')
  },
  {
    notice: '20-TB/CQTTBCĐ', where: '3.b as a whole',
    text: 'b) Các Bộ, cơ quan ngang bộ: (1) Chủ trì, phối hợp Bộ Tư pháp, Bộ Công an triển khai thực hiện hiệu quả, thực chất các nhiệm vụ quy định tại Nghị quyết số 66.7/2025/NQ-CP, trong đó, cần khẩn trương hoàn thành việc công bố, tái cấu trúc quy trình giải quyết TTHC, hoàn thành trong tháng 3/2026. (2) Đẩy nhanh việc ban hành hoặc trình cấp có thẩm quyền ban hành văn bản quy phạm pháp luật để cắt giảm, đơn giản hoá thủ tục hành chính dựa trên dữ liệu theo danh mục văn bản quy phạm pháp luật tại Phụ lục kèm theo Nghị quyết số 66.7/2025/NQ-CP, tuân thủ trình tự, thủ tục ban hành văn bản quy phạm pháp luật theo quy định của Luật Ban hành văn bản quy phạm pháp luật, bảo đảm có hiệu lực chậm nhất từ ngày 01/3/2027.',
    expected: due('month', '2026-03-31', 'hoàn thành trong tháng 3/2026', { warnings: ['also mentions "chậm nhất từ ngày 01/3/2027"; "hoàn thành trong tháng 3/2026" is taken as the deadline'] })
  },
  {
    notice: '20-TB/CQTTBCĐ', where: '3.c, first bullet',
    text: '- Chủ trì, phối hợp với Bộ Tư pháp và 3 địa phương (Hà Nội, Đà Nẵng, Thành phố Hồ Chí Minh) nghiên cứu, lựa chọn thể chế, chính sách của các nước tiên tiến để chọn lọc, tiếp thu phù hợp, triển khai thí điểm trong quý II/2026 tại 3 địa phương.',
    expected: due('quarter', '2026-06-30', 'trong quý II/2026')
  },
  {
    notice: '20-TB/CQTTBCĐ', where: '3.c, second bullet',
    text: '- Chủ trì, phối hợp với các cơ quan liên quan xây dựng quy định của Chính phủ về tỉ lệ nội địa hoá trong sản phẩm công nghệ cao, công nghệ chiến lược theo quy định tại Luật Công nghệ cao năm 2025, bảo đảm có hiệu lực cùng thời điểm thi hành của Luật.',
    expected: none()
  },
  {
    notice: '20-TB/CQTTBCĐ', where: '3.c, fourth bullet',
    text: '- Khẩn trương ban hành theo thẩm quyền Thông tư ban hành điều lệ mẫu về tổ chức và hoạt động của Quỹ phát triển khoa học công nghệ và đổi mới sáng tạo của bộ, ngành, địa phương theo nhiệm vụ giao tại Điểm b, Mục 4 Phụ lục kèm theo Thông báo số 17-TB/CQTTBCĐ, ngày 29/12/2025 để có cơ sở triển khai thực hiện, bảo đảm tính khách quan, minh bạch, hiệu quả.',
    expected: none()
  },
  {
    notice: '20-TB/CQTTBCĐ', where: '3.c, fifth bullet',
    text: '- Nghiên cứu, rà soát, tham mưu cấp có thẩm quyền ban hành văn bản quy phạm pháp luật quy định về thủ tục hành chính trong việc đăng ký, xét chọn, công nhận các sáng kiến và sáng kiến đột phá về khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số làm cơ sở thúc đẩy hiệu quả hoạt động của Cổng Sáng kiến và Sàn giao dịch khoa học công nghệ, bảo đảm công khai, minh bạch, thuận lợi, theo dõi, giám sát dựa trên dữ liệu. Hoàn thành trong tháng 5/2026.',
    expected: due('month', '2026-05-31', 'Hoàn thành trong tháng 5/2026')
  },
  {
    notice: '20-TB/CQTTBCĐ', where: '3.c, sixth bullet',
    text: '- Chủ trì, phối hợp với Bộ Tài chính, Bộ Công Thương, Bộ Xây dựng ban hành hướng dẫn về tiêu chí và quy trình xác định hợp phần khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số trong các nhiệm vụ, chương trình, dự án đầu tư công về kinh tế - xã hội theo nhiệm vụ được giao tại Nghị định số 231/2025/NĐ-CP, ngày 26/8/2025. Hoàn thành trong tháng 4/2026.',
    expected: due('month', '2026-04-30', 'Hoàn thành trong tháng 4/2026')
  },
  {
    notice: '20-TB/CQTTBCĐ', where: '3.d',
    text: 'd) Các bộ, cơ quan chủ quản các nền tảng số khẩn trương ban hành kế hoạch và triển khai thực hiện các nền tảng số theo nhiệm vụ được giao tại Quyết định số 2618/QĐ-BKHCN, ngày 11/9/2025 của Bộ Khoa học và Công nghệ; hoàn thành việc ban hành kế hoạch trong tháng 3/2026. Giao Bộ Khoa học và Công nghệ chủ trì, phối hợp với các cơ quan liên quan theo dõi, đánh giá, đôn đốc tiến độ triển khai các nền tảng số này; định kỳ hằng tháng báo cáo Thường trực Ban Chỉ đạo kết quả thực hiện.',
    expected: due('month', '2026-03-31', 'hoàn thành việc ban hành kế hoạch trong tháng 3/2026', { recurrence: 'monthly' })
  },
  {
    notice: '20-TB/CQTTBCĐ', where: '3.đ',
    text: 'đ) Đề nghị Đảng ủy Quốc hội, Đảng ủy Chính phủ, Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương theo chức năng, nhiệm vụ chỉ đạo: (1) Rà soát, đánh giá cụ thể nhu cầu về bảo mật, triển khai hiệu quả Mạng mật liên thông các cơ quan trong hệ thống chính trị bảo đảm tránh lãng phí và an toàn, bảo mật thông tin. (2) Chỉ đạo ban hành quy chế quản lý, vận hành và khai thác sử dụng Mạng mật liên thông các cơ quan trong hệ thống chính trị trong khối cơ quan mình. Hoàn thành trước ngày 01/5/2026.',
    expected: due('date', '2026-05-01', 'Hoàn thành trước ngày 01/5/2026')
  },
  {
    notice: '20-TB/CQTTBCĐ', where: '3.e',
    text: 'e) Bộ Quốc phòng chỉ đạo Ban Cơ yếu Chính phủ chủ trì, phối hợp với các cơ quan liên quan đưa vào vận hành chính thức Mạng mật liên thông các cơ quan trong hệ thống chính trị từ ngày 01/5/2026.',
    expected: due('date', '2026-05-01', 'từ ngày 01/5/2026')
  },
  {
    notice: '20-TB/CQTTBCĐ', where: '3.g, second bullet',
    text: '- Trên cơ sở Chương trình đối ngoại cấp cao của lãnh đạo chủ chốt, lãnh đạo cấp cao năm 2026 và hằng năm, chủ động phối hợp với Bộ Khoa học và Công nghệ, Cơ quan Thường trực Ban Chỉ đạo xây dựng chương trình làm việc, nội dung nghiên cứu, chia sẻ kinh nghiệm, đối tác làm việc, thành phần tham gia về hợp tác quốc tế trong khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số trong các đoàn công tác của lãnh đạo Đảng, Nhà nước; báo cáo Thường trực Ban Chỉ đạo cho ý kiến để triển khai thực hiện.',
    expected: none()
  },
  {
    notice: '20-TB/CQTTBCĐ', where: '3.i',
    text: 'i) Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với Bộ Công an, Bộ Y tế, Bộ Tài chính, Bộ Công Thương, Bộ Khoa học và Công nghệ và các cơ quan, địa phương có liên quan tổ chức triển khai có hiệu quả việc truy xuất nguồn gốc nông, lâm, thủy sản. Định kỳ hằng tháng báo cáo Thường trực Ban Chỉ đạo.',
    expected: none({ recurrence: 'monthly' })
  },
  {
    notice: '20-TB/CQTTBCĐ', where: '3.k',
    text: 'k) Bộ Giáo dục và Đào tạo chủ trì, khẩn trương tập trung thực hiện nâng cao năng lực và hiệu quả liên kết giữa các cơ sở đào tạo với các viện nghiên cứu, trường đại học và doanh nghiệp; chuẩn bị kỹ lưỡng, có chiến lược rõ ràng về nguồn nhân lực phục vụ khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, trong đó có quan tâm thu hút các nhà khoa học trong và ngoài nước; phối hợp chuẩn hoá nội dung kỹ năng số phổ cập cho người dân.',
    expected: none()
  },
  {
    notice: '20-TB/CQTTBCĐ', where: '3.l (1)',
    text: '(1) Tổ chức thực hiện việc đánh giá độc lập và đề xuất Thường trực Ban Chỉ đạo giao các cơ quan chức năng kiểm tra chéo chất lượng hạ tầng nền tảng, dữ liệu, chất lượng cung cấp dịch vụ công của các bộ, ngành, địa phương. Định kỳ hằng quý công bố, công khai trên Cổng Thông tin điện tử Đảng Cộng sản Việt Nam và các phương tiện thông tin đại chúng.',
    expected: none({ recurrence: 'quarterly' })
  },
  {
    notice: '20-TB/CQTTBCĐ', where: '3.l (2)',
    text: '(2) Ban hành Hướng dẫn thực hiện Kế hoạch số 01-KH/BCĐTW, ngày 02/6/2025 của Ban Chỉ đạo. Hoàn thành trong tháng 6/2026.',
    expected: due('month', '2026-06-30', 'Hoàn thành trong tháng 6/2026')
  },
  {
    notice: '20-TB/CQTTBCĐ', where: '3.l (3)',
    text: '(3) Chủ trì, phối hợp với Bộ Khoa học và Công nghệ, Bộ Công an, Bộ Tư pháp, Bộ Tài chính nghiên cứu những mô hình hay, cách làm đúng về khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số của các bộ, ngành, địa phương, điển hình như Thành phố Hà Nội, báo cáo Thường trực Ban Chỉ đạo xem xét nhân rộng toàn quốc. Nhiệm vụ thường xuyên.',
    expected: due('none', null, 'Nhiệm vụ thường xuyên')
  },
  {
    notice: '20-TB/CQTTBCĐ', where: '3.l as a whole',
    text: 'l) Văn phòng Trung ương Đảng - Cơ quan Thường trực Ban Chỉ đạo: (1) Tổ chức thực hiện việc đánh giá độc lập và đề xuất Thường trực Ban Chỉ đạo giao các cơ quan chức năng kiểm tra chéo chất lượng hạ tầng nền tảng, dữ liệu, chất lượng cung cấp dịch vụ công của các bộ, ngành, địa phương. Định kỳ hằng quý công bố, công khai trên Cổng Thông tin điện tử Đảng Cộng sản Việt Nam và các phương tiện thông tin đại chúng. (2) Ban hành Hướng dẫn thực hiện Kế hoạch số 01-KH/BCĐTW, ngày 02/6/2025 của Ban Chỉ đạo. Hoàn thành trong tháng 6/2026. (3) Chủ trì, phối hợp với Bộ Khoa học và Công nghệ, Bộ Công an, Bộ Tư pháp, Bộ Tài chính nghiên cứu những mô hình hay, cách làm đúng về khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số của các bộ, ngành, địa phương, điển hình như Thành phố Hà Nội, báo cáo Thường trực Ban Chỉ đạo xem xét nhân rộng toàn quốc. Nhiệm vụ thường xuyên.',
    expected: due('month', '2026-06-30', 'Hoàn thành trong tháng 6/2026', { recurrence: 'quarterly', warnings: ['also mentions "Nhiệm vụ thường xuyên"; "Hoàn thành trong tháng 6/2026" is taken as the deadline'] })
  },
  {
    notice: '22-TB/CQTTBCĐ', where: 'heading',
    text: '(Kèm theo Thông báo số 22-TB/CQTTBCĐ, ngày 20/3/2026 của Cơ quan Thường trực Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số)',
    expected: none()
  },
  {
    notice: '22-TB/CQTTBCĐ', where: '1., group 1',
    text: '+ Nhóm 1: Các công nghệ chiến lược thuộc các ngành, lĩnh vực đã có thị trường và có tác động lớn, trực tiếp, trước mắt, như nông - lâm - thủy sản, công nghiệp chế biến, dệt may, da giày, xây dựng, thép, năng lượng... Đối với nhóm này, doanh nghiệp giữ vai trò dẫn dắt đầu tư; Nhà nước giữ vai trò hỗ trợ, tạo thị trường (thông qua chính sách mua sắm công và cơ chế bảo hộ phù hợp) và ban hành các gói hỗ trợ phù hợp; cơ sở giáo dục đại học, cơ sở nghiên cứu tham gia nghiên cứu, phát triển và đào tạo nhân lực.',
    expected: none()
  },
  {
    notice: '22-TB/CQTTBCĐ', where: '1., registration',
    text: 'Yêu cầu các Bộ, cơ quan đăng ký công nghệ chiến lược, sản phẩm công nghệ chiến lược thuộc phạm vi quản lý của ngành, lĩnh vực, gửi về Văn phòng Trung ương Đảng - Cơ quan Thường trực Ban Chỉ đạo và Bộ Khoa học và Công nghệ chậm nhất trước ngày 05/4/2026, để Bộ Khoa học và Công nghệ tổng hợp, đề xuất, báo cáo Thường trực Ban Chỉ đạo trước khi trình cấp có thẩm quyền xem xét, quyết định.',
    expected: due('date', '2026-04-05', 'chậm nhất trước ngày 05/4/2026')
  },
  {
    notice: '22-TB/CQTTBCĐ', where: '2.a, the working group',
    text: 'Chính phủ, Thủ tướng Chính phủ chỉ đạo thống nhất việc tổ chức triển khai Chương trình phát triển CNCL; thành lập Tổ Công tác của Chính phủ về phát triển CNCL do một đồng chí Phó Thủ tướng Chính phủ làm Tổ trưởng; thành viên gồm Bộ trưởng các Bộ: Khoa học và Công nghệ, Công Thương, Tài chính, Giáo dục và Đào tạo, Ngoại giao, Quốc phòng, Công an, Xây dựng, Nông nghiệp và Môi trường, Y tế; lãnh đạo các bộ, cơ quan có liên quan và Thường trực Tổ Giúp việc Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số. Hoàn thành trong tháng 4/2026.',
    expected: due('month', '2026-04-30', 'Hoàn thành trong tháng 4/2026')
  },
  {
    notice: '22-TB/CQTTBCĐ', where: '2.a, its duties',
    text: 'Tổ Công tác có nhiệm vụ tham mưu, giúp Chính phủ, Thủ tướng Chính phủ chỉ đạo, điều phối liên ngành; hướng dẫn, đôn đốc, kiểm tra việc tổ chức thực hiện; kịp thời tháo gỡ khó khăn, vướng mắc về cơ chế, nguồn lực và tổ chức triển khai; đồng thời tăng cường gắn kết giữa các bộ, ngành với địa phương, thị trường trong quá trình phát triển công nghệ chiến lược. Tổ Công tác này đồng thời thực hiện các nhiệm vụ liên quan hiện đang giao cho Tổ Công tác liên ngành[footnoteRef:1], bảo đảm thống nhất đầu mối chỉ đạo, điều hành, khắc phục tình trạng phân tán, chồng chéo trong tổ chức thực hiện. Định kỳ hằng tháng báo cáo Thường trực Ban Chỉ đạo Trung ương về tình hình, kết quả thực hiện. Hoàn thành trong tháng 4/2026. [1: Tổ công tác liên ngành hỗ trợ các doanh nghiệp Việt Nam tìm kiếm, đàm phán và mua lại các công ty công nghệ nước ngoài có sở hữu trí tuệ, bí quyết công nghệ quan trọng để thúc đẩy sở hữu công nghệ lõi (Thông báo số 05-TB/BCĐTW ngày 04/07/2025).]',
    expected: due('month', '2026-04-30', 'Hoàn thành trong tháng 4/2026', { recurrence: 'monthly' })
  },
  {
    notice: '22-TB/CQTTBCĐ', where: '2.b (2)',
    text: '(2) Xây dựng Tài liệu hướng dẫn triển khai công nghệ chiến lược, sản phẩm công nghệ chiến lược từ khâu xác định đầu bài đến tổ chức thực hiện để các bên dễ dàng tiếp cận, nắm bắt và triển khai thực hiện thống nhất. Hoàn thành trong tháng 5/2026.',
    expected: due('month', '2026-05-31', 'Hoàn thành trong tháng 5/2026')
  },
  {
    notice: '22-TB/CQTTBCĐ', where: '2.c, first bullet',
    text: '- Bộ Khoa học và Công nghệ theo chức năng, nhiệm vụ chủ trì phối hợp với Bộ Tài chính và các bộ, ngành liên quan thực hiện rà soát, đề xuất cơ chế tài chính đặc thù cho phát triển công nghệ chiến lược theo hướng phù hợp, gắn với kết quả đầu ra, mốc kỹ thuật và chấp nhận rủi ro có kiểm soát; cơ chế sử dụng ngân sách nhà nước để đặt hàng, mua sắm (trong đó có mua lô sản phẩm đầu tiên); cơ chế bảo hộ phù hợp, đặc biệt trong các lĩnh vực đặc thù. Hoàn thành trong tháng 5/2026.',
    expected: due('month', '2026-05-31', 'Hoàn thành trong tháng 5/2026')
  },
  {
    notice: '22-TB/CQTTBCĐ', where: '2.c, second bullet',
    text: '- Bộ Tài chính theo chức năng, nhiệm vụ chủ trì, phối hợp với Bộ Khoa học và Công nghệ và các bộ, ngành liên quan thực hiện rà soát, đề xuất cơ chế ưu đãi về thuế, tín dụng, hỗ trợ lãi suất, đồng tài trợ công - tư cho phát triển công nghệ chiến lược. Hoàn thành trong tháng 5/2026.',
    expected: due('month', '2026-05-31', 'Hoàn thành trong tháng 5/2026')
  },
  {
    notice: '22-TB/CQTTBCĐ', where: '2.d',
    text: 'd) Bộ Giáo dục và Đào tạo chủ trì, phối hợp các cơ quan liên quan ban hành Hướng dẫn triển khai Mô hình hợp tác 3 Nhà (Nhà nước/Nhà trường/Viện nghiên cứu - Doanh nghiệp), trong đó làm rõ vai trò, trách nhiệm, cơ chế phối hợp của các bên liên quan trong việc triển khai khoa học công nghệ, đổi mới sáng tạo, chuyển đổi số nói chung và phát triển công nghệ chiến lược nói riêng. Hoàn thành trong tháng 4/2026.',
    expected: due('month', '2026-04-30', 'Hoàn thành trong tháng 4/2026')
  }
]

t.test('every deadline in the source notices', async (t) => {
  for (const { notice, where, text, expected } of SOURCE_CASES) {
    t.strictSame(findDeadline(text), expected, `${notice} ${where}`)
  }
})

const notRealDate = (phrase: string): string => `"${phrase}" is not a real date; kept as text without a due date`
const cannotRead = (phrase: string): string => `cannot read a deadline in "${phrase}"`

t.test('the phrases of DESIGN §5', async (t) => {
  const cases: Array<[string, DeadlineReading]> = [
    ['trong tháng 4/2026', due('month', '2026-04-30', 'trong tháng 4/2026')],
    ['trong tháng 4 năm 2026', due('month', '2026-04-30', 'trong tháng 4 năm 2026')],
    ['tháng 4/2026', due('month', '2026-04-30', 'tháng 4/2026')],
    ['Hoàn thành trong tháng 01/2027', due('month', '2027-01-31', 'Hoàn thành trong tháng 01/2027')],
    ['trong quý II/2026', due('quarter', '2026-06-30', 'trong quý II/2026')],
    ['quý I/2026', due('quarter', '2026-03-31', 'quý I/2026')],
    ['quý I năm 2026', due('quarter', '2026-03-31', 'quý I năm 2026')],
    ['quý III/2026', due('quarter', '2026-09-30', 'quý III/2026')],
    ['quý IV/2026', due('quarter', '2026-12-31', 'quý IV/2026')],
    ['quý 2/2026', due('quarter', '2026-06-30', 'quý 2/2026')],
    ['trong quý 4 năm 2026', due('quarter', '2026-12-31', 'trong quý 4 năm 2026')],
    ['chậm nhất trong quý I/2026', due('quarter', '2026-03-31', 'chậm nhất trong quý I/2026')],
    ['6 tháng đầu năm 2026', due('half', '2026-06-30', '6 tháng đầu năm 2026')],
    ['6 tháng cuối năm 2026', due('half', '2026-12-31', '6 tháng cuối năm 2026')],
    ['trong năm 2026', due('year', '2026-12-31', 'trong năm 2026')],
    ['năm 2026', due('year', '2026-12-31', 'năm 2026')],
    ['trước ngày 05/4/2026', due('date', '2026-04-05', 'trước ngày 05/4/2026')],
    ['chậm nhất ngày 01/3/2026', due('date', '2026-03-01', 'chậm nhất ngày 01/3/2026')],
    ['từ ngày 01/5/2026', due('date', '2026-05-01', 'từ ngày 01/5/2026')],
    ['ngày 05/4/2026', due('date', '2026-04-05', 'ngày 05/4/2026')],
    ['trước 05/4/2026', due('date', '2026-04-05', 'trước 05/4/2026')],
    ['ngày 5 tháng 4 năm 2026', due('date', '2026-04-05', 'ngày 5 tháng 4 năm 2026')],
    ['Hoàn thành trước ngày 5/4/2026.', due('date', '2026-04-05', 'Hoàn thành trước ngày 5/4/2026.')],
    ['Nhiệm vụ thường xuyên', due('none', null, 'Nhiệm vụ thường xuyên')],
    ['thường xuyên', due('none', null, 'thường xuyên')]
  ]
  for (const [phrase, expected] of cases) t.strictSame(readDeadline(phrase), expected, phrase)
})

t.test('recurrence, with or without a due date', async (t) => {
  const cases: Array<[string, DeadlineReading]> = [
    ['Định kỳ hằng tháng báo cáo', due('none', null, 'Định kỳ hằng tháng báo cáo', { recurrence: 'monthly' })],
    ['hằng tháng', due('none', null, 'hằng tháng', { recurrence: 'monthly' })],
    ['hàng tháng', due('none', null, 'hàng tháng', { recurrence: 'monthly' })],
    ['Định kỳ hằng quý công bố', due('none', null, 'Định kỳ hằng quý công bố', { recurrence: 'quarterly' })],
    ['hàng quý', due('none', null, 'hàng quý', { recurrence: 'quarterly' })],
    ['hằng năm', due('none', null, 'hằng năm', { recurrence: 'yearly' })],
    ['Hàng năm', due('none', null, 'Hàng năm', { recurrence: 'yearly' })],
    ['Hoàn thành trong quý I/2026; định kỳ hằng quý báo cáo', due('quarter', '2026-03-31', 'Hoàn thành trong quý I/2026; định kỳ hằng quý báo cáo', { recurrence: 'quarterly' })],
    ['Định kỳ 6 tháng báo cáo', due('none', null, 'Định kỳ 6 tháng báo cáo', {
      warnings: [cannotRead('Định kỳ 6 tháng báo cáo'), '"Định kỳ 6 tháng báo cáo" names no period (hằng tháng, hằng quý, hằng năm); no recurrence read']
    })]
  ]
  for (const [phrase, expected] of cases) t.strictSame(readDeadline(phrase), expected, phrase)
  t.strictSame(findDeadline('Định kỳ hằng tháng báo cáo Thường trực Ban Chỉ đạo. Hoàn thành trong tháng 4/2026.'),
    due('month', '2026-04-30', 'Hoàn thành trong tháng 4/2026', { recurrence: 'monthly' }), 'both in one task')
  t.strictSame(findDeadline('Định kỳ hằng tháng báo cáo kết quả; định kỳ hằng quý công bố công khai.'),
    none({ recurrence: 'monthly', warnings: ['also mentions "định kỳ hằng quý"; "Định kỳ hằng tháng" is taken as the recurrence'] }), 'two recurrences')
  t.strictSame(findDeadline('Xây dựng chương trình năm 2026 và hằng năm.'), none(), '"năm 2026 và hằng năm" names a programme, not a repetition')
})

t.test('case, stray spaces, line breaks and markdown', async (t) => {
  t.strictSame(readDeadline('HOÀN THÀNH TRONG THÁNG 4/2026'), due('month', '2026-04-30', 'HOÀN THÀNH TRONG THÁNG 4/2026'))
  t.strictSame(readDeadline('Trong Quý ii/2026'), due('quarter', '2026-06-30', 'Trong Quý ii/2026'))
  t.strictSame(readDeadline('NHIỆM VỤ THƯỜNG XUYÊN'), due('none', null, 'NHIỆM VỤ THƯỜNG XUYÊN'))
  t.strictSame(readDeadline('Hoàn thành trong\n\ntháng 3/2026 '), due('month', '2026-03-31', 'Hoàn thành trong tháng 3/2026'))
  t.strictSame(readDeadline('trước ngày 05 / 4 / 2026'), due('date', '2026-04-05', 'trước ngày 05 / 4 / 2026'))
  t.strictSame(readDeadline('  quý  II /2026 '), due('quarter', '2026-06-30', 'quý II /2026'))
  t.strictSame(readDeadline('**Hoàn thành trong tháng 4/2026**'), due('month', '2026-04-30', 'Hoàn thành trong tháng 4/2026'))
  t.strictSame(readDeadline('Hoàn thành trong quý I/2026'.normalize('NFD')), due('quarter', '2026-03-31', 'Hoàn thành trong quý I/2026'), 'decomposed accents')
  // 17-TB/CQTTBCĐ 2.a as extracted from the PDF, hard line breaks included.
  const printed = 'các văn bản hướng dẫn thi \n\nhành các Luật đã được Quốc hội thông qua trong năm 2025 bảo đảm văn bản có \n\n' +
    'hiệu lực thi hành đồng bộ với các luật, không để tồn đọng, hoàn thành chậm \n\nnhất trong quý I/2026. \n\n'
  t.strictSame(findDeadline(printed), due('quarter', '2026-03-31', 'hoàn thành chậm nhất trong quý I/2026'))
  t.strictSame(findDeadline('**Hoàn thành trong tháng 5/2026.**'), due('month', '2026-05-31', 'Hoàn thành trong tháng 5/2026'))
})

t.test('leap years and month ends', async (t) => {
  t.strictSame(readDeadline('tháng 2/2028'), due('month', '2028-02-29', 'tháng 2/2028'))
  t.strictSame(readDeadline('tháng 2/2026'), due('month', '2026-02-28', 'tháng 2/2026'))
  t.strictSame(readDeadline('tháng 2/2000'), due('month', '2000-02-29', 'tháng 2/2000'))
  t.strictSame(readDeadline('tháng 2/2100'), due('month', '2100-02-28', 'tháng 2/2100'))
  t.strictSame(readDeadline('ngày 29/2/2028'), due('date', '2028-02-29', 'ngày 29/2/2028'))
  t.equal(lastDayOfMonth(2028, 2), 29)
  t.equal(lastDayOfMonth(2026, 2), 28)
  t.equal(lastDayOfMonth(2100, 2), 28)
  t.equal(lastDayOfMonth(2000, 2), 29)
  t.equal(lastDayOfMonth(2026, 4), 30)
  t.equal(lastDayOfMonth(2026, 12), 31)
  t.throws(() => lastDayOfMonth(2026, 13), RangeError)
  t.throws(() => lastDayOfMonth(2026, 0), RangeError)
})

t.test('isRealDate', async (t) => {
  t.equal(isRealDate('2028-02-29'), true)
  t.equal(isRealDate('2026-12-31'), true)
  t.equal(isRealDate('2027-02-29'), false)
  t.equal(isRealDate('2026-04-31'), false)
  t.equal(isRealDate('2026-13-01'), false)
  t.equal(isRealDate('2026-00-10'), false)
  t.equal(isRealDate('2026-4-1'), false)
  t.equal(isRealDate('05/4/2026'), false)
  t.equal(isRealDate(''), false)
})

t.test('impossible dates are kept as text with a warning, never guessed', async (t) => {
  const cases: Array<[string, string]> = [
    ['trước ngày 31/4/2026', notRealDate('trước ngày 31/4/2026')],
    ['ngày 29/2/2027', notRealDate('ngày 29/2/2027')],
    ['ngày 0/4/2026', notRealDate('ngày 0/4/2026')],
    ['ngày 30 tháng 2 năm 2026', notRealDate('ngày 30 tháng 2 năm 2026')],
    ['trong tháng 13/2026', '"trong tháng 13/2026" names no month 13; kept as text without a due date'],
    ['tháng 0/2026', '"tháng 0/2026" names no month 0; kept as text without a due date'],
    ['trong quý V/2026', '"trong quý V/2026" names no quarter V; kept as text without a due date'],
    ['quý 5/2026', '"quý 5/2026" names no quarter 5; kept as text without a due date'],
    ['9 tháng đầu năm 2026', '"9 tháng đầu năm 2026" is not a half year; kept as text without a due date'],
    ['trước tháng 4/2026', '"trước tháng 4/2026" is ambiguous: "trước" a month, quarter or year names no day; kept as text without a due date']
  ]
  for (const [phrase, warning] of cases) t.strictSame(readDeadline(phrase), unreadable(phrase, warning), phrase)
  t.strictSame(findDeadline('Hoàn thành trước ngày 31/4/2026.'),
    unreadable('Hoàn thành trước ngày 31/4/2026', notRealDate('Hoàn thành trước ngày 31/4/2026')))
  t.strictSame(findDeadline('Triển khai thí điểm trong quý II/2026, hoàn thành trước ngày 31/6/2026.'), due('none', null, 'hoàn thành trước ngày 31/6/2026', {
    warnings: [notRealDate('hoàn thành trước ngày 31/6/2026'), 'also mentions "trong quý II/2026"; "hoàn thành trước ngày 31/6/2026" is taken as the deadline']
  }), 'a broken completion date is not replaced by another date of the sentence')
})

t.test('phrases it cannot read are kept with a warning naming them', async (t) => {
  for (const phrase of ['Khẩn trương', 'sớm nhất có thể', 'trong thời hạn 30 ngày', 'đến năm 2030', 'giai đoạn 2026-2030', 'Quyết định 1131/QĐ-TTg ngày 12/6/2025']) {
    t.strictSame(readDeadline(phrase), unreadable(phrase, cannotRead(phrase)), phrase)
  }
  t.strictSame(readDeadline('  Khẩn   trương\n'), unreadable('Khẩn trương', cannotRead('Khẩn trương')))
  t.strictSame(readDeadline(''), none({ warnings: ['the deadline phrase is empty'] }))
  t.strictSame(readDeadline(' \n '), none({ warnings: ['the deadline phrase is empty'] }))
})

t.test('dates mentioned as context are not deadlines', async (t) => {
  const sentences = [
    'Tiếp tục thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.',
    'Triển khai Quyết định 1131/QĐ-TTg ngày 12/6/2025 của Thủ tướng Chính phủ.',
    'Ban hành văn bản hướng dẫn thi hành các Luật đã được Quốc hội thông qua trong năm 2025.',
    'Triển khai Kế hoạch hành động đến năm 2030.',
    'Thực hiện Chiến lược giai đoạn 2026-2030 và tầm nhìn năm 2045-2050.',
    'Bám sát Chương trình công tác năm 2026 của Ban Chỉ đạo.',
    'Cập nhật thường xuyên, liên tục.',
    'Triển khai ngay các nhiệm vụ, nhất là các nhiệm vụ trong quý I/2026.',
    ''
  ]
  for (const sentence of sentences) t.strictSame(findDeadline(sentence), none(), sentence)
  t.strictSame(findDeadline('Hoàn thành Kế hoạch thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 trong quý I/2026.'),
    due('quarter', '2026-03-31', 'Hoàn thành Kế hoạch thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 trong quý I/2026'))
  t.strictSame(findDeadline('Hoàn thành Kế hoạch năm 2026 trong quý I/2026.'),
    due('quarter', '2026-03-31', 'Hoàn thành Kế hoạch năm 2026 trong quý I/2026'), 'the year in a title is not what "hoàn thành" governs')
  t.strictSame(findDeadline('Các bộ hoàn thành năm 2026.'), due('year', '2026-12-31', 'hoàn thành năm 2026'), 'a bare year right after "hoàn thành" is the deadline')
  t.strictSame(findDeadline('Thời hạn: thường xuyên.'), due('none', null, 'Thời hạn: thường xuyên'))
})

t.test('of two deadlines, the one governing completion wins and the other is reported', async (t) => {
  t.strictSame(findDeadline('Triển khai thí điểm trong quý II/2026; hoàn thành trước ngày 30/9/2026.'), due('date', '2026-09-30', 'hoàn thành trước ngày 30/9/2026', {
    warnings: ['also mentions "trong quý II/2026"; "hoàn thành trước ngày 30/9/2026" is taken as the deadline']
  }))
  t.strictSame(findDeadline('Hoàn thành trong tháng 4/2026. Báo cáo kết quả, hoàn thành trong tháng 4/2026.'),
    due('month', '2026-04-30', 'Hoàn thành trong tháng 4/2026'), 'the same deadline twice is no conflict')
})
