import { DomainError } from '@ketnoi/platform';
import { BURNED_IN_ANNOTATION, DEIDENTIFICATION_METHOD_TEXT, createDicomDeidentifier, readDicomText } from './dicom';

/** A tiny DICOM writer for tests: explicit or implicit VR little endian. */
type El = [group: number, element: number, vr: string, value: string | Buffer | El[][] | { undefinedLength: El[][] }];
const LONG = new Set(['OB', 'OD', 'OF', 'OL', 'OV', 'OW', 'SQ', 'SV', 'UC', 'UN', 'UR', 'UT', 'UV']);

function write(elements: El[], explicit: boolean): Buffer {
  const parts: Buffer[] = [];
  for (const [group, element, vr, raw] of elements) {
    const undefinedLength = !Buffer.isBuffer(raw) && typeof raw === 'object' && !Array.isArray(raw);
    let value: Buffer;
    if (typeof raw === 'string') value = Buffer.from(raw.length % 2 ? raw + (vr === 'UI' ? '\0' : ' ') : raw, 'latin1');
    else if (Buffer.isBuffer(raw)) value = raw;
    else {
      const items = Array.isArray(raw) ? raw : raw.undefinedLength;
      value = Buffer.concat(
        items.map((item) => {
          const body = write(item, explicit);
          const h = Buffer.alloc(8);
          h.writeUInt16LE(0xfffe, 0);
          h.writeUInt16LE(0xe000, 2);
          h.writeUInt32LE(undefinedLength ? 0xffffffff : body.length, 4);
          const end = Buffer.from([0xfe, 0xff, 0x0d, 0xe0, 0, 0, 0, 0]);
          return Buffer.concat(undefinedLength ? [h, body, end] : [h, body]);
        }),
      );
      if (undefinedLength) value = Buffer.concat([value, Buffer.from([0xfe, 0xff, 0xdd, 0xe0, 0, 0, 0, 0])]);
    }
    const length = undefinedLength ? 0xffffffff : value.length;
    let head: Buffer;
    if (!explicit) {
      head = Buffer.alloc(8);
      head.writeUInt32LE(length, 4);
    } else if (LONG.has(vr)) {
      head = Buffer.alloc(12);
      head.write(vr, 4, 'latin1');
      head.writeUInt32LE(length, 8);
    } else {
      head = Buffer.alloc(8);
      head.write(vr, 4, 'latin1');
      head.writeUInt16LE(length, 6);
    }
    head.writeUInt16LE(group, 0);
    head.writeUInt16LE(element, 2);
    parts.push(head, value);
  }
  return Buffer.concat(parts);
}

function dicomFile(dataset: El[], syntax = '1.2.840.10008.1.2.1', sopUid = '1.2.826.0.1.3680043.8.498.100.1'): Buffer {
  const meta = write(
    [
      [0x0002, 0x0001, 'OB', Buffer.from([0, 1])],
      [0x0002, 0x0002, 'UI', '1.2.840.10008.5.1.4.1.1.2'],
      [0x0002, 0x0003, 'UI', sopUid],
      [0x0002, 0x0010, 'UI', syntax],
    ],
    true,
  );
  const groupLength = Buffer.alloc(12);
  groupLength.writeUInt16LE(0x0002, 0);
  groupLength.write('UL', 4, 'latin1');
  groupLength.writeUInt16LE(4, 6);
  groupLength.writeUInt32LE(meta.length, 8);
  return Buffer.concat([Buffer.alloc(128), Buffer.from('DICM'), groupLength, meta, write(dataset, syntax !== '1.2.840.10008.1.2')]);
}

