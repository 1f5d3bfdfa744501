import type { ArchiveFacts, InteractionFacts } from './archiveFacts';
import { type ConversationRecord, parseIsoDate } from './records';

/** The user's calendar day (`YYYY-MM-DD`, in their zone) of a time. */
export type DayOf = (at: number) => string;

const SNIPPET = 280;

/**
 * One conversation: its messages grouped into conversation-days, one interaction each.
 * A day is one touchpoint rather than one per message: a chat of forty messages is one
 * conversation to a person, and counting messages would swamp cadences and health with
 * chatter. The day's first sender is who started it; sent/received keep the message counts.
 */
export function addConversation(facts: ArchiveFacts, record: ConversationRecord, group: boolean, fileName: string, index: number): void {
  const owner = facts.owner;
  if (!owner) return;
  const { conversationId, messages } = record.dmConversation;
  const participants = new Set<string>();
  if (!group) for (const id of conversationId.split('-')) participants.add(id);
  const days = new Map<string, InteractionFacts & { firstAt: number }>();
  let counted = false;
  for (const event of messages) {
    for (const id of event.joinConversation?.participantsSnapshot ?? []) participants.add(id);
    for (const id of event.participantsJoin?.userIds ?? []) participants.add(id);
    if (event.joinConversation?.initiatingUserId) participants.add(event.joinConversation.initiatingUserId);
    const message = event.messageCreate;
    if (!message) continue;
    const at = parseIsoDate(message.createdAt);
    if (at === null) {
      facts.problem(fileName, index, `conversation ${conversationId}: message ${message.id ?? '?'} has no readable createdAt`);
      continue;
    }
    participants.add(message.senderId);
    if (message.recipientId && message.recipientId !== '0') participants.add(message.recipientId);
    const mine = message.senderId === owner.accountId;
    const day = facts.dayOf(at);
    const id = `x:dm:${conversationId}:${day}`;
    let facts_ = days.get(id);
    if (!facts_) {
      facts_ = { id, kind: group ? 'group_dm' : 'dm', at, firstAt: at, initiatedBy: mine ? 'me' : 'them', sent: 0, received: 0, note: null, accountIds: new Set() };
      days.set(id, facts_);
    }
    // Messages come newest first, but do not rely on it: keep the earliest as the day's start.
    if (at <= facts_.firstAt) {
      facts_.firstAt = at;
      facts_.at = at;
      facts_.initiatedBy = mine ? 'me' : 'them';
      facts_.note = message.text ? message.text.slice(0, SNIPPET) : null;
    }
    if (mine) facts_.sent++;
    else facts_.received++;
    facts.counts.dmMessages++;
    counted = true;
  }
  // A conversation split over two records (files) is still one conversation.
  if (counted && !facts.conversations.has(conversationId)) {
    facts.conversations.add(conversationId);
    facts.counts.dmConversations++;
  }
  const others = [...participants].filter((id) => id !== owner.accountId);
  for (const day of days.values()) {
    for (const id of others) if (facts.account(id)) day.accountIds.add(id);
    const total = day.sent + day.received;
    const text = day.note ? `“${day.note}”` : '';
    day.note = [total > 1 ? `${total} messages` : '', text].filter(Boolean).join(': ') || null;
    const { firstAt, ...interaction } = day;
    if (interaction.accountIds.size === 0) continue;
    const earlier = facts.interactions.get(interaction.id);
    // The same conversation-day in two records (split files): one interaction, both counts.
    if (earlier) {
      earlier.sent += interaction.sent;
      earlier.received += interaction.received;
      if (firstAt < earlier.at) Object.assign(earlier, { at: firstAt, initiatedBy: interaction.initiatedBy, note: interaction.note });
      for (const id of interaction.accountIds) earlier.accountIds.add(id);
    } else facts.interactions.set(interaction.id, interaction);
  }
}
