// Its own module: ErrorAlert (first load) checks for it without loading the upload code.
export type UploadErrorReason = 'tooLarge' | 'badType' | 'failed';

/** A client-side refusal or a failed transfer; the API's own errors are thrown as they come. */
export class UploadError extends Error {
  constructor(
    readonly reason: UploadErrorReason,
    message?: string,
  ) {
    super(message ?? reason);
    this.name = 'UploadError';
  }
}
