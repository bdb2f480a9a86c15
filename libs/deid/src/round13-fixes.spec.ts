// Round 13 (issue 15): names in four places a rule can trust whatever the name looks like —
// a bracket after a phone number, a comment section's display names, a news credit's initials,
// and Korean names written with spaces. Every sentence was written for this file; none is
// copied from a held-out set.
import { scanText, type PhiKind } from '@ketnoi/deid';

const found = (text: string, kind: PhiKind) =>
  scanText(text)
    .filter((f) => f.kind === kind)
    .map((f) => f.text);

describe('round 13: the contact in brackets after a phone number', () => {
  it.each([
    ['co gi goi 0912 408 733 (anh vinh) hoac 0387 221 904 (chi thoa) nha', ['vinh', 'thoa']],
    ['liên hệ 0905 117 342 (Zalo chị Hằng)', ['Hằng']],
    ['so ben do +855 17 440 218 (con trai tuan)', ['tuan']],
    ['nhắn 0978 330 412 (Quân)', ['Quân']],
  ])('%s', (text, names) => {
    expect(found(text, 'NAME')).toEqual(names);
  });

  it.each([
    'gọi 0912 408 733 (nhà riêng) hoặc 0903 555 120 (trực khoa)',
    'hotline 0236 3821 118 (cấp cứu), 0236 3821 119 (tổng đài)',
    'số cũ 0912 408 733 (con trai), số mới 0903 555 120 (số cũ)',
  ])('not a name: %s', (text) => {
    expect(found(text, 'NAME')).toEqual([]);
  });
});

describe('round 13: display names in a comment section', () => {
  const post = `Bé Na đã xuất viện sáng nay.
Bình luận
Bông Lúa Vàng: mừng quá con ơi
↳ Mẹ Cún Thái Bình: cảm ơn các bác sĩ
ngoc han tran: ca nha em cam on bv
Bệnh viện Nhi tỉnh: Cảm ơn mọi người đã quan tâm ạ
Quỹ Vòng Tay Xanh: đã chuyển tiền cho gia đình`;

  it('flags every commenter, kinship word and place included, and not the page or a fund replying', () => {
    const names = found(post, 'NAME');
    expect(names).toEqual(expect.arrayContaining(['Bông Lúa Vàng', 'Mẹ Cún Thái Bình', 'ngoc han tran']));
    expect(names.some((n) => /Bệnh viện|Quỹ/.test(n))).toBe(false);
  });

  it('needs the heading: "Kết luận: ổn định" lines are fields, not commenters', () => {
    expect(found('Chẩn đoán: viêm phổi\nKết luận: ổn định\nHướng xử trí: cho về', 'NAME')).toEqual([]);
  });
});

describe('round 13: initials in a news credit', () => {
  it.each([
    ['Ảnh: K.L', ['K.L']],
    ['Tổng hợp: P.Q – Th.Tr.', ['P.Q', 'Th.Tr.']],
    ['Nhóm PV: V.A, Ng.H và T.', ['V.A', 'Ng.H', 'T.']],
    ['Bài và ảnh: Kh.Duy', ['Kh.Duy']],
  ])('%s', (text, names) => {
    expect(found(text, 'NAME')).toEqual(names);
  });

  it.each(['Ảnh: Hà Nội mùa lúa chín', 'Ảnh minh họa: Internet', 'Tin: Bộ Y tế cho biết'])('no initials, no new name: %s', (text) => {
    expect(found(text, 'NAME').filter((n) => n.includes('.'))).toEqual([]);
  });
});

describe('round 13: Korean names with spaces', () => {
  it.each([
    ['Người nhà: bà CHOI HYE JIN, vợ bệnh nhân', ['CHOI HYE JIN']],
    ['bệnh nhân Jang Seo Yeon, 31 tuổi', ['Jang Seo Yeon']],
  ])('%s', (text, names) => {
    expect(found(text, 'NAME')).toEqual(names);
  });

  it.each(['KIM SON HA', 'về NAM HA NOI'])('a Vietnamese name or place is left to the Vietnamese rules: %s', (text) => {
    expect(found(text, 'NAME').filter((n) => /^(?:KIM SON HA|NAM HA NOI)$/.test(n))).toEqual([]);
  });
});

