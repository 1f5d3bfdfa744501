/** Largest request body any front door accepts; bigger payloads are refused before parsing. */
export const MAX_REQUEST_BYTES = 1_000_000;
