/** The largest PostgreSQL `integer` (int4). */
export const PG_INT_MAX = 2_147_483_647;

/** U+0000, or a surrogate without its pair (not valid UTF-8 once encoded). */
// eslint-disable-next-line no-control-regex -- U+0000 is exactly what this looks for
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when PostgreSQL would refuse `text` in a text column or parameter (and the driver error would become a 500). */
export const hasUnstorableText = (text: string): boolean => UNSTORABLE.test(text);
