import type { XAccount } from '../../../../shared/domain/xArchive';

/** `@handle`, or "Unresolved account 1626…" while the archive never named it. */
export function accountTitle(a: Pick<XAccount, 'handle' | 'accountId'>): string {
  return a.handle ? `@${a.handle}` : `Unresolved account ${a.accountId.slice(0, 6)}…`;
}

/** How the two accounts follow each other, in the user's words; null when neither does. */
export function followLabel(a: Pick<XAccount, 'following' | 'follower'>): string | null {
  if (a.following && a.follower) return 'Mutual';
  if (a.following) return 'You follow';
  if (a.follower) return 'Follows you';
  return null;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "12 DMs sent / 9 received · 4 replies · 1 mention": what the archive holds with this account. */
export function activityLine(a: Pick<XAccount, 'messagesSent' | 'messagesReceived' | 'repliesByMe' | 'mentionsByMe'>): string {
  const parts: string[] = [];
  if (a.messagesSent || a.messagesReceived) parts.push(`${plural(a.messagesSent, 'DM')} sent / ${a.messagesReceived} received`);
  if (a.repliesByMe) parts.push(plural(a.repliesByMe, 'reply', 'replies'));
  if (a.mentionsByMe) parts.push(plural(a.mentionsByMe, 'mention'));
  return parts.length ? parts.join(' · ') : 'No DMs, replies or mentions';
}

export type ConfidenceLevel = 'high' | 'medium' | 'low';

/** High from 90 % (the bulk accept's default), medium from 70 %. */
export function confidenceLevel(confidence: number): ConfidenceLevel {
  return confidence >= 0.9 ? 'high' : confidence >= 0.7 ? 'medium' : 'low';
}

export const percent = (confidence: number) => `${Math.round(confidence * 100)}%`;

export const LEVEL_LABELS: Record<ConfidenceLevel, string> = { high: 'High', medium: 'Medium', low: 'Low' };

/** Thresholds offered for "Accept all at or above"; the contract takes 50 % to 100 %. */
export const ACCEPT_THRESHOLDS = [0.95, 0.9, 0.85, 0.8, 0.7, 0.6] as const;