const STUDY = '1.2.826.0.1.3680043.8.498.7';
const ctSlice = (sop: string, over: El[] = []): El[] => [
  [0x0008, 0x0016, 'UI', '1.2.840.10008.5.1.4.1.1.2'],
  [0x0008, 0x0018, 'UI', sop],
  [0x0008, 0x0020, 'DA', '20260312'],
  [0x0008, 0x0060, 'CS', 'CT'],
  [0x0008, 0x0080, 'LO', 'Benh vien Da khoa Tinh'],
  [0x0008, 0x0090, 'PN', 'TRAN^VAN^BINH'],
  [
    0x0008,
    0x1140,
    'SQ',
    [
      [
        [0x0008, 0x1150, 'UI', '1.2.840.10008.5.1.4.1.1.2'],
        [0x0008, 0x1155, 'UI', '1.2.826.0.1.3680043.8.498.100.9'],
        [0x0010, 0x0010, 'PN', 'NGUYEN^VAN^AN'],
      ],
    ],
  ],
  [0x0009, 0x0010, 'LO', 'ACME 1.0'],
  [0x0009, 0x1001, 'LO', 'NGUYEN VAN AN 0912345678'],
  [0x0010, 0x0010, 'PN', 'NGUYEN^VAN^AN'],
  [0x0010, 0x0020, 'LO', 'BN-2026-0001'],
  [0x0010, 0x0030, 'DA', '19540312'],
  [0x0010, 0x1040, 'LO', 'So 12 ngo 34 pho Hue'],
  [0x0018, 0x0050, 'DS', '5'],
  [0x0020, 0x000d, 'UI', STUDY],
  [0x0020, 0x000e, 'UI', `${STUDY}.1`],
  [0x0028, 0x0010, 'US', Buffer.from([2, 0])],
  [0x0028, 0x0011, 'US', Buffer.from([2, 0])],
  [0x0028, 0x0301, 'CS', 'NO'],
  [
    0x0040,
    0x0260,
    'SQ',
    {
      undefinedLength: [
        [
          [0x0008, 0x0100, 'SH', 'SPS-1'],
          [0x0040, 0x1001, 'SH', 'RP-1'],
        ],
      ],
    },
  ],
  [0x6000, 0x3000, 'OW', Buffer.alloc(4)],
  ...over,
  [0x7fe0, 0x0010, 'OW', Buffer.from([1, 2, 3, 4, 5, 6, 7, 8])],
];

const deidentify = createDicomDeidentifier('test-secret-0123456789');
const deid = async (input: Buffer) => (await deidentify(input)).data;
const has = (buf: Buffer, s: string) => buf.includes(Buffer.from(s, 'latin1'));

