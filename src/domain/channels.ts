/** Where a complaint arrived. */
export const CHANNELS = ['whatsapp', 'instagram', 'facebook', 'twitter', 'email', 'walk_in', 'web'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_LABELS: Record<Channel, string> = {
  whatsapp: 'WhatsApp',
  instagram: 'Instagram',
  facebook: 'Facebook',
  twitter: 'X (Twitter)',
  email: 'E-mail',
  walk_in: 'Datang langsung',
  web: 'Situs web',
};

export function isChannel(value: string): value is Channel {
  return (CHANNELS as readonly string[]).includes(value);
}
