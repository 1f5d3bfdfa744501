import { AtSign, Briefcase, CircleDot, Handshake, type LucideIcon, Mail, Mailbox, MessageSquare, MessagesSquare, Phone, Video } from 'lucide-react';
import { isOnline } from '../../../shared/vocabulary/touchpoint';
import type { TouchpointChannel } from '../../../shared/domain/touchpoint';
import { CHANNEL_LABELS } from '../lib/labels';

const ICONS: Record<TouchpointChannel, LucideIcon> = {
  in_person: Handshake,
  call: Phone,
  video: Video,
  email: Mail,
  text: MessageSquare,
  x_dm: MessagesSquare,
  x_mention: AtSign,
  linkedin: Briefcase,
  letter: Mailbox,
  other: CircleDot,
};

export function ChannelIcon({ channel, size = 16 }: { channel: TouchpointChannel; size?: number }) {
  const Icon = ICONS[channel];
  return <Icon size={size} aria-hidden />;
}

/**
 * The timeline marker: offline touchpoints get a filled disc, online ones an outlined ring,
 * so the two worlds can be told apart at a glance and without colour.
 */
export function ChannelMarker({ channel }: { channel: TouchpointChannel }) {
  const online = isOnline(channel);
  return (
    <span className={`channel-marker ${online ? 'channel-online' : 'channel-offline'}`} title={`${CHANNEL_LABELS[channel]} · ${online ? 'online' : 'offline'}`}>
      <ChannelIcon channel={channel} size={14} />
    </span>
  );
}

export function ModeLabel({ channel }: { channel: TouchpointChannel }) {
  const online = isOnline(channel);
  return <span className={`mode-label ${online ? 'mode-online' : 'mode-offline'}`}>{online ? 'Online' : 'Offline'}</span>;
}
