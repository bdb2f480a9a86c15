// Round 7 (issue 15): classes, not sentences — English-order addresses, provincial cities
// at the end of an address, foreign family names recurring alone in English prose, lower-case
// names after "là/tên", teknonyms, given names in no list after a kinship word, unlabelled
// alphanumeric codes, "on the 18th". None of the examples is copied from a held-out set.
import { scanText } from '@ketnoi/deid';
import type { PhiKind } from './types';

const found = (text: string, kind?: PhiKind) =>
  scanText(text)
    .filter((f) => !kind || f.kind === kind)
    .map((f) => f.text);

describe('round 7: addresses written in English word order', () => {
  it.each([
    ['Address: 14 Nguyen Trai, Ward 3, Go Vap District.', '14 Nguyen Trai, Ward 3, Go Vap District'],
    ['She rents Apt 1708, Block A, Sky Garden, Tan Phong, District 7.', 'Apt 1708, Block A, Sky Garden, Tan Phong, District 7'],
    ['Home: 9 Tran Phu, Phuoc Ninh, Hai Chau, Da Nang', '9 Tran Phu, Phuoc Ninh, Hai Chau'],
    ['He stayed at Villa 3, Ocean Breeze, Hoa Hai Ward, Ngu Hanh Son District', 'Villa 3, Ocean Breeze, Hoa Hai Ward, Ngu Hanh Son District'],
    ['lives in Thao Dien Ward with her parents', 'Thao Dien Ward'],
  ])('%s', (text, address) => {
    expect(found(text, 'ADDRESS')).toEqual([address]);
  });

  it('stops before a province-level city', () => {
    expect(found('Address: 22 Le Loi, Ben Nghe Ward, District 1, Ho Chi Minh City', 'ADDRESS')).toEqual(['22 Le Loi, Ben Nghe Ward, District 1']);
  });

  it.each([
    'Transferred to Ward 4, Bed 18, Room 2, Building C.',
    'Admitted to the Pediatric Ward at 10 pm.',
    'Emergency Ward, Surgical Ward and ICU were full.',
    'Give 2 Tablets twice daily, Follow Up in 7 days.',
  ])('does not flag hospital rooms or prose: %s', (text) => {
    expect(found(text, 'ADDRESS')).toEqual([]);
  });
});

describe('round 7: Vietnamese address tails', () => {
  it('keeps a provincial city that shares its province name', () => {
    expect(found('Địa chỉ: số 7, tổ 12, phường Quang Trung, thành phố Thái Nguyên', 'ADDRESS')).toEqual([
      'số 7, tổ 12, phường Quang Trung, thành phố Thái Nguyên',
    ]);
    expect(found('trú tại phường Ba Đình, TP Thanh Hóa', 'ADDRESS')).toEqual(['phường Ba Đình, TP Thanh Hóa']);
  });

  it('takes a district named before its province in a news bracket, and a commune after a numbered hamlet', () => {
    expect(found('Phụ xe là anh H. (29 tuổi, Đức Linh, Bình Thuận) bị thương nhẹ.', 'ADDRESS')).toEqual(['Đức Linh']);
    expect(found('nhà cụ ở xóm 9 Nghi Phong phải không', 'ADDRESS')).toEqual(['xóm 9 Nghi Phong']);
    expect(found('BS Hoàng Văn Thụ, Hà Nội', 'ADDRESS')).toEqual([]);
  });

  it('still leaves a centrally-run city out', () => {
    expect(found('Địa chỉ: phường Láng Thượng, TP Hà Nội', 'ADDRESS')).toEqual(['phường Láng Thượng']);
  });
});

