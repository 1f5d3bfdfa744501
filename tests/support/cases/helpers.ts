/** A syntactically valid UUID (v7) that belongs to no row. */
export const SOME_ID = '01a209a4-1a60-7446-b578-4901cb4ce0a6';

export interface ChannelCases {
  /** Payloads the request schema must accept (the first is the base for generic bad cases). */
  valid: unknown[];
  /** Channel-specific payloads it must refuse, with what is wrong with each. */
  invalid: [label: string, payload: unknown][];
}

export const long = (n: number) => 'x'.repeat(n);
export const identities = (n: number) => Array.from({ length: n }, (_, i) => ({ kind: 'email', value: `p${i}@example.com` }));
export const badIds = (extra: Record<string, unknown> = {}): [string, unknown][] => [
  ['missing id', { ...extra }],
  ['id that is not a UUID', { id: 'not-a-uuid', ...extra }],
  ['numeric id', { id: 42, ...extra }],
  ['empty id', { id: '', ...extra }],
  ['id with SQL in it', { id: `${SOME_ID}' OR 1=1 --`, ...extra }],
];
export const byId: ChannelCases = { valid: [{ id: SOME_ID }], invalid: badIds() };