describe('round 13: a name in Thai, Lao or Khmer script, and the transliteration before a bracket of script', () => {
  it.each([
    ['khách hàng Anan Sukprasert (อนันต์ สุขประเสริฐ), 52 tuổi', ['Anan Sukprasert', 'อนันต์ สุขประเสริฐ']],
    ['phiên dịch là chị Khamla (ຄໍາຫລ້າ) ở Viêng Chăn', ['Khamla', 'ຄໍາຫລ້າ']],
    ['bệnh nhân Sok Pisey (សុខ ពិសី) nhập viện', ['Sok Pisey', 'សុខ ពិសី']],
  ])('%s', (text, names) => {
    expect(found(text, 'NAME')).toEqual(names);
  });
});

describe('round 13: chat sender labels', () => {
  it('leaves an emoji or a flag after the name out of the label', () => {
    expect(found('Minh Thư 🌻: con về rồi\nBảo Ngọc 🇯🇵: dạ chị', 'NAME')).toEqual(['Minh Thư', 'Bảo Ngọc']);
  });

  it('leaves the job after the name out ("Hân phiên dịch:")', () => {
    expect(found('Diệp phiên dịch: bệnh nhân nói đau\nKhoa: cho nhập\nDiệp phiên dịch: dạ', 'NAME')).toEqual(['Diệp', 'Khoa', 'Diệp']);
  });

  it('still reads a bulleted digest as places, not senders', () => {
    expect(found('• Cần Thơ: một ca bạch hầu\n• Quảng Ninh: trẻ sơ sinh bị bỏ rơi', 'NAME')).toEqual([]);
  });
});

describe('round 13: a lower-case given name after a staff title', () => {
  it.each([
    ['bs hieu cho y lenh truyen dich', ['hieu']],
    ['bác sĩ kiên dặn chiều chụp lại', ['kiên']],
    ['dd nhàn đã tiêm kháng sinh', ['nhàn']],
  ])('%s', (text, names) => {
    expect(found(text, 'NAME')).toEqual(names);
  });

  it.each(['bs truc da kham', 'bs tu van cho gia dinh', 'bác sĩ trực đã khám', 'bs tu van cho ong ve'])('not a name: %s', (text) => {
    expect(found(text, 'NAME')).toEqual([]);
  });
});

describe('round 13: dates', () => {
  it.each([
    ['Sở Y tế cảnh báo: từ 12/10 đến 3/11 có 9 ca', '12/10 đến 3/11'],
    ['em trực 21, 22/2 rồi nghỉ', '21, 22/2'],
    ['discharge expected around May 3-5 if stable', 'May 3-5'],
    ['ông mổ hôm mùng bảy, giờ ổn', 'hôm mùng bảy'],
    ['về quê mùng hai Tết', 'mùng hai Tết'],
  ])('%s', (text, date) => {
    expect(found(text, 'DATE')).toEqual([date]);
  });

  it.each(['ngủ mùng nha con', 'uống 1, 2/3 ống', 'HA 120/80 - 130/90', 'cho 2, 3/4 viên'])('no date: %s', (text) => {
    expect(found(text, 'DATE')).toEqual([]);
  });
});

describe('round 13: numbers', () => {
  it.each([
    ['tài khoản Techcombank 1903 5521 8870 12 chủ tài khoản', '1903 5521 8870 12'],
    ['Sacombank 0601 2277 3910, chủ TK Lê Văn Tám', '0601 2277 3910'],
    ['hóa đơn điện tử số 0012874 xuất cho bệnh nhân', '0012874'],
    ['theo kết luận giám định số 872/TgT.25 ngày hôm đó', '872/TgT.25'],
  ])('%s', (text, number) => {
    expect(found(text, 'RECORD_NUMBER')).toEqual([number]);
  });

  it('an official letter opening a line is no name ("công văn 77/BV-KHTH")', () => {
    expect(found('công văn 77/BV-KHTH/2025 gửi Công an phường', 'NAME')).toEqual([]);
  });
});

