import type { ApolloClient } from '@apollo/client';
import { graphql } from '../../gql';
import type { UploadPurpose } from '../../gql/graphql';
import { UploadError } from './uploadError';

export { UploadError, type UploadErrorReason } from './uploadError';

export const RequestUploadDocument = graphql(`
  mutation RequestUpload($input: RequestUploadInput!) {
    requestUpload(input: $input) {
      uploadId
      url
      method
      headers
      expiresAt
    }
  }
`);

export const CompleteUploadDocument = graphql(`
  mutation CompleteUpload($uploadId: ID!) {
    completeUpload(uploadId: $uploadId) {
      id
      fileName
      contentType
      size
      url
      thumbnailUrl
      renditions {
        width
        url
      }
    }
  }
`);

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const AVATAR_MAX_BYTES = 5 * 1024 * 1024;

export interface UploadOptions {
  purpose: UploadPurpose;
  accept?: readonly string[];
  maxBytes?: number;
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

export function validateFile(file: File, accept: readonly string[], maxBytes: number): void {
  if (!accept.includes(file.type)) throw new UploadError('badType');
  if (file.size > maxBytes) throw new UploadError('tooLarge');
  if (file.size === 0) throw new UploadError('failed');
}

/** Headers the browser sets itself and refuses to let scripts set. */
const FORBIDDEN_HEADERS = new Set(['host', 'content-length', 'connection', 'origin', 'referer', 'cookie']);

/** PUT the raw bytes with exactly the headers of the ticket, reporting progress. */
export function putFile(
  url: string,
  method: string,
  headers: Record<string, string>,
  file: Blob,
  onProgress?: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method || 'PUT', url, true);
    for (const [name, value] of Object.entries(headers)) {
      if (!FORBIDDEN_HEADERS.has(name.toLowerCase())) xhr.setRequestHeader(name, String(value));
    }
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && onProgress) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress?.(1);
        resolve();
      } else {
        reject(new UploadError('failed', `upload: HTTP ${xhr.status}`));
      }
    };
    xhr.onerror = () => reject(new UploadError('failed', 'upload: network error'));
    xhr.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'));
    if (signal) {
      if (signal.aborted) {
        reject(new DOMException('Upload aborted', 'AbortError'));
        return;
      }
      signal.addEventListener('abort', () => xhr.abort(), { once: true });
    }
    xhr.send(file);
  });
}

function ticketHeaders(raw: unknown): Record<string, string> {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
    if (value !== null && value !== undefined) result[name] = String(value);
  }
  return result;
}

/**
 * requestUpload → PUT to the presigned URL (progress) → completeUpload. Returns the Attachment.
 */
export async function uploadFile(client: ApolloClient, file: File, options: UploadOptions) {
  const accept = options.accept ?? IMAGE_TYPES;
  const maxBytes = options.maxBytes ?? AVATAR_MAX_BYTES;
  validateFile(file, accept, maxBytes);
  options.onProgress?.(0);

  const { data: ticketData } = await client.mutate({
    mutation: RequestUploadDocument,
    variables: {
      input: { purpose: options.purpose, fileName: file.name, contentType: file.type, size: file.size },
    },
  });
  const ticket = ticketData?.requestUpload;
  if (!ticket) throw new UploadError('failed', 'requestUpload returned nothing');

  await putFile(ticket.url, ticket.method, ticketHeaders(ticket.headers), file, options.onProgress, options.signal);

  const { data: completed } = await client.mutate({
    mutation: CompleteUploadDocument,
    variables: { uploadId: ticket.uploadId },
  });
  const attachment = completed?.completeUpload;
  if (!attachment) throw new UploadError('failed', 'completeUpload returned nothing');
  return attachment;
}
