export const MESSAGE_BODY_MAX = 10_000;
export const CONVERSATION_TITLE_MAX = 200;
export const CLIENT_ID_MAX = 100;
export const GROUP_CONVERSATION_MAX = 100;
export const MESSAGE_ATTACHMENTS_MAX = 10;
/** Catch-up page size (`messagesSince.first`). */
export const SINCE_MAX = 500;
