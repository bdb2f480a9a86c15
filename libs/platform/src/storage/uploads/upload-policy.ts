/**
 * What may be uploaded for which purpose, and how big. Pure functions: the service, the
 * resolver's input validation and the tests share them.
 */
export const UPLOAD_PURPOSES = ['AVATAR', 'POST_MEDIA', 'MESSAGE_ATTACHMENT', 'CASE_ATTACHMENT', 'BROADCAST_DOCUMENT', 'ROSTER'] as const;
export type UploadPurposeName = (typeof UPLOAD_PURPOSES)[number];

export const MB = 1024 * 1024;

/** Images the server can decode, re-encode (stripping EXIF/GPS) and thumbnail with sharp. */
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const;
export const VIDEO_TYPES = ['video/mp4', 'video/webm'] as const;
export const PDF = 'application/pdf';
export const DICOM = 'application/dicom';
export const CSV = 'text/csv';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const images = (maxBytes: number, types: readonly string[] = IMAGE_TYPES) => Object.fromEntries(types.map((t) => [t, maxBytes]));
const videos = (maxBytes: number) => Object.fromEntries(VIDEO_TYPES.map((t) => [t, maxBytes]));

/** purpose → content type → maximum size in bytes. Anything not listed is refused. */
export const UPLOAD_LIMITS: Readonly<Record<UploadPurposeName, Readonly<Record<string, number>>>> = {
  AVATAR: images(5 * MB, ['image/jpeg', 'image/png', 'image/webp']),
  POST_MEDIA: { ...images(10 * MB), [PDF]: 20 * MB, ...videos(100 * MB) },
  MESSAGE_ATTACHMENT: { ...images(10 * MB), [PDF]: 20 * MB, ...videos(50 * MB) },
  CASE_ATTACHMENT: { ...images(20 * MB), [PDF]: 20 * MB, [DICOM]: 200 * MB },
  BROADCAST_DOCUMENT: { [PDF]: 20 * MB }, // verbatim: see VERBATIM_PURPOSES
  ROSTER: { [CSV]: 20 * MB, [XLSX]: 20 * MB },
};

/**
 * Purposes whose files are official documents: stored byte for byte (never re-encoded,
 * metadata kept), so a digest of the stored object is a digest of the original.
 */
export const VERBATIM_PURPOSES: readonly UploadPurposeName[] = ['BROADCAST_DOCUMENT'];
export const isVerbatimPurpose = (purpose: string): boolean => (VERBATIM_PURPOSES as readonly string[]).includes(purpose);

/** How long a presigned GET (file or thumbnail) stays valid, at most: 1 h. */
export const DOWNLOAD_URL_SECONDS = 3600;
/**
 * Case attachments: 5 minutes at most. Their readers change (a share or a consultation is
 * revoked), and a URL handed out before a revoke must not outlive it by much.
 */
export const CASE_DOWNLOAD_URL_SECONDS = 300;

export const downloadUrlSecondsFor = (purpose: string): number => (purpose === 'CASE_ATTACHMENT' ? CASE_DOWNLOAD_URL_SECONDS : DOWNLOAD_URL_SECONDS);

/** Extensions that a downloaded file could be executed or rendered as active content by. */
const DANGEROUS_EXTENSIONS = new Set(
  (
    'exe com bat cmd scr pif msi msp mst cpl dll sys drv ocx vbs vbe js jse mjs cjs wsf wsh ws ps1 psm1 psd1 ' +
    'sh bash zsh csh ksh fish command app apk ipa xapk deb rpm dmg pkg jar war class py pyc pyw pl rb php phtml ' +
    'php3 php4 php5 phar asp aspx jsp cgi lnk reg inf hta html htm xhtml shtml mht mhtml svg svgz xml xsl xslt ' +
    'swf url desktop scf iso vhd vhdx appx msix appimage run elf so dylib gadget msc chm ts lua wasm'
  ).split(' '),
);

export const FILE_NAME_MAX = 200;

export type PolicyResult =
  | { ok: true; purpose: UploadPurposeName; fileName: string; contentType: string; maxSize: number }
  | { ok: false; field: 'purpose' | 'fileName' | 'contentType' | 'size'; message: string };