describe('round 13: names recurring after a title that opens a sentence, foreign sender labels, greetings and attributions', () => {
  it('finds a given name taken from a full name again after a title that opens a sentence', () => {
    expect(found('Giường 5: Lò Văn Lự, 62t, chạy thận.\nĐD Hạnh: Chị hỏi BS Yên. Ông Lự hôm nay mệt.', 'NAME')).toEqual(['Lò Văn Lự', 'Hạnh', 'Yên', 'Lự']);
  });

  it('not a lower-case word that folds onto the name ("Em hủy" is no Huy)', () => {
    expect(found('BS Huy trực.\nLan: Em hủy rồi chị', 'NAME')).not.toContain('hủy');
  });

  it('takes a foreign name outside the lexicons that opens two lines of a chat', () => {
    const chat = 'Pornwan (Assist Bangkok): Good morning\nDr. Hạnh: Hi, he is stable\nPornwan (Assist Bangkok): Thank you\nNote: GOP sent';
    expect(found(chat, 'NAME')).toEqual(expect.arrayContaining(['Pornwan', 'Hạnh']));
    expect(found(chat, 'NAME')).not.toContain('Note');
  });

  it.each([
    ['Chào Quyên 👋 lịch trực tuần này', ['Quyên']],
    ['Cảm ơn Thu Hà nhiều nha', ['Thu Hà']],
    ['Hi Anong, the report is ready', ['Anong']],
    ['"We were lucky," Khoa said.', ['Khoa']],
  ])('%s', (text, names) => {
    expect(found(text, 'NAME')).toEqual(names);
  });

  it.each(['Cảm ơn Bác sĩ nhiều', 'Chào buổi sáng cả nhà', 'cam on ca nha', 'Dear Lumina Health,', '"It was hard," He said.'])('no name: %s', (text) => {
    expect(found(text, 'NAME')).toEqual([]);
  });
});

describe('round 13: addresses', () => {
  it.each([
    ['ông Sơn Ky (trú phum Trà Tim, xã Lương Phi, huyện Tri Tôn) đã ổn', 'phum Trà Tim, xã Lương Phi, huyện Tri Tôn'],
    ['chau 9t, nha o ap soai cang, xa luong tam, so xuat huyet', 'ap soai cang, xa luong tam'],
    ['She fell near her homestay in Lũng Cú commune, Đồng Văn district. A guide helped', 'Lũng Cú commune, Đồng Văn district'],
    ['He works at Yên Phong Industrial Park as an engineer', 'Yên Phong Industrial Park'],
    ['Bà Choi, căn 15B-02, tháp A, chung cư Hòa Bình, phường Tân Mai, sốt 3 ngày', 'căn 15B-02, tháp A, chung cư Hòa Bình, phường Tân Mai'],
  ])('%s', (text, address) => {
    expect(found(text, 'ADDRESS')).toEqual([address]);
  });

  it.each(['He went to Hanoi city for a check-up', 'the district hospital referred him', 'khám ở huyện rồi chuyển tỉnh'])('no address: %s', (text) => {
    expect(found(text, 'ADDRESS')).toEqual([]);
  });
});

