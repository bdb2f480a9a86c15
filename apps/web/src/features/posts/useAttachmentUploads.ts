import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AttachmentFieldsFragment } from '../../gql/graphql';
import { newClientId } from '../../shared/lib/id';
import { UploadError, uploadFile } from '../../shared/upload/uploadFile';

export const POST_MEDIA_TYPES: Record<string, number> = {
  'image/jpeg': 10 * 1024 * 1024,
  'image/png': 10 * 1024 * 1024,
  'image/webp': 10 * 1024 * 1024,
  'application/pdf': 20 * 1024 * 1024,
  'video/mp4': 100 * 1024 * 1024,
  'video/webm': 100 * 1024 * 1024,
};
export const POST_MEDIA_ACCEPT = Object.keys(POST_MEDIA_TYPES).join(',');
export const POST_ATTACHMENTS_MAX = 10;

export interface AttachmentItem {
  key: string;
  fileName: string;
  contentType: string;
  size: number;
  /** Local preview (object URL) for images being uploaded, or the attachment's own thumbnail. */
  previewUrl: string | null;
  /** 0–100 while uploading. */
  progress: number;
  status: 'uploading' | 'done' | 'error';
  attachment: AttachmentFieldsFragment | null;
  error: unknown;
}

/**
 * The composer's attachments: each file goes through the upload flow (POST_MEDIA) on its own,
 * with its own progress bar, and can be removed (which aborts its transfer).
 */
export function useAttachmentUploads(initial: readonly AttachmentFieldsFragment[] = []) {
  const client = useApolloClient();
  const [items, setItems] = useState<AttachmentItem[]>(() =>
    initial.map((attachment) => ({
      key: attachment.id,
      fileName: attachment.fileName,
      contentType: attachment.contentType,
      size: attachment.size,
      previewUrl: attachment.thumbnailUrl ?? (attachment.contentType.startsWith('image/') ? attachment.url : null),
      progress: 100,
      status: 'done' as const,
      attachment,
      error: null,
    })),
  );
  const controllers = useRef(new Map<string, AbortController>());
  const objectUrls = useRef(new Map<string, string>());

  const update = useCallback((key: string, patch: Partial<AttachmentItem>) => {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  }, []);

  useEffect(() => {
    const ctrls = controllers.current;
    const urls = objectUrls.current;
    return () => {
      ctrls.forEach((c) => c.abort());
      urls.forEach((url) => URL.revokeObjectURL(url));
    };
  }, []);

  const add = useCallback(
    (files: File[]) => {
      const room = POST_ATTACHMENTS_MAX - items.length;
      const accepted = files.slice(0, Math.max(0, room));
      const added: AttachmentItem[] = accepted.map((file) => {
        const key = newClientId();
        let previewUrl: string | null = null;
        if (file.type.startsWith('image/')) {
          previewUrl = URL.createObjectURL(file);
          objectUrls.current.set(key, previewUrl);
        }
        return {
          key,
          fileName: file.name,
          contentType: file.type,
          size: file.size,
          previewUrl,
          progress: 0,
          status: 'uploading',
          attachment: null,
          error: null,
        };
      });
      setItems((current) => [...current, ...added]);
      added.forEach((item, index) => {
        const file = accepted[index]!;
        const controller = new AbortController();
        controllers.current.set(item.key, controller);
        const maxBytes = POST_MEDIA_TYPES[file.type];
        uploadFile(client, file, {
          purpose: 'POST_MEDIA',
          accept: Object.keys(POST_MEDIA_TYPES),
          maxBytes: maxBytes ?? 0,
          signal: controller.signal,
          onProgress: (fraction) => update(item.key, { progress: Math.round(fraction * 100) }),
        })
          .then((attachment) => update(item.key, { status: 'done', progress: 100, attachment }))
          .catch((error: unknown) => {
            if (error instanceof DOMException && error.name === 'AbortError') return;
            update(item.key, { status: 'error', error });
          })
          .finally(() => controllers.current.delete(item.key));
      });
      return files.length - accepted.length;
    },
    [client, items.length, update],
  );

  const remove = useCallback((key: string) => {
    controllers.current.get(key)?.abort();
    controllers.current.delete(key);
    const url = objectUrls.current.get(key);
    if (url) {
      URL.revokeObjectURL(url);
      objectUrls.current.delete(key);
    }
    setItems((current) => current.filter((item) => item.key !== key));
  }, []);

  const reset = useCallback(() => {
    controllers.current.forEach((c) => c.abort());
    controllers.current.clear();
    objectUrls.current.forEach((url) => URL.revokeObjectURL(url));
    objectUrls.current.clear();
    setItems([]);
  }, []);

  const uploading = items.some((item) => item.status === 'uploading');
  const failed = items.some((item) => item.status === 'error');
  const attachmentIds = items.flatMap((item) => (item.attachment ? [item.attachment.id] : []));
  return { items, add, remove, reset, uploading, failed, attachmentIds };
}

export function uploadErrorKey(error: unknown): 'tooLarge' | 'badType' | 'failed' | null {
  if (error instanceof UploadError) return error.reason;
  return null;
}