describe('round 7: names', () => {
  it('finds a foreign family name used alone after the full name', () => {
    expect(found('Our patient, Oliver Barnes, was admitted at noon. Barnes had fallen from a scooter.', 'NAME')).toEqual(['Oliver Barnes', 'Barnes']);
  });

  it('reads sender labels after a timestamp', () => {
    expect(found('[07:40] Thanh Hương: bn giường 6 tụt HA\n[07:41] BS Quân: cho NaCl 0,9%', 'NAME')).toEqual(['Thanh Hương', 'Quân']);
    expect(found('21:05 - Diệp: e gửi kq rồi\n21:06 - Khôi: ok', 'NAME')).toEqual(['Diệp', 'Khôi']);
  });

  it('keeps a provincial city whose name runs on after its province', () => {
    expect(found('tại xã Thanh Minh, TP Điện Biên Phủ', 'ADDRESS')).toEqual(['xã Thanh Minh, TP Điện Biên Phủ']);
  });

  it('finds a foreign given name opening an English sentence', () => {
    expect(found('Rebecca called the ward twice. The nurse explained the plan.', 'NAME')).toEqual(['Rebecca']);
  });

  it('finds lower-case names after "là" in an unaccented chat', () => {
    expect(found('chao bs, e la hanh, con e ten la tran van khoi nhe', 'NAME')).toEqual(['hanh', 'tran van khoi']);
  });

  it.each([
    ['Hôm qua mẹ cái Thơm lên trạm xin thuốc.', 'Thơm'],
    ['bố thằng Khải gọi điện lúc 9 giờ', 'Khải'],
    ['Cháu Dình sốt từ tối qua, mẹ cháu đưa xuống trạm.', 'Dình'],
  ])('finds the name in a teknonym or after a kinship word: %s', (text, name) => {
    expect(found(text, 'NAME')).toContain(name);
  });

  it('finds a lower-case child nickname after "bé" but not the words of care', () => {
    expect(found('bé gạo nhà e ho 3 hôm nay bs ơi', 'NAME')).toEqual(['gạo']);
    expect(found('bé bú kém, bé sốt, bé ngủ được, bé quấy, thằng bé khóc', 'NAME')).toEqual([]);
  });

  it.each([
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc',
    'Mark all as read',
    'De-identified case files, shared with colleagues.',
    'Will you come back tomorrow?',
  ])('does not flag everyday words that are also names: %j', (text) => {
    expect(found(text, 'NAME')).toEqual([]);
  });

  it('keeps a Japanese honorific after a family name', () => {
    expect(found('Suzuki-san (phiên dịch Thu Hà): bệnh nhân đau bụng\nThu Hà: dạ', 'NAME')).toContain('Suzuki');
  });

  it.each(['bác sĩ trực đã khám', 'cu cậu hợp tác tốt', 'nhóm máu mẹ O con B', 'người Jrai ở buôn', 'liệt Bell bên phải', 'Diagnosis: Passport pending'])(
    'does not flag %j',
    (text) => {
      expect(found(text, 'NAME')).toEqual([]);
    },
  );
});

describe('round 7: numbers and dates', () => {
  it('finds unlabelled alphanumeric codes with five digits or more', () => {
    expect(found('hồ sơ gửi kèm, tham chiếu PVI-26-117204 và mẫu XN2603-00912', 'RECORD_NUMBER')).toEqual(['PVI-26-117204', 'XN2603-00912']);
  });

  it('does not take file names, timestamps, resolutions or figures for codes', () => {
    expect(found('ảnh 03-home-1280.png, lúc 2026-03-12T08:00:00Z, theo NQ 202/2025/QH15, mật độ BS/10.000 dân', 'RECORD_NUMBER')).toEqual([]);
  });

  it('does not take a rate, a size, a dose or a plate for a code', () => {
    expect(found('dịch truyền 2000ml/24h, vết thương 10x350, vitamin D 100000IU', 'RECORD_NUMBER')).toEqual([]);
    expect(found('xe máy biển 29B1-234.56', 'RECORD_NUMBER')).toEqual([]);
  });

  it('takes an alphanumeric passport after its label', () => {
    expect(found('passport no. K8M2Q4471', 'PASSPORT')).toEqual(['K8M2Q4471']);
  });

  it('finds the first day of a range written in words', () => {
    expect(found('Từ ngày 4 đến 9/10, cháu sốt liên tục.', 'DATE')).toEqual(['Từ ngày 4 đến 9/10']);
  });

  it('finds "on the 18th" but not "the 3rd day"', () => {
    expect(found('Her next dialysis is on the 21st.', 'DATE')).toEqual(['the 21st']);
    expect(found('He is on the 3rd day of fever.', 'DATE')).toEqual([]);
  });
});