describe('round 13: more dates, numbers and a district alone', () => {
  it.each([
    ['sốt, khởi phát 27.10, IgM dương tính', 'DATE', ['27.10']],
    ['hẹn tái khám 3-12 và 4-12 nhé', 'DATE', ['3-12 và 4-12']],
    ['mai la 6-12 e xin nghi bu', 'DATE', ['6-12']],
    ['nghỉ dịp lễ 30/4 - 1/5 rồi quay lại', 'DATE', ['30/4 - 1/5']],
    ['mổ ngày 14 và 15 tháng 6', 'DATE', ['ngày 14 và 15 tháng 6']],
    ['chuyển vào TK 0071 0009 33817 giúp em', 'RECORD_NUMBER', ['0071 0009 33817']],
    ['gửi qua Western Union, mã MTCN 7702154839', 'RECORD_NUMBER', ['7702154839']],
    ['She was visiting her son in District 4 when she fell', 'ADDRESS', ['District 4']],
  ] as const)('%s', (text, kind, values) => {
    expect(found(text, kind)).toEqual(values);
  });

  it.each([
    ['uống 2 và 3 viên', 'DATE'],
    ['Ward 3, Bed 12', 'ADDRESS'],
    ['tỷ lệ 2.5 lần', 'DATE'],
    ['tỷ lệ 2/3 - 3/4', 'DATE'],
    ['uống 1/2 - 1/3 viên', 'DATE'],
  ] as const)('nothing in: %s', (text, kind) => {
    expect(found(text, kind)).toEqual([]);
  });
});

describe('round 13: regional address words before a given name', () => {
  it.each([
    ['Mệ Hoa ngủ được rồi', ['Hoa']],
    ['Bầm Thơm ốm mấy hôm nay', ['Thơm']],
  ])('%s', (text, names) => {
    expect(found(text, 'NAME')).toEqual(names);
  });

  it('a blood group is no name', () => {
    expect(found('nhóm máu O Rh dương', 'NAME')).toEqual([]);
  });
});

describe('round 13b (after set 15 was measured): numbers, ages read out, boats, titles', () => {
  it.each([
    ['BỆNH VIỆN ĐA KHOA TỈNH CÀ MAU\nSố: 1187/CV-BVĐK\nGIẤY CHUYỂN VIỆN', 'RECORD_NUMBER', ['1187/CV-BVĐK']],
    ['Số biên bản: HC-NGT-0911', 'RECORD_NUMBER', ['HC-NGT-0911']],
    ['truyền 2 đơn vị (túi 2511-30072, 2511-30075)', 'RECORD_NUMBER', ['2511-30072', '2511-30075']],
    ['Giấy chứng nhận thương tích số 0412/CNTT do bác sĩ ký', 'RECORD_NUMBER', ['0412/CNTT']],
    ['mã người bệnh là hai lăm một không bốn bốn chín', 'RECORD_NUMBER', ['hai lăm một không bốn bốn chín']],
    ['tàu cá BĐ-97415-TS bị chìm', 'VEHICLE_PLATE', ['BĐ-97415-TS']],
    ['cụ Khẩn chín mươi hai tuổi, lú lẫn về đêm', 'AGE_OVER_89', ['chín mươi hai']],
    ['chị ấy dặn bác sĩ phong ký giấy ra viện', 'NAME', ['phong']],
  ] as const)('%s', (text, kind, values) => {
    expect(found(text, kind)).toEqual(values);
  });

  it.each([
    ['điền mẫu số 01/BV-01', 'RECORD_NUMBER'],
    ['Phó Giám đốc Sở Y tế phát biểu', 'NAME'],
    ['hộ lý ca đêm thay ga', 'NAME'],
    ['ông ba mươi chín tuổi', 'AGE_OVER_89'],
  ] as const)('nothing in: %s', (text, kind) => {
    expect(found(text, kind)).toEqual([]);
  });
});

