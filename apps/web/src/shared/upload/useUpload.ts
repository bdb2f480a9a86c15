import { useCallback, useEffect, useRef, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { uploadFile, type UploadOptions } from './uploadFile';

export interface UploadState {
  uploading: boolean;
  /** 0–100 while uploading, null otherwise. */
  progress: number | null;
  error: unknown;
}

/** Upload with progress state for a component; aborts the transfer on unmount. */
export function useUpload(options: Omit<UploadOptions, 'onProgress' | 'signal'>) {
  const client = useApolloClient();
  const [state, setState] = useState<UploadState>({ uploading: false, progress: null, error: null });
  const controller = useRef<AbortController | null>(null);
  const { purpose, accept, maxBytes } = options;

  useEffect(() => () => controller.current?.abort(), []);

  const upload = useCallback(
    async (file: File) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      setState({ uploading: true, progress: 0, error: null });
      try {
        const attachment = await uploadFile(client, file, {
          purpose,
          accept,
          maxBytes,
          signal: abort.signal,
          onProgress: (fraction) => setState((previous) => ({ ...previous, progress: Math.round(fraction * 100) })),
        });
        setState({ uploading: false, progress: null, error: null });
        return attachment;
      } catch (error) {
        setState({ uploading: false, progress: null, error });
        throw error;
      }
    },
    [client, purpose, accept, maxBytes],
  );

  const reset = useCallback(() => setState({ uploading: false, progress: null, error: null }), []);

  return { ...state, upload, reset };
}