export const isUploadPurpose = (p: unknown): p is UploadPurposeName => typeof p === 'string' && (UPLOAD_PURPOSES as readonly string[]).includes(p);
export const isImageType = (contentType: string): boolean => (IMAGE_TYPES as readonly string[]).includes(contentType);

/** `image/JPEG ` → `image/jpeg`; parameters (`; charset=…`) are kept so that they are refused. */
export const normaliseContentType = (contentType: string): string => contentType.trim().toLowerCase();

/** The largest size allowed for this purpose and type, or null when the type is refused. */
export function maxSizeFor(purpose: string, contentType: string): number | null {
  if (!isUploadPurpose(purpose) || typeof contentType !== 'string') return null;
  const limits = UPLOAD_LIMITS[purpose];
  const type = normaliseContentType(contentType);
  return Object.hasOwn(limits, type) ? limits[type] : null;
}

/** Downloads of these types are shown in the browser; everything else is saved as a file. */
export function dispositionFor(contentType: string): 'inline' | 'attachment' {
  const t = normaliseContentType(contentType);
  return isImageType(t) || t === PDF || (VIDEO_TYPES as readonly string[]).includes(t) ? 'inline' : 'attachment';
}

// C0/C1 control characters, DEL, and bidirectional overrides that disguise extensions
// ("photo\u202Egpj.exe" displays as "photoexe.jpg").
// eslint-disable-next-line no-control-regex
const FORBIDDEN_NAME_CHARS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069/\\]/;

/** Checks a file name; returns the trimmed name or the problem. */
export function checkFileName(fileName: string): { ok: true; fileName: string } | { ok: false; message: string } {
  if (typeof fileName !== 'string') return { ok: false, message: 'Vui lòng nhập tên tệp.' };
  const name = fileName.normalize('NFC').trim();
  if (!name) return { ok: false, message: 'Vui lòng nhập tên tệp.' };
  if ([...name].length > FILE_NAME_MAX) return { ok: false, message: `Tên tệp quá dài (tối đa ${FILE_NAME_MAX} ký tự).` };
  if (FORBIDDEN_NAME_CHARS.test(name) || name === '.' || name === '..') {
    return { ok: false, message: 'Tên tệp chứa ký tự không hợp lệ (không được có dấu /, \\ hay ký tự điều khiển).' };
  }
  // Windows ignores trailing dots and spaces: "virus.exe. " is "virus.exe".
  const effective = name.replace(/[. ]+$/, '');
  const dot = effective.lastIndexOf('.');
  const ext = dot >= 0 ? effective.slice(dot + 1).toLowerCase() : '';
  if (!effective || DANGEROUS_EXTENSIONS.has(ext)) return { ok: false, message: 'Loại tệp này không được phép tải lên.' };
  return { ok: true, fileName: name };
}

const mbText = (bytes: number) => `${Math.round((bytes / MB) * 10) / 10} MB`;

/** The whole upload request, checked in this order: purpose, declared type, declared size, name. */
export function checkUpload(input: { purpose: string; fileName: string; contentType: string; size: number }): PolicyResult {
  if (!isUploadPurpose(input.purpose)) return { ok: false, field: 'purpose', message: 'Mục đích tải lên không hợp lệ.' };
  const contentType = typeof input.contentType === 'string' ? normaliseContentType(input.contentType) : '';
  const maxSize = maxSizeFor(input.purpose, contentType);
  if (maxSize === null) return { ok: false, field: 'contentType', message: 'Loại tệp này không được phép cho mục đích tải lên này.' };
  if (!Number.isSafeInteger(input.size) || input.size < 1) return { ok: false, field: 'size', message: 'Kích thước tệp không hợp lệ.' };
  if (input.size > maxSize) {
    return { ok: false, field: 'size', message: `Tệp quá lớn. Kích thước tối đa cho loại tệp này là ${mbText(maxSize)}.` };
  }
  const name = checkFileName(input.fileName);
  if (!name.ok) return { ok: false, field: 'fileName', message: name.message };
  return { ok: true, purpose: input.purpose, fileName: name.fileName, contentType, maxSize };
}

/** Human text for a size limit, e.g. in error messages. */
export const describeLimit = mbText;
