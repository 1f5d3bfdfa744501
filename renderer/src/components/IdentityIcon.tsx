import { AtSign, Briefcase, Camera, Globe, Link2, type LucideIcon, Mail, MessageCircle, Phone } from 'lucide-react';
import type { IdentityKind } from '../../../shared/domain/identity';

// Generic glyphs: the icon set carries no brand logos, and the label names the network anyway.
const ICONS: Record<IdentityKind, LucideIcon> = {
  email: Mail,
  phone: Phone,
  x: AtSign,
  linkedin: Briefcase,
  mastodon: MessageCircle,
  instagram: Camera,
  website: Globe,
  other: Link2,
};

export const IDENTITY_LABELS: Record<IdentityKind, string> = {
  email: 'Email',
  phone: 'Phone',
  x: 'X',
  linkedin: 'LinkedIn',
  mastodon: 'Mastodon',
  instagram: 'Instagram',
  website: 'Website',
  other: 'Other',
};

export function IdentityIcon({ kind, size = 16 }: { kind: IdentityKind; size?: number }) {
  const Icon = ICONS[kind];
  return <Icon size={size} aria-hidden className="identity-icon" />;
}
