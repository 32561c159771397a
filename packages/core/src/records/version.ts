/**
 * The version of the record format, shared by both records. A module of its own so that code about one record (the
 * incident form) can name it without bundling the other record's schema.
 */
export const CURRENT_SCHEMA_VERSION = 2;
