/**
 * The bundled agency directory as CSV: canonical_name, level, aliases ("|"-separated) and the
 * 2025 successor. Started from the research notes' agencies.csv (real 2025 appendices and the
 * standard organisation of provinces, districts and communes), extended with the owners of the
 * seed plans. Edit it as CSV; users add their own with --agencies or the add-in's settings.
 */
export const AGENCIES_CSV = `canonical_name,level,aliases,successor_2025
Ủy ban nhân dân tỉnh,province,UBND tỉnh|Uỷ ban nhân dân tỉnh|UBND Tỉnh|Ủy ban nhân dân Tỉnh|UBND thành phố (trực thuộc TW)|UBND Thành phố|Ủy ban nhân dân Thành phố,
Hội đồng nhân dân tỉnh,province,HĐND tỉnh|Thường trực HĐND tỉnh|TT HĐND tỉnh,
Văn phòng Ủy ban nhân dân tỉnh,province,Văn phòng UBND tỉnh|VP UBND tỉnh|VPUBND tỉnh|VP UB|VPUBT|Văn phòng UBND Thành phố,
Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh,province,Văn phòng Đoàn ĐBQH và HĐND tỉnh|VP Đoàn ĐBQH và HĐND tỉnh,
Văn phòng Hội đồng nhân dân và Ủy ban nhân dân tỉnh,province,Văn phòng HĐND và UBND tỉnh|VP HĐND và UBND tỉnh|Văn phòng HĐND-UBND tỉnh|VP HĐND-UBND tỉnh,
Sở Nội vụ,province,SNV|Sở Nội Vụ|Sở Nội vụ tỉnh,
Sở Tư pháp,province,STP|Sở Tư Pháp,
Sở Tài chính,province,STC|Sở Tài Chính|Sở TC,
Sở Kế hoạch và Đầu tư,province,Sở KH&ĐT|Sở KHĐT|Sở Kế hoạch - Đầu tư|Sở KH và ĐT,Sở Tài chính
Sở Công Thương,province,SCT|Sở Công thương|Sở CT,
Sở Nông nghiệp và Môi trường,province,SNNMT|Sở NN&MT|Sở Nông nghiệp & Môi trường,
Sở Nông nghiệp và Phát triển nông thôn,province,Sở NN&PTNT|Sở NNPTNT|Sở Nông nghiệp & PTNT|Sở Nông nghiệp và PTNT,Sở Nông nghiệp và Môi trường
Sở Tài nguyên và Môi trường,province,Sở TN&MT|Sở TNMT|Sở Tài nguyên & Môi trường,Sở Nông nghiệp và Môi trường
Sở Xây dựng,province,SXD|Sở XD,
Sở Giao thông vận tải,province,Sở GTVT|Sở Giao thông - Vận tải,Sở Xây dựng
Sở Khoa học và Công nghệ,province,Sở KH&CN|Sở KHCN|Sở Khoa học & Công nghệ,
Sở Thông tin và Truyền thông,province,Sở TT&TT|Sở TTTT|Sở Thông tin & Truyền thông,Sở Khoa học và Công nghệ
Sở Lao động - Thương binh và Xã hội,province,Sở LĐ-TB&XH|Sở LĐTBXH|Sở LĐTB&XH|Sở Lao động – Thương binh và Xã hội|Sở Lao động Thương binh và Xã hội,"Sở Nội vụ (phần lớn chức năng; một số chức năng chuyển Sở Y tế, Sở Giáo dục và Đào tạo)"
"Sở Văn hóa, Thể thao và Du lịch",province,"Sở VHTTDL|Sở VH-TT&DL|Sở VHTT&DL|SVHTTDL|Sở Văn hoá, Thể thao và Du lịch|Sở Văn hoá Thể thao du lịch|Sở Văn hóa Thể thao và Du lịch",
Sở Giáo dục và Đào tạo,province,Sở GD&ĐT|Sở GDĐT|SGDDT,
Sở Y tế,province,SYT,
Sở Ngoại vụ,province,SNgV,
Sở Dân tộc và Tôn giáo,province,Sở DT&TG,
Ban Dân tộc tỉnh,province,Ban Dân tộc,Sở Dân tộc và Tôn giáo
Thanh tra tỉnh,province,TTT|Thanh tra Tỉnh|Thanh tra thành phố (trực thuộc TW),
Ban Quản lý Khu kinh tế tỉnh,province,"BQL KKT|BQLKKT|Ban Quản lý KKT tỉnh|Ban Quản lý khu Kinh tế|Ban Quản lý các Khu công nghiệp|Ban Quản lý các khu công nghệ cao và khu công nghiệp|Ban Quản lý các Khu công nghiệp, khu kinh tế",
"Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh",province,"Hội đồng phối hợp phổ biến, giáo dục pháp luật|Hội đồng phối hợp PBGDPL tỉnh|Hội đồng phối hợp PBGDPL|Hội đồng PHPBGDPL tỉnh",
Ban Chỉ đạo cải cách hành chính tỉnh,province,Ban Chỉ đạo CCHC tỉnh|BCĐ CCHC tỉnh|Ban Chỉ đạo CCHC|Ban Chỉ đạo Cải cách hành chính,
Bưu điện tỉnh,province,Bưu điện Tỉnh|Bưu điện|BĐT,
Viễn thông tỉnh (VNPT),province,VNPT tỉnh|VNPT|Viễn thông tỉnh,
Viettel tỉnh,province,Viettel|Chi nhánh Viettel tỉnh,
Công ty Điện lực tỉnh,province,Điện lực tỉnh|PC tỉnh,
Trung tâm Phục vụ hành chính công tỉnh,province,Trung tâm Phục vụ hành chính công|TTPVHCC|Trung tâm PVHCC|Trung tâm Hành chính công tỉnh|Bộ phận Một cửa tỉnh,
Công an tỉnh,province,CATINH|Công an Tỉnh|Công an Thành phố,
Bộ Chỉ huy Quân sự tỉnh,province,BCH Quân sự tỉnh|Bộ CHQS tỉnh,
Thuế tỉnh,province,Cục Thuế tỉnh|Thuế Đồng Nai,
Thuế cơ sở,province,Thuế cơ sở tỉnh,
Bảo hiểm xã hội tỉnh,province,BHXH tỉnh|BHXH,
Kho bạc Nhà nước tỉnh,province,KBNN tỉnh,
Văn phòng Đăng ký đất đai tỉnh,province,Văn phòng Đăng ký đất đai|VP Đăng ký đất đai|VPĐKĐĐ tỉnh,
Chi nhánh Ngân hàng Chính sách xã hội tỉnh,province,Ngân hàng Chính sách xã hội tỉnh|NHCSXH tỉnh|Chi nhánh NHCSXH tỉnh|Ngân hàng Chính sách xã hội|NHCSXH|Ngân hàng CSXH,
Thống kê tỉnh,province,Cục Thống kê tỉnh|CTK,
Sở Quy hoạch - Kiến trúc,province,Sở QH-KT|Sở Quy hoạch Kiến trúc|Sở QHKT,
Hiệp hội Doanh nghiệp tỉnh,province,Hiệp hội DN tỉnh,
Liên minh Hợp tác xã tỉnh,province,Liên minh HTX tỉnh,
Ngân hàng Nhà nước chi nhánh tỉnh,province,NHNN chi nhánh tỉnh|Ngân hàng Nhà nước Việt Nam Chi nhánh Khu vực|Ngân hàng Nhà nước Chi nhánh Khu vực|NHNN Chi nhánh Khu vực|Ngân hàng Nhà nước Khu vực,
Báo và Phát thanh - Truyền hình tỉnh,province,Báo và Phát thanh Truyền hình tỉnh|Đài Phát thanh và Truyền hình tỉnh|Báo tỉnh|Đài PT-TH tỉnh,
Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh,province,UBMTTQ tỉnh|MTTQ tỉnh|Ủy ban MTTQVN tỉnh|UBMTTQVN tỉnh|Mặt trận Tổ quốc tỉnh|Ủy ban Mặt trận Tổ quốc Việt Nam|Ủy ban MTTQ Việt Nam|Ủy ban MTTQ|UBMTTQ,
Liên đoàn Lao động tỉnh,province,LĐLĐ tỉnh|Liên đoàn Lao động|LĐLĐ,
Tỉnh Đoàn,province,Tỉnh đoàn|Đoàn TNCS Hồ Chí Minh tỉnh|Đoàn Thanh niên|Đoàn Thanh niên tỉnh|Đoàn TNCS Hồ Chí Minh,
Hội Liên hiệp Phụ nữ tỉnh,province,Hội LHPN tỉnh|Hội Liên hiệp Phụ nữ|Hội LHPN|Hội Phụ nữ|Hội Phụ nữ tỉnh,
Hội Nông dân tỉnh,province,HND tỉnh|Hội Nông dân,
Hội Cựu chiến binh tỉnh,province,Hội CCB tỉnh|Hội Cựu chiến binh,
"Mặt trận Tổ quốc và các đoàn thể",province,"MTTQ và các đoàn thể|Ủy ban MTTQ và các đoàn thể|UBMTTQ và các đoàn thể|Mặt trận Tổ quốc và các tổ chức chính trị - xã hội|MTTQ và các tổ chức chính trị - xã hội|Các đoàn thể",
"Các tổ chức chính trị - xã hội",province,"Các tổ chức chính trị xã hội|Các tổ chức chính trị - xã hội tỉnh|Các tổ chức chính trị - xã hội thành phố|Các đoàn thể chính trị - xã hội",
"Các sở, ban, ngành tỉnh",province,"Các sở, ban, ngành|Các sở, ngành|Các Sở, ban, ngành|Các sở, ngành liên quan|Các sở, ban, ngành tỉnh|Các Sở, ban, ngành Thành phố",
Ủy ban nhân dân huyện,district,"UBND huyện|UBND các huyện|UBND các huyện, thị xã, thành phố|UBND các huyện, thị xã, thành phố thuộc tỉnh|UBND cấp huyện|UBND quận|UBND thị xã|UBND thành phố (thuộc tỉnh)|UBND các quận, huyện|Ủy ban nhân dân các huyện, thị xã, thành phố",(cấp huyện kết thúc hoạt động từ 01/7/2025 — chính quyền địa phương 2 cấp)
Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện,district,Văn phòng HĐND và UBND huyện|VP HĐND-UBND|VP HĐND và UBND|Văn phòng HĐND-UBND huyện|Văn phòng UBND huyện|Văn phòng HĐND-UBND thành phố|Văn phòng HĐND và UBND thành phố|VP HĐND-UBND thành phố,(cấp huyện kết thúc hoạt động từ 01/7/2025 — chính quyền địa phương 2 cấp)
Phòng Nội vụ,district,PNV|Phòng Nội vụ huyện|Phòng Nội vụ - Lao động Thương binh và Xã hội,(cấp huyện kết thúc hoạt động từ 01/7/2025 — chính quyền địa phương 2 cấp)
Phòng Tư pháp,district,Phòng Tư pháp huyện,(cấp huyện kết thúc hoạt động từ 01/7/2025 — chính quyền địa phương 2 cấp)
Phòng Tài chính - Kế hoạch,district,Phòng TC-KH|Phòng Tài chính – Kế hoạch|Phòng Tài chính Kế hoạch,(cấp huyện kết thúc hoạt động từ 01/7/2025 — chính quyền địa phương 2 cấp)
Phòng Tài nguyên và Môi trường,district,Phòng TN&MT|Phòng TNMT,(cấp huyện kết thúc hoạt động từ 01/7/2025 — chính quyền địa phương 2 cấp)
Phòng Lao động - Thương binh và Xã hội,district,Phòng LĐ-TB&XH|Phòng LĐTBXH|Phòng LĐTB&XH,(cấp huyện kết thúc hoạt động từ 01/7/2025 — chính quyền địa phương 2 cấp)
Phòng Văn hóa và Thông tin,district,Phòng VH&TT|Phòng VHTT|Phòng Văn hóa - Thông tin|Phòng Văn hóa Thông tin|Phòng VH-TT|Phòng Văn hóa - Thể thao|Phòng Văn hóa và Thể thao,(cấp huyện kết thúc hoạt động từ 01/7/2025 — chính quyền địa phương 2 cấp)
Phòng Giáo dục và Đào tạo,district,Phòng GD&ĐT|Phòng GDĐT,(cấp huyện kết thúc hoạt động từ 01/7/2025 — chính quyền địa phương 2 cấp)
Phòng Y tế,district,Phòng Y tế huyện,(cấp huyện kết thúc hoạt động từ 01/7/2025 — chính quyền địa phương 2 cấp)
Phòng Kinh tế,district,Phòng Nông nghiệp và Phát triển nông thôn|Phòng NN&PTNT|Phòng Kinh tế huyện,(cấp huyện kết thúc hoạt động từ 01/7/2025 — chính quyền địa phương 2 cấp)
Phòng Kinh tế và Hạ tầng,district,Phòng KT&HT|Phòng KT-HT|Phòng Quản lý đô thị|Phòng QLĐT|Phòng Quản lý đô thị thành phố|Phòng Kinh tế - Hạ tầng,(cấp huyện kết thúc hoạt động từ 01/7/2025 — chính quyền địa phương 2 cấp)
Phòng Dân tộc,district,Phòng Dân tộc huyện,(cấp huyện kết thúc hoạt động từ 01/7/2025 — chính quyền địa phương 2 cấp)
Thanh tra huyện,district,Thanh tra thành phố (thuộc tỉnh)|Thanh tra thị xã|Thanh tra quận|Thanh tra thành phố|Thanh tra huyện,(cấp huyện kết thúc hoạt động từ 01/7/2025 — chính quyền địa phương 2 cấp)
Công an huyện,district,Công an quận|Công an thị xã|Công an thành phố (thuộc tỉnh),(cấp huyện kết thúc hoạt động từ 01/7/2025 — chính quyền địa phương 2 cấp)
Ủy ban Mặt trận Tổ quốc Việt Nam huyện,district,UBMTTQ huyện|MTTQ huyện|UBMTTQ thành phố|UBMTTQVN thành phố|UBMTTQVN huyện|Ủy ban MTTQ huyện,(cấp huyện kết thúc hoạt động từ 01/7/2025 — chính quyền địa phương 2 cấp)
Ủy ban nhân dân xã,commune,"UBND xã|UBND các xã, phường, thị trấn|UBND cấp xã|UBND các xã, phường|UBND đặc khu|Ủy ban nhân dân đặc khu|Ủy ban nhân dân các xã, phường|UBND các phường xã|UBND các phường, xã|UBND phường|UBND thị trấn|Ủy ban nhân dân cấp xã|UBND các xã phường|UBND 3 xã",
Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã,commune,Văn phòng HĐND và UBND xã|Văn phòng HĐND-UBND xã|VP HĐND và UBND xã,
Phòng Văn hóa - Xã hội (xã),commune,Phòng Văn hóa - Xã hội xã|Phòng VH-XH|Phòng Văn hóa – Xã hội,
Phòng Kinh tế (xã),commune,Phòng Kinh tế xã,
"Phòng Kinh tế, Hạ tầng và Đô thị",commune,Phòng Kinh tế - Hạ tầng và Đô thị|Phòng KT-HT&ĐT|Phòng KTHT&ĐT,
Trung tâm Phục vụ hành chính công xã,commune,TTPVHCC xã|Bộ phận Một cửa xã|Bộ phận tiếp nhận và trả kết quả xã,
Công an xã,commune,"Công an phường|Công an thị trấn|Công an các xã, phường|Công an các xã, phường, thị trấn",
Ủy ban Mặt trận Tổ quốc Việt Nam xã,commune,UBMTTQ xã|MTTQ xã,
Ban Công tác Mặt trận các khu dân cư,commune,"Ban Công tác Mặt trận|Ban Công tác Mặt trận khu dân cư|Ban Công tác Mặt trận ở khu dân cư|Ban Công tác Mặt trận các tổ dân phố|Ban Công tác Mặt trận tổ dân phố|Ban Công tác Mặt trận các thôn|Ban Công tác Mặt trận thôn|Ban Công tác Mặt trận các thôn, tổ dân phố|Ban Công tác Mặt trận thôn, tổ dân phố|Ban Công tác Mặt trận các thôn, bản|Các Ban Công tác Mặt trận|Ban CTMT",
Đoàn Thanh niên Cộng sản Hồ Chí Minh xã,commune,Đoàn Thanh niên xã|Đoàn TNCS Hồ Chí Minh xã|Đoàn xã|Đoàn TN xã,
Hội Liên hiệp Phụ nữ xã,commune,Hội LHPN xã|Hội Phụ nữ xã,
Hội Nông dân xã,commune,HND xã,
Hội Cựu chiến binh xã,commune,Hội CCB xã,
Trạm Y tế xã,commune,TYT xã,
Ban Chỉ huy Quân sự xã,commune,Ban CHQS xã|BCH Quân sự xã|BCHQS xã,
Hội đồng nhân dân xã,commune,HĐND xã|Thường trực HĐND xã|Thường trực Hội đồng nhân dân xã|TT HĐND xã,
Đảng ủy xã,commune,Đảng uỷ xã|Ban Thường vụ Đảng ủy xã,
Công chức Văn phòng - Thống kê,commune,Công chức VP-TK|Công chức Văn phòng – Thống kê|Công chức Văn phòng Thống kê,
Công chức Tài chính - Kế toán,commune,Công chức TC-KT|Công chức Tài chính – Kế toán|Công chức Tài chính Kế toán,
Công chức Tư pháp - Hộ tịch,commune,Công chức TP-HT|Công chức Tư pháp – Hộ tịch|Công chức Tư pháp hộ tịch,
Công chức Văn hóa - Xã hội,commune,Công chức VH-XH|Công chức Văn hóa – Xã hội|Công chức Văn hóa xã hội,
Công chức Địa chính - Xây dựng,commune,Công chức Địa chính|Công chức ĐC-XD|Công chức Địa chính - Xây dựng - Đô thị và Môi trường|Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường,
"Hội đồng bồi thường, hỗ trợ và tái định cư",district,Hội đồng bồi thường giải phóng mặt bằng|Hội đồng bồi thường GPMB|Hội đồng BTHT&TĐC,(cấp huyện kết thúc hoạt động từ 01/7/2025 — chính quyền địa phương 2 cấp)
Tòa án nhân dân huyện,district,Tòa án nhân dân thành phố|TAND huyện|Tòa án nhân dân quận|Tòa án nhân dân thị xã,(cấp huyện kết thúc hoạt động từ 01/7/2025 — chính quyền địa phương 2 cấp)
Viện Kiểm sát nhân dân huyện,district,VKSND huyện|Viện kiểm sát nhân dân thành phố,(cấp huyện kết thúc hoạt động từ 01/7/2025 — chính quyền địa phương 2 cấp)
Trung tâm Y tế huyện,district,Trung tâm y tế|Trung tâm y tế thành phố|Trung tâm Y tế thị xã|TTYT huyện,(cấp huyện kết thúc hoạt động từ 01/7/2025 — chính quyền địa phương 2 cấp)
Điện lực huyện,district,Điện lực thành phố|Điện lực thị xã,(cấp huyện kết thúc hoạt động từ 01/7/2025 — chính quyền địa phương 2 cấp)
Huyện đoàn,district,Thành đoàn|Đoàn thanh niên huyện,(cấp huyện kết thúc hoạt động từ 01/7/2025 — chính quyền địa phương 2 cấp)
Hội Liên hiệp Phụ nữ huyện,district,Hội LHPN huyện|Hội Phụ nữ huyện,(cấp huyện kết thúc hoạt động từ 01/7/2025 — chính quyền địa phương 2 cấp)
Hội Nông dân huyện,district,HND huyện,(cấp huyện kết thúc hoạt động từ 01/7/2025 — chính quyền địa phương 2 cấp)
Hội Cựu chiến binh huyện,district,Hội CCB huyện,(cấp huyện kết thúc hoạt động từ 01/7/2025 — chính quyền địa phương 2 cấp)
Liên đoàn Lao động huyện,district,LĐLĐ huyện,(cấp huyện kết thúc hoạt động từ 01/7/2025 — chính quyền địa phương 2 cấp)
Ban Chỉ huy Quân sự huyện,district,Ban CHQS huyện|BCH Quân sự huyện|Ban Chỉ huy Quân sự thành phố|Ban CHQS thành phố|Ban Chỉ huy Quân sự thị xã,(cấp huyện kết thúc hoạt động từ 01/7/2025 — chính quyền địa phương 2 cấp)
Bảo hiểm xã hội huyện,district,BHXH huyện|Bảo hiểm xã hội thành phố|BHXH thành phố|Bảo hiểm xã hội thị xã,(cấp huyện kết thúc hoạt động từ 01/7/2025 — chính quyền địa phương 2 cấp)
"Trung tâm Văn hóa, Thông tin và Thể thao huyện",district,"Trung tâm Văn hóa, Thông tin và Thể thao|Trung tâm VH-TT&TT huyện|Trung tâm VHTT&TT|Trung tâm Văn hóa - Thông tin và Thể thao huyện|Trung tâm Văn hóa, Thông tin và Thể thao thành phố|Trung tâm Văn hóa - Thể thao huyện",(cấp huyện kết thúc hoạt động từ 01/7/2025 — chính quyền địa phương 2 cấp)
Đài Truyền thanh - Truyền hình huyện,district,Đài Truyền thanh - Truyền hình|Đài TT-TH huyện|Đài TT-TH|Đài Truyền thanh huyện|Đài Truyền thanh - Truyền hình thành phố,(cấp huyện kết thúc hoạt động từ 01/7/2025 — chính quyền địa phương 2 cấp)
Chi cục Thuế khu vực,district,Chi cục Thuế|Chi cục Thuế huyện|Chi cục Thuế thành phố|Chi cục Thuế thị xã,
Phòng giao dịch Ngân hàng Chính sách xã hội huyện,district,Phòng giao dịch NHCSXH|PGD NHCSXH|Ngân hàng Chính sách xã hội huyện|NHCSXH huyện,
Chi nhánh Văn phòng Đăng ký đất đai huyện,district,Chi nhánh Văn phòng Đăng ký đất đai|Chi nhánh VPĐKĐĐ|Văn phòng Đăng ký đất đai huyện,
Ban Tuyên giáo Tỉnh ủy,province,Ban Tuyên giáo|Ban Tuyên giáo và Dân vận Tỉnh ủy,
Ban Dân vận Tỉnh ủy,province,Ban Dân vận,
Ban Nội chính Tỉnh ủy,province,Ban Nội chính,
Tòa án nhân dân tỉnh,province,TAND tỉnh,
Viện Kiểm sát nhân dân tỉnh,province,VKSND tỉnh,
Văn phòng Tỉnh ủy,province,VP Tỉnh ủy,
Ban Tiếp công dân tỉnh,province,Ban Tiếp công dân,
Văn phòng Sở,province,,
Trường Chính trị tỉnh,province,Trường Chính trị,
Bộ Nội vụ,national,BNV,
Bộ Tư pháp,national,BTP,
Bộ Tài chính,national,BTC,
Bộ Kế hoạch và Đầu tư,national,Bộ KH&ĐT|Bộ KHĐT,Bộ Tài chính
Bộ Công Thương,national,Bộ Công thương|BCT,
Bộ Nông nghiệp và Môi trường,national,Bộ NN&MT,
Bộ Nông nghiệp và Phát triển nông thôn,national,Bộ NN&PTNT,Bộ Nông nghiệp và Môi trường
Bộ Tài nguyên và Môi trường,national,Bộ TN&MT,Bộ Nông nghiệp và Môi trường
Bộ Xây dựng,national,BXD,
Bộ Giao thông vận tải,national,Bộ GTVT,Bộ Xây dựng
Bộ Khoa học và Công nghệ,national,Bộ KH&CN|Bộ KHCN,
Bộ Thông tin và Truyền thông,national,Bộ TT&TT|Bộ TTTT,Bộ Khoa học và Công nghệ
Bộ Lao động - Thương binh và Xã hội,national,Bộ LĐ-TB&XH|Bộ LĐTBXH|Bộ LĐTB&XH,Bộ Nội vụ
"Bộ Văn hóa, Thể thao và Du lịch",national,Bộ VHTTDL|Bộ VH-TT&DL|Bộ VHTT&DL,
Bộ Giáo dục và Đào tạo,national,Bộ GD&ĐT|Bộ GDĐT,
Bộ Y tế,national,BYT,
Bộ Công an,national,BCA,
Bộ Quốc phòng,national,BQP,
Bộ Ngoại giao,national,BNG,
Bộ Dân tộc và Tôn giáo,national,Ủy ban Dân tộc,
Văn phòng Chính phủ,national,VPCP,
Thanh tra Chính phủ,national,TTCP,
Ngân hàng Nhà nước Việt Nam,national,Ngân hàng Nhà nước|NHNN,
Đài Truyền hình Việt Nam,national,VTV,
Đài Tiếng nói Việt Nam,national,VOV,
Thông tấn xã Việt Nam,national,TTXVN,
Ban Tuyên giáo và Dân vận Trung ương,national,Ban TG&DVTW,
Ban Tuyên giáo Trung ương,national,Ban TGTW,Ban Tuyên giáo và Dân vận Trung ương
Ban Dân vận Trung ương,national,,Ban Tuyên giáo và Dân vận Trung ương
Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam,national,UBTW MTTQ Việt Nam|Ủy ban Trung ương MTTQ Việt Nam,
Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh,national,Trung ương Đoàn TNCS Hồ Chí Minh|Trung ương Đoàn,
Văn phòng Quốc hội,national,VPQH,
Kiểm toán nhà nước,national,KTNN,
Tòa án nhân dân tối cao,national,TANDTC,
Viện kiểm sát nhân dân tối cao,national,VKSNDTC,
Bảo hiểm xã hội Việt Nam,national,BHXH Việt Nam,
Kho bạc Nhà nước,national,KBNN,
Cục Thống kê,national,Tổng cục Thống kê,
Ban Cơ yếu Chính phủ,national,,
Ủy ban Quản lý vốn nhà nước tại doanh nghiệp,national,,Bộ Tài chính
Viện Hàn lâm Khoa học và Công nghệ Việt Nam,national,Viện Hàn lâm KH&CN Việt Nam,
Viện Hàn lâm Khoa học xã hội Việt Nam,national,Viện Hàn lâm KHXH Việt Nam,
Đại học Quốc gia Hà Nội,national,ĐHQG Hà Nội|ĐHQGHN,
Đại học Quốc gia Thành phố Hồ Chí Minh,national,ĐHQG TP.HCM|ĐHQG-HCM|Đại học Quốc gia TP. Hồ Chí Minh,
"Các bộ, ngành, địa phương",national,"Các bộ, ngành|Bộ, ngành, địa phương|Các bộ, cơ quan ngang bộ|các địa phương|Các bộ, ngành liên quan|UBND các tỉnh, thành phố|UBND các tỉnh/ thành phố|UBND các tỉnh|Ủy ban nhân dân các tỉnh|UBND các tỉnh, thành phố trực thuộc Trung ương|UBND các tỉnh, thành phố trực thuộc TW|Các bộ, ngành, cơ quan liên quan|Các bộ, ngành Trung ương",
"Các cơ quan, đơn vị liên quan",province,"Các cơ quan, đơn vị có liên quan|Các cơ quan liên quan|Các đơn vị liên quan|Các cơ quan, đơn vị|Các cơ quan đơn vị liên quan|Các cơ quan, đơn vị theo quy định|các cơ quan truyền thông|Các cơ quan, đơn vị và|Các sở, ngành, UBND xã, phường, đặc khu|Các Sở, ngành, đơn vị, UBND cấp xã",
`;

/**
 * Province names, before and after the 2025 mergers (the 34 provinces of 2025 kept old names), and
 * the centrally-run cities: a name right after a body places it, "Sở Nội vụ Lai Châu", "Công an
 * Đồng Nai" (a body of that province). Names after a level word ("tỉnh Cao Bằng") are any place.
 */
export const PROVINCES = [
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bắc Giang', 'Bắc Kạn', 'Bạc Liêu', 'Bắc Ninh', 'Bến Tre', 'Bình Định',
  'Bình Dương', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cần Thơ', 'Cao Bằng', 'Đà Nẵng', 'Đắk Lắk', 'Đắk Nông',
  'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Nội', 'Hà Tĩnh', 'Hải Dương',
  'Hải Phòng', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu', 'Lâm Đồng',
  'Lạng Sơn', 'Lào Cai', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ', 'Phú Yên',
  'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh',
  'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Huế', 'Tiền Giang', 'Hồ Chí Minh', 'HCM',
  'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
];
