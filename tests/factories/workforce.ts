import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { TestApp } from '../support/app';
import { uploadFile } from '../support/uploads';

export const CSV = 'text/csv';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const IMPORT_ROSTER = /* GraphQL */ `
  mutation ($facilityId: ID!, $uploadId: ID!, $dryRun: Boolean) {
    importRoster(facilityId: $facilityId, uploadId: $uploadId, dryRun: $dryRun) {
      id
      status
      dryRun
      rowsTotal
      rowsImported
      rowsRemoved
      errors {
        row
        column
        message
      }
      facility {
        id
      }
      importedBy {
        id
      }
    }
  }
`;

export const HEADER_VI = 'Họ tên,Nghề nghiệp,Chuyên khoa,Giới tính,Năm sinh,Số GPHN,GPHN hết hạn,Chức vụ,Giờ CME';

/**
 * Text as Windows-1258 writes Vietnamese: characters the code page has stay precomposed
 * (ă â ê ô ơ ư đ …), tone marks become combining marks after the base letter.
 */
export function encodeWindows1258(text: string): Buffer {
  const TONES = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
  const fits = (c: string) => iconv.decode(iconv.encode(c, 'windows1258'), 'windows1258') === c;
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (fits(ch)) {
      out += ch;
      continue;
    }
    const d = [...ch.normalize('NFD')];
    const tones = d.filter((c) => TONES.has(c)).join('');
    out +=
      d
        .filter((c) => !TONES.has(c))
        .join('')
        .normalize('NFC') + tones;
  }
  return iconv.encode(out, 'windows1258');
}

/** Uploads bytes as a ROSTER file; returns the upload id. */
export async function uploadRoster(app: TestApp, token: string, body: Buffer, contentType = CSV, fileName = 'danh-sach.csv'): Promise<string> {
  const out = await uploadFile(app, token, { purpose: 'ROSTER', body, contentType, fileName });
  if (!out.attachment) throw new Error(`roster upload failed: ${JSON.stringify(out)}`);
  return out.attachment.id;
}

export async function importCsv(
  app: TestApp,
  token: string,
  facilityId: string,
  lines: string[],
  opts: { dryRun?: boolean; encoding?: 'utf8' | 'utf8bom' | 'win1258' } = {},
) {
  const text = lines.join('\r\n') + '\r\n';
  const body = opts.encoding === 'win1258' ? encodeWindows1258(text) : Buffer.from((opts.encoding === 'utf8bom' ? '\uFEFF' : '') + text, 'utf8');
  const uploadId = await uploadRoster(app, token, body);
  return app.gql(IMPORT_ROSTER, { facilityId, uploadId, dryRun: opts.dryRun ?? false }, token);
}

/** n valid roster lines: `prefix` keeps names and licences unique across calls. */
export function rosterLines(n: number, prefix: string, profession = 'Điều dưỡng', specialty = 'Nhi khoa'): string[] {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const word = (i: number) => [...String(i)].map((d) => letters[Number(d)]).join('');
  return Array.from(
    { length: n },
    (_, i) =>
      `Nguyễn Thị ${prefix} ${word(i)},${profession},${specialty},Nữ,${1970 + (i % 30)},${prefix.toUpperCase()}-${i}/BYT-CCHN,31/12/2029,Điều dưỡng viên,40`,
  );
}

/** An XLSX with a merged title row above the header and a header cell merged across two columns. */
export async function xlsxWithMergedHeader(rows: (string | number | Date)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Nhân sự');
  ws.addRow(['DANH SÁCH NHÂN SỰ BỆNH VIỆN']);
  ws.mergeCells('A1:J1');
  ws.addRow(['Họ và tên', 'Nghề nghiệp', 'Chuyên khoa', 'Giới tính', 'Năm sinh', 'Số GPHN', 'GPHN hết hạn', 'Chức vụ', 'Chức vụ', 'Giờ CME']);
  ws.mergeCells('H2:I2');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