describe('round 13b: authors of posts and comments, tags, shares, a contact before a number', () => {
  it('takes the author of each comment from its header line, and a tagged member', () => {
    const post = 'Bình luận (3)\nHương Giang Trần · 3 giờ trước\nCảm ơn các bác sĩ!\nBảo Khánh · 1 giờ trước\n@Hương Giang Trần con mình cũng vậy';
    expect(found(post, 'NAME')).toEqual(['Hương Giang Trần', 'Bảo Khánh', 'Hương Giang Trần']);
  });

  it('takes the author of a post with its date, and the author of a shared post', () => {
    expect(found('Thanh Mai • 12/10/2025\nSáng nay bé đã xuất viện.', 'NAME')).toEqual(['Thanh Mai']);
    expect(found('Quoc Bao da chia se bai viet cua Lan Phuong\nTIM NGUOI THAN', 'NAME')).toEqual(expect.arrayContaining(['Lan Phuong']));
  });

  it.each(['Sáng nay · 2 giờ trước', 'Bệnh viện Nhi · 3 giờ trước', '@Bệnh viện Chợ Rẫy cho hỏi giờ khám'])('no person: %s', (text) => {
    expect(found(text, 'NAME')).toEqual([]);
  });

  it('takes the name right before a number after "gọi" or "hoặc"', () => {
    expect(found('Ai thấy xin gọi Hằng 0938 551 246 hoặc Tâm 0977 201 465.', 'NAME')).toEqual(['Hằng', 'Tâm']);
    expect(found('liên hệ Bệnh viện 0236 3821 118', 'NAME')).toEqual([]);
  });

  it.each([
    ['đến 18-8 chỉ số đông máu mới về bình thường', ['18-8']],
    ['Dự kiến ngày 20/10 Viện Pasteur trả kết quả', ['ngày 20/10']],
  ])('a date before "chỉ số" or "Viện": %s', (text, dates) => {
    expect(found(text, 'DATE')).toEqual(dates);
  });

  it.each(['ngày 1/2 viên', '1/2 chỉ vàng'])('still a dose: %s', (text) => {
    expect(found(text, 'DATE')).toEqual([]);
  });
});

describe('round 13b: a UUID is no phone or ID number', () => {
  it.each(['@[Ai](03279109-98f6-4f38-b278-82002cc2df0b)', 'liên kết cũ 09101972-14b5-4f61-a405-d521e26f27bc đã xóa'])('no finding in %s', (text) => {
    expect(scanText(text).filter((f) => f.kind !== 'NAME')).toEqual([]);
  });

  it('a UUID after a record label is still the record number, whole', () => {
    expect(found('mã hồ sơ 3f2a1b4c-0912-4345-8678-091234567890', 'RECORD_NUMBER')).toEqual(['3f2a1b4c-0912-4345-8678-091234567890']);
  });
});

describe('round 13c (after set 16 was measured): aliases, e-mail headers, labels with a desk or a child, dated bylines', () => {
  it.each([
    ['khởi tố Lê Văn Sún (tự "Sún Răng", SN 1990)', ['Lê Văn Sún', 'Sún Răng']],
    ['From: Mai Tran <mai.tran.ips@example.vn>\nTo: Park Ji-hoon <park@example.kr>\nSubject: GOP', ['Mai Tran', 'Park Ji-hoon']],
    ['Nguyệt Siêu Âm: 9h kín lịch rồi\nLinh: ok\nThu Quầy 2: dạ', ['Nguyệt', 'Linh', 'Thu']],
    ['Bố Tũn: bé sốt lại\nMẹ Bắp: dạ em cũng thế', ['Tũn', 'Bắp']],
    ['Út Nhỏ: Má ơi, ba nhập viện\nHai Lúa: anh về liền', ['Út Nhỏ', 'Hai Lúa']],
    ['Cứu người đuối nước\nT.Nh – 05/03/2026\nSáng 4-3, …', ['T.Nh']],
  ])('%s', (text, names) => {
    expect(found(text, 'NAME')).toEqual(names);
  });

  it.each(['From: International Patient Services <ips@example.vn>', 'To: <ips@example.vn>', 'Hà Nội – 05/03/2026\nBộ Y tế cho biết', 'Mẹ Bệnh: x\nBố Mẹ: y'])(
    'no name: %s',
    (text) => {
      expect(found(text, 'NAME')).toEqual([]);
    },
  );
});