describe('DICOM de-identification (PS3.15 Annex E basic profile)', () => {
  it('removes and empties identifying attributes at every level, drops private tags and overlays, keeps the image', async () => {
    const input = dicomFile(ctSlice('1.2.826.0.1.3680043.8.498.100.1'));
    const out = await deid(input);
    for (const s of [
      'NGUYEN',
      'TRAN^VAN',
      'BN-2026-0001',
      '19540312',
      '20260312',
      'ngo 34',
      'Benh vien',
      'ACME',
      '0912345678',
      STUDY,
      '1.2.826.0.1.3680043.8.498.100.1',
    ]) {
      expect({ s, found: has(out, s) }).toEqual({ s, found: false });
    }
    const tags = readDicomText(out);
    expect(tags.get('0010,0010')).toBe('');
    expect(tags.get('0010,0020')).toBe('');
    expect(tags.has('0010,1040')).toBe(false);
    expect(tags.has('0009,1001')).toBe(false);
    expect(tags.has('6000,3000')).toBe(false);
    expect(tags.has('0008,0080')).toBe(false);
    expect(tags.has('0040,0260[0].0040,1001')).toBe(false);
    expect(tags.get('0040,0260[0].0008,0100')).toBe('SPS-1');
    expect(tags.get('0008,1140[0].0010,0010')).toBe('');
    expect(tags.get('0008,1140[0].0008,1150')).toBe('1.2.840.10008.5.1.4.1.1.2');
    expect(tags.get('0008,1140[0].0008,1155')).toMatch(/^2\.25\.\d+$/);
    expect(tags.get('0012,0062')).toBe('YES');
    expect(tags.get('0012,0063')).toBe(DEIDENTIFICATION_METHOD_TEXT);
    expect(tags.get('0008,0060')).toBe('CT');
    expect(tags.get('0018,0050')).toBe('5');
    expect(tags.get('0002,0003')).toBe(tags.get('0008,0018'));
    expect(out.includes(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]))).toBe(true);
    // The output is itself well-formed and stable under a second pass.
    expect(readDicomText(await deid(out)).get('0012,0062')).toBe('YES');
  });

  it('remaps UIDs consistently: two slices of one study stay one study, with different instance UIDs', async () => {
    const a = readDicomText(await deid(dicomFile(ctSlice('1.2.3.4.1'), undefined, '1.2.3.4.1')));
    const b = readDicomText(await deid(dicomFile(ctSlice('1.2.3.4.2'), undefined, '1.2.3.4.2')));
    expect(a.get('0020,000d')).toMatch(/^2\.25\.\d+$/);
    expect(a.get('0020,000d')).toBe(b.get('0020,000d'));
    expect(a.get('0020,000e')).toBe(b.get('0020,000e'));
    expect(a.get('0008,0018')).not.toBe(b.get('0008,0018'));
    const other = readDicomText((await createDicomDeidentifier('another-secret-987654321')(dicomFile(ctSlice('1.2.3.4.1')))).data);
    expect(other.get('0020,000d')).not.toBe(a.get('0020,000d'));
  });

  it('handles implicit VR and encapsulated pixel data', async () => {
    const implicit = await deid(dicomFile(ctSlice('1.2.3.5.1'), '1.2.840.10008.1.2'));
    expect(has(implicit, 'NGUYEN')).toBe(false);
    expect(readDicomText(implicit).get('0012,0062')).toBe('YES');

    const fragments = Buffer.concat([
      Buffer.from([0xfe, 0xff, 0x00, 0xe0, 0, 0, 0, 0]), // empty offset table
      Buffer.from([0xfe, 0xff, 0x00, 0xe0, 4, 0, 0, 0, 0xff, 0xd8, 0xff, 0xd9]),
      Buffer.from([0xfe, 0xff, 0xdd, 0xe0, 0, 0, 0, 0]),
    ]);
    const slice = ctSlice('1.2.3.6.1').filter(([g]) => g !== 0x7fe0);
    const file = dicomFile(slice, '1.2.840.10008.1.2.4.50');
    const head = Buffer.alloc(12);
    head.writeUInt16LE(0x7fe0, 0);
    head.writeUInt16LE(0x0010, 2);
    head.write('OB', 4, 'latin1');
    head.writeUInt32LE(0xffffffff, 8);
    const out = await deid(Buffer.concat([file, head, fragments]));
    expect(has(out, 'NGUYEN')).toBe(false);
    expect(out.includes(Buffer.from([0xff, 0xd8, 0xff, 0xd9]))).toBe(true);
  });

  it('holds images with burned-in annotation (YES or unknown) for the author, de-identified all the same', async () => {
    for (const over of [[[0x0028, 0x0301, 'CS', 'YES']] as El[], []]) {
      const dataset = ctSlice('1.2.3.7.1').filter(([g, e]) => !(g === 0x0028 && e === 0x0301));
      const file = dicomFile([...dataset.slice(0, -1), ...over, dataset[dataset.length - 1]]);
      const { data, holds } = await deidentify(file);
      expect(holds).toEqual([BURNED_IN_ANNOTATION]);
      for (const s of ['NGUYEN', 'BN-2026-0001', '19540312', STUDY]) expect({ s, found: has(data, s) }).toEqual({ s, found: false });
      expect(readDicomText(data).get('0012,0062')).toBe('YES');
      expect(data.includes(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]))).toBe(true);
    }
    // NO, or no pixels at all: nothing to hold.
    expect((await deidentify(dicomFile(ctSlice('1.2.3.7.2')))).holds).toEqual([]);
    const noPixels = ctSlice('1.2.3.7.3').filter(([g, e]) => !(g === 0x7fe0) && !(g === 0x0028 && e === 0x0301));
    expect((await deidentify(dicomFile(noPixels))).holds).toEqual([]);
  });

  it('refuses malformed files and unsupported transfer syntaxes with BAD_USER_INPUT', async () => {
    const good = dicomFile(ctSlice('1.2.3.8.1'));
    for (const bad of [Buffer.from('not dicom'), good.subarray(0, good.length - 5), dicomFile(ctSlice('1.2.3.8.2'), '1.2.840.10008.1.2.2')]) {
      const e = await deid(bad).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(DomainError);
      expect(e).toMatchObject({ code: 'BAD_USER_INPUT' });
    }
  });
});
