import { parseDate, readCsv, validateRoster } from './roster-file';

describe('roster files', () => {
  it('reads dates as YYYY-MM-DD, dd/mm/yyyy and Excel serials, refusing impossible ones', () => {
    expect(parseDate('2029-02-28')).toBe('2029-02-28');
    expect(parseDate('5/1/2030')).toBe('2030-01-05');
    expect(parseDate(47119)).toBe('2029-01-01');
    expect(parseDate('29/02/2027')).toBeNull();
    expect(parseDate('2027-13-01')).toBeNull();
  });

  it('finds the header under a title row and accepts Vietnamese values', () => {
    const table = readCsv(Buffer.from('DANH SÁCH NHÂN SỰ\nHọ và tên;Nghề nghiệp;Giới tính;Năm sinh\nTrần Văn An;bác sĩ;nam;1980\n'));
    expect(table.headerRow).toBe(2);
    const { records, errors } = validateRoster(table, new Date('2026-06-01'));
    expect(errors).toEqual([]);
    expect(records).toEqual([
      expect.objectContaining({ row: 3, fullName: 'Trần Văn An', searchText: 'tran van an', profession: 'PHYSICIAN', sex: 'MALE', birthYear: 1980 }),
    ]);
  });
});
