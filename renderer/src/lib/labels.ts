import type { EventKind, FollowUpState } from '../../../shared/domain/event';
import type { RelationshipKind } from '../../../shared/domain/person';
import type { Initiator, TouchpointChannel, TouchpointKind } from '../../../shared/domain/touchpoint';

// The words the UI uses for the contract's enumerations, in one place.

export const CHANNEL_LABELS: Record<TouchpointChannel, string> = {
  in_person: 'In person',
  call: 'Call',
  video: 'Video call',
  email: 'Email',
  text: 'Text message',
  x_dm: 'X DM',
  x_mention: 'X mention/reply',
  linkedin: 'LinkedIn',
  letter: 'Letter',
  other: 'Other',
};

export const KIND_LABELS: Record<TouchpointKind, string> = {
  conversation: 'Conversation',
  question: 'Question',
  compliment: 'Compliment',
  help_given: 'Help given',
  help_received: 'Help received',
  intro_made: 'Intro made',
  intro_received: 'Intro received',
  thanks: 'Thanks',
  gift: 'Gift',
  share: 'Share',
  connected: 'Connected',
};

export const INITIATOR_LABELS: Record<Initiator, string> = { me: 'I reached out', them: 'They reached out' };

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  conference: 'Conference',
  dinner: 'Dinner',
  party: 'Party',
  meetup: 'Meetup',
  call: 'Call',
  online: 'Online',
  other: 'Other',
};

export const FOLLOW_UP_LABELS: Record<FollowUpState, string> = { pending: 'Not yet', done: 'Done', not_needed: 'Not needed' };

/** Read from the person whose page it is: "Sam — introduced by Kofi". */
export const RELATIONSHIP_LABELS: Record<RelationshipKind, { outgoing: string; incoming: string }> = {
  introduced_by: { outgoing: 'Introduced by', incoming: 'Introduced' },
  colleague: { outgoing: 'Colleague', incoming: 'Colleague' },
  friend: { outgoing: 'Friend', incoming: 'Friend' },
  family: { outgoing: 'Family', incoming: 'Family' },
  partner: { outgoing: 'Partner', incoming: 'Partner' },
};
