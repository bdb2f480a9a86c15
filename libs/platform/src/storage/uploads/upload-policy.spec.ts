import { MB, UPLOAD_PURPOSES, checkFileName, checkUpload, dispositionFor, maxSizeFor } from './upload-policy';

const ok = (purpose: string, contentType: string, size: number, fileName = 'tep') => checkUpload({ purpose, contentType, size, fileName });

describe('upload policy', () => {
  const allowed: [string, string, number][] = [
    ['AVATAR', 'image/jpeg', 5 * MB],
    ['AVATAR', 'image/png', 5 * MB],
    ['AVATAR', 'image/webp', 5 * MB],
    ['POST_MEDIA', 'image/jpeg', 10 * MB],
    ['POST_MEDIA', 'image/gif', 10 * MB],
    ['POST_MEDIA', 'application/pdf', 20 * MB],
    ['POST_MEDIA', 'video/mp4', 100 * MB],
    ['POST_MEDIA', 'video/webm', 100 * MB],
    ['MESSAGE_ATTACHMENT', 'image/png', 10 * MB],
    ['MESSAGE_ATTACHMENT', 'application/pdf', 20 * MB],
    ['MESSAGE_ATTACHMENT', 'video/mp4', 50 * MB],
    ['CASE_ATTACHMENT', 'image/jpeg', 20 * MB],
    ['CASE_ATTACHMENT', 'application/pdf', 20 * MB],
    ['CASE_ATTACHMENT', 'application/dicom', 200 * MB],
    ['BROADCAST_DOCUMENT', 'application/pdf', 20 * MB],
  ];

  it.each(allowed)('%s allows %s up to its limit (%d bytes) and refuses one byte more', (purpose, type, limit) => {
    expect(maxSizeFor(purpose, type)).toBe(limit);
    expect(ok(purpose, type, limit)).toMatchObject({ ok: true, contentType: type, maxSize: limit });
    expect(ok(purpose, type, 1)).toMatchObject({ ok: true });
    const over = ok(purpose, type, limit + 1);
    expect(over).toMatchObject({ ok: false, field: 'size' });
    expect(over.ok ? '' : over.message).toMatch(/Tệp quá lớn\. Kích thước tối đa cho loại tệp này là \d+ MB\./);
  });

  const refusedTypes: [string, string][] = [
    ['AVATAR', 'image/gif'],
    ['AVATAR', 'application/pdf'],
    ['AVATAR', 'video/mp4'],
    ['BROADCAST_DOCUMENT', 'image/jpeg'],
    ['BROADCAST_DOCUMENT', 'video/mp4'],
    ['CASE_ATTACHMENT', 'video/mp4'],
    ['POST_MEDIA', 'application/dicom'],
    ['MESSAGE_ATTACHMENT', 'application/dicom'],
    ...UPLOAD_PURPOSES.flatMap((p) =>
      [
        'image/svg+xml',
        'text/html',
        'application/xhtml+xml',
        'application/javascript',
        'text/javascript',
        'application/x-msdownload',
        'application/x-sh',
        'application/octet-stream',
        'application/x-executable',
        'application/java-archive',
        'application/vnd.android.package-archive',
        'image/heic',
        'video/quicktime',
        'text/plain',
        '',
        'image/jpeg; charset=utf-8',
        'image/*',
      ].map((t): [string, string] => [p, t]),
    ),
  ];

  it.each(refusedTypes)('%s refuses %j', (purpose, type) => {
    expect(maxSizeFor(purpose, type)).toBeNull();
    expect(ok(purpose, type, 100)).toEqual({ ok: false, field: 'contentType', message: 'Loại tệp này không được phép cho mục đích tải lên này.' });
  });

  it('normalises the case and spaces of a content type', () => {
    expect(ok('AVATAR', ' Image/JPEG ', 100)).toMatchObject({ ok: true, contentType: 'image/jpeg' });
  });

  it('refuses an unknown purpose first', () => {
    expect(ok('PROFILE_BANNER', 'image/jpeg', 100)).toMatchObject({ ok: false, field: 'purpose' });
    expect(ok('avatar', 'image/jpeg', 100)).toMatchObject({ ok: false, field: 'purpose' });
    expect(maxSizeFor('toString', 'image/jpeg')).toBeNull();
    expect(maxSizeFor('AVATAR', 'constructor')).toBeNull();
  });

  it.each([0, -1, 1.5, NaN, Infinity])('refuses size %p', (size) => {
    expect(ok('AVATAR', 'image/png', size)).toMatchObject({ ok: false, field: 'size', message: 'Kích thước tệp không hợp lệ.' });
  });

  describe('file names', () => {
    it.each(['ảnh đại diện.jpg', 'Kết quả xét nghiệm (2025).pdf', 'IM000001', 'scan.dcm', 'a', 'x'.repeat(200), 'report.2025.pdf', 'tệp—đặc biệt #1 & 2.png'])(
      'accepts %j',
      (name) => {
        expect(checkFileName(name)).toEqual({ ok: true, fileName: name });
      },
    );

    it('trims surrounding spaces', () => {
      expect(checkFileName('  a.png ')).toEqual({ ok: true, fileName: 'a.png' });
    });

    it.each([
      ['', 'Vui lòng nhập tên tệp.'],
      ['   ', 'Vui lòng nhập tên tệp.'],
      ['x'.repeat(201), 'Tên tệp quá dài (tối đa 200 ký tự).'],
    ])('refuses %j', (name, message) => {
      expect(checkFileName(name)).toEqual({ ok: false, message });
    });

    it.each([
      '../a.png',
      'folder/a.png',
      'C:\\Users\\a.png',
      'a\u0000.png',
      'a\n.png',
      'a\t.png',
      'a\u007f.png',
      'a\u0085.png',
      'photo\u202Egnp.exe',
      '.',
      '..',
    ])('refuses path separators and control characters in %j', (name) => {
      expect(checkFileName(name)).toMatchObject({ ok: false, message: expect.stringContaining('ký tự không hợp lệ') });
    });

    it.each([
      'setup.exe',
      'SETUP.EXE',
      'run.bat',
      'a.cmd',
      'x.scr',
      'x.msi',
      'x.dll',
      'x.js',
      'x.vbs',
      'x.ps1',
      'x.sh',
      'x.jar',
      'x.apk',
      'x.php',
      'page.html',
      'page.htm',
      'logo.svg',
      'photo.jpg.exe',
      'virus.exe.',
      'virus.exe . .',
      'x.lnk',
      'x.hta',
      '...',
    ])('refuses the executable or active name %j', (name) => {
      expect(checkFileName(name)).toEqual({ ok: false, message: 'Loại tệp này không được phép tải lên.' });
    });

    it('reports the file name field from checkUpload', () => {
      expect(checkUpload({ purpose: 'POST_MEDIA', contentType: 'image/png', size: 10, fileName: 'a.exe' })).toMatchObject({ ok: false, field: 'fileName' });
      expect(checkUpload({ purpose: 'POST_MEDIA', contentType: 'image/png', size: 10, fileName: 'a/b.png' })).toMatchObject({ ok: false, field: 'fileName' });
    });

    it('counts characters, not UTF-16 units or bytes', () => {
      expect(checkFileName('😀'.repeat(200))).toMatchObject({ ok: true });
      expect(checkFileName('ệ'.repeat(200))).toMatchObject({ ok: true });
    });
  });

  it('shows images, PDF and video inline, everything else as a download', () => {
    expect(dispositionFor('image/jpeg')).toBe('inline');
    expect(dispositionFor('application/pdf')).toBe('inline');
    expect(dispositionFor('video/webm')).toBe('inline');
    expect(dispositionFor('application/dicom')).toBe('attachment');
    expect(dispositionFor('text/html')).toBe('attachment');
    expect(dispositionFor('application/octet-stream')).toBe('attachment');
  });
});
