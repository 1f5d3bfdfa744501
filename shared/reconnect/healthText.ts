// The sentences of relationship health, shared by the core and the renderer's fake core.

/** Who started the last few touchpoints, in a sentence. */
export function whoStarts(byMe: number, byThem: number): string {
  const n = byMe + byThem;
  if (n === 0) return 'No touchpoints yet.';
  if (byMe === byThem) return `Evenly shared: each of you started ${byMe} of the last ${n}.`;
  return byMe > byThem ? `You started ${byMe} of the last ${n}.` : `They started ${byThem} of the last ${n}.`;
}

/** Favours given against received over 12 months, in a sentence. */
export function balanceText(given: number, received: number): string {
  if (given === 0 && received === 0) return 'No help, intros, compliments or gifts logged in the last 12 months.';
  if (given === received) return `Balanced: ${given} given and ${received} received in 12 months.`;
  return given > received
    ? `You gave ${given} and received ${received} in 12 months.`
    : `They gave ${received} and you gave ${given} in 12 months: your turn.`;
}
