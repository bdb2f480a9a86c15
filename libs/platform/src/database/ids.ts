import { v7 as uuidv7, validate } from 'uuid';

/** Time-ordered UUID v7, so (created_at, id) keyset cursors stay index-friendly. */
export const newId = (): string => uuidv7();

export const isUuid = (value: unknown): value is string => typeof value === 'string' && validate(value);
