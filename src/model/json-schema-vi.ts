// Vietnamese descriptions of the inventory JSON Schema, keyed by the English text the zod schema
// carries. Editors show a property's description on hover; both languages are given there.
export const SCHEMA_DESCRIPTIONS_VI: Readonly<Record<string, string>> = {
  'Information systems and their security-level evidence (an toàn hệ thống thông tin theo cấp độ).':
    'Danh mục hệ thống thông tin và hồ sơ, minh chứng bảo đảm an toàn hệ thống thông tin theo cấp độ.',
  'Unique id across every loaded file': 'Mã hệ thống, không trùng trong mọi tệp được đọc',
  'Name of the information system': 'Tên hệ thống thông tin',
  'Unit that owns/operates the system': 'Đơn vị chủ quản (hoặc đơn vị vận hành) hệ thống',
  'Approved security level 1–5; absent or null when not approved': 'Cấp độ đã được phê duyệt (1–5); bỏ trống hoặc null khi chưa được phê duyệt',
  'Approval decision; required when level is set': 'Quyết định phê duyệt cấp độ; bắt buộc khi đã có cấp độ',
  'A calendar date: YYYY-MM-DD or DD/MM/YYYY': 'Ngày: YYYY-MM-DD hoặc DD/MM/YYYY',
  'Approving body (tên cơ quan phê duyệt), Form 08 column 7': 'Tên cơ quan phê duyệt cấp độ (cột 7 Mẫu số 08)',
  'Level in a dossier awaiting approval': 'Cấp độ đề xuất trong hồ sơ đề xuất cấp độ đang chờ phê duyệt',
  'Expected date of full deployment of the protection plan (Form 08 column 11)':
    'Thời gian dự kiến triển khai đầy đủ phương án bảo đảm an toàn thông tin (cột 11 Mẫu số 08)',
  'When the system went into use': 'Ngày đưa hệ thống vào vận hành, khai thác',
  'When the system was concluded secure': 'Ngày có kết luận hệ thống bảo đảm an toàn',
  'Who assessed, relative to the operator: operator (does not count under Decree 331), independent_unit, licensed_organization':
    'Bên thực hiện kiểm tra, đánh giá so với đơn vị vận hành: operator (đơn vị vận hành tự thực hiện; không được tính theo Nghị định 331), independent_unit (đơn vị độc lập), licensed_organization (tổ chức được cấp phép)',
  'pre_operation (before go-live) or periodic (default)': 'pre_operation (trước khi đưa vào vận hành) hoặc periodic (định kỳ; mặc định)',
  'Shorthand for a single audit date': 'Cách viết gọn khi chỉ có một lần kiểm tra, đánh giá (ngày thực hiện)',
  'The 4-layer model: onsite, monitoring, independent_audit, ncsc':
    'Mô hình 4 lớp: onsite (lực lượng tại chỗ), monitoring (giám sát, bảo vệ chuyên nghiệp), independent_audit (kiểm tra, đánh giá độc lập), ncsc (kết nối, chia sẻ thông tin với hệ thống giám sát quốc gia)',
  'Real-combat drills (diễn tập thực chiến)': 'Các lần diễn tập thực chiến',
  'Free map of scalars for custom rules': 'Các trường tự do (giá trị đơn) dùng cho quy tắc riêng của đơn vị',
  'Operating unit (đơn vị vận hành)': 'Đơn vị vận hành hệ thống',
  'Start of investment/construction (for status: building)': 'Ngày bắt đầu đầu tư, xây dựng (khi status: building)',
  'Cybersecurity regulation of the system (Quy chế bảo đảm an ninh mạng)': 'Quy chế bảo đảm an ninh mạng của hệ thống',
  'Number of the decision issuing the regulation': 'Số quyết định ban hành quy chế',
  'Who issued it': 'Cơ quan, người ban hành',
  'Dated record that the protection plan was reviewed and deployed against Law 116/2025':
    'Ghi nhận việc rà soát và triển khai phương án bảo đảm an toàn thông tin theo yêu cầu của Luật An ninh mạng 116/2025/QH15',
  'When the protection plan was reviewed and deployed against Law 116/2025':
    'Ngày rà soát, triển khai phương án bảo đảm an toàn thông tin theo Luật An ninh mạng 116/2025/QH15',
  'Cybersecurity incidents (sự cố an ninh mạng)': 'Các sự cố an ninh mạng',
  'A date and time in Viet Nam time: YYYY-MM-DD HH:MM, YYYY-MM-DDTHH:MM[:SS][+07:00], or a date (start of the day)':
    'Ngày giờ theo giờ Việt Nam: YYYY-MM-DD HH:MM, YYYY-MM-DDTHH:MM[:SS][+07:00], hoặc chỉ ngày (tính từ đầu ngày)',
  'When the initial notice was sent (serious incidents: within 24 h)': 'Thời điểm gửi thông báo ban đầu (sự cố nghiêm trọng: trong vòng 24 giờ)',
  'When the report on cause, impact and remedy was sent (within 72 h)':
    'Thời điểm gửi báo cáo về nguyên nhân, ảnh hưởng và biện pháp khắc phục (trong vòng 72 giờ)',
  'Level dossier (hồ sơ đề xuất cấp độ)': 'Hồ sơ đề xuất cấp độ',
  'When the complete dossier was received for appraisal': 'Ngày tiếp nhận đủ hồ sơ để thẩm định',
  'Facts for the level criteria (attt-audit classify)': 'Thông tin để xác định cấp độ theo tiêu chí (attt-audit classify)',
  'Information processed: public, private, personal, state_secret (Decree 331 Art 9.1)':
    'Loại thông tin được xử lý: public (công cộng), private (riêng), personal (cá nhân), state_secret (bí mật nhà nước) (Nghị định 331 Điều 9.1)',
  'Only for systems processing state secrets or serving defence/security: harm, serious, especially_serious':
    'Chỉ cho hệ thống xử lý bí mật nhà nước hoặc phục vụ quốc phòng, an ninh: harm (gây tổn hại), serious (nghiêm trọng), especially_serious (đặc biệt nghiêm trọng)',
  'System type (Decree 331 Art 9.2)': 'Loại hệ thống thông tin (Nghị định 331 Điều 9.2)',
  'Handles administrative procedures for citizens or businesses (Art 13.2.b)': 'Giải quyết thủ tục hành chính cho người dân, doanh nghiệp (Điều 13.2.b)',
  'Online service in a conditional business line under the investment law':
    'Cung cấp dịch vụ trực tuyến thuộc ngành, nghề đầu tư kinh doanh có điều kiện theo pháp luật về đầu tư',
  'People whose basic / sensitive personal data the system holds': 'Số người có dữ liệu cá nhân cơ bản / nhạy cảm do hệ thống lưu giữ',
  'Legacy criteria only: users whose private or personal data it processes':
    'Chỉ cho tiêu chí cũ (Nghị định 85/2016): số người sử dụng có thông tin riêng hoặc thông tin cá nhân được hệ thống xử lý',
  'Grade of the construction works an industrial control system runs': 'Cấp công trình mà hệ thống điều khiển công nghiệp vận hành',
  'Central storage of especially important national data': 'Lưu trữ tập trung dữ liệu quốc gia đặc biệt quan trọng',
  'Meets Decree 331 Art 16': 'Đáp ứng Điều 16 Nghị định 331',
  'The level the risk assessment supports; it can only raise the result': 'Cấp độ mà kết quả đánh giá rủi ro cho thấy; chỉ có thể nâng, không hạ kết quả',
};
