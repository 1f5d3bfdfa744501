// Realistic data for the screenshots, written through the real RPC door like any client:
// people with jobs, interests and tags, how they were met, events with attendees, and a few
// hundred touchpoints across every channel over the last two years (deterministic).

export type Rpc = <T>(channel: string, payload?: unknown) => Promise<T>;

type Circle = 'inner' | 'close' | 'network' | 'keep_warm' | 'dormant' | null;
// name, X handle, email, circle, note: fictional people from many places, accents and all.
const PEOPLE: [string, string | null, string | null, Circle, string | null][] = [
  ['Amélie Laurent', 'amelie_laurent', 'amelie@laurent.studio', 'close', 'Met at Web Summit, Lisbon. Runs a design studio; asked about our onboarding flow. Promised to send the case study.'],
  ['José Ángel Ramírez', 'joseangel', null, 'network', 'Sat next to him at the charity lunch. Loves college football — ask how the Longhorns did.'],
  ['Zoë Kowalczyk', 'zoe_kow', 'zoe@kowalczyk.pl', 'inner', null],
  ['Søren Nørgaard', null, 'soren@norgaard.dk', 'keep_warm', 'Former client, now at a fintech in Copenhagen.'],
  ['Nguyễn Thị Lan', 'lan_nguyen', 'lan@saigonlabs.vn', 'close', 'Introduced by Kofi. Building a community for women founders.'],
  ['Łukasz Wróbel', 'lukaszw', null, null, null],
  ['Çağla Öztürk', 'caglaozturk', 'cagla@ozturk.com.tr', 'network', null],
  ['Aoife Ní Bhriain', 'aoife_nb', null, 'close', 'Podcast host. Replied to every one of my threads this year.'],
  ['Oluwaseun Adébáyọ̀', 'seun_adebayo', 'seun@lagosventures.ng', 'inner', 'Investor. Dr Pepper fan (really).'],
  ['Mihály Kovács', null, 'mihaly.kovacs@example.hu', 'dormant', null],
  ['François Lefèvre', 'flefevre', null, 'keep_warm', null],
  ['Chiara Fabbri', 'chiarafabbri', 'chiara@fabbri.it', 'network', 'Met at the Milan meetup; organises the design systems track.'],
  ['Priya Venkataraman', 'priya_v', 'priya@venkat.in', 'close', null],
  ['Kenji Watanabe', 'kenjiw', 'kenji@watanabe.jp', 'network', 'Coffee in Shibuya on the way to the conference.'],
  ['Hana Novotná', null, 'hana.novotna@example.cz', null, null],
  ['Mateus Gonçalves', 'mateusg', null, 'keep_warm', null],
  ['Ingrid Lindqvist', 'ingridl', 'ingrid@lindqvist.se', 'close', null],
  ['Rafael Núñez', 'rafanunez', null, 'network', null],
  ['Dagny Åström', null, 'dagny@astrom.no', 'dormant', null],
  ['Tomás Ó Súilleabháin', 'tomas_os', null, null, 'Friend of Aoife; writes about rural broadband.'],
  ['Yasmin El-Amin', 'yasmin_elamin', 'yasmin@elamin.co', 'inner', null],
  ['Anaïs Dubois', 'anais_d', null, 'network', null],
  ['Jürgen Müller', null, 'juergen.mueller@example.de', 'keep_warm', null],
  ['Ewa Dąbrowska', 'ewadab', null, 'close', null],
  ['Thandiwe Nkosi', 'thandiwe_n', 'thandiwe@nkosi.co.za', 'network', 'Runs the Joburg founders dinner.'],
  ['Ravi Shankar Iyer', 'ravi_iyer', null, null, null],
  ['Leilani Kahale', 'leilani', 'leilani@kahale.us', 'keep_warm', null],
  ['Camille Roux', 'camilleroux', null, 'network', null],
  ['Dmitri Volkov', 'dvolkov', null, 'dormant', 'Never replied in two years.'],
  ['Sofía Herrera', 'sofiaherrera', 'sofia@herrera.mx', 'close', null],
  ['Noa Ben-David', 'noabd', null, 'network', null],
  ['Mei Lin Chen', 'meilin', 'meilin@chen.tw', 'inner', null],
  ['Ahmad Karimi', null, 'ahmad@karimi.af', null, null],
  ['Siobhán Murphy', 'siobhanm', null, 'keep_warm', null],
  ['Elīna Bērziņa', 'elina_b', 'elina@berzina.lv', 'network', null],
  ['Andrés Peña', 'andrespena', null, 'close', null],
  ['Greta Ås', null, 'greta@as.se', 'dormant', null],
  ['Kofi Boateng', 'kofi_b', 'kofi@boateng.gh', 'inner', 'Introduced me to Lan. Owe him an intro in return.'],
  ['Marisol Cárdenas', 'marisolc', null, 'network', null],
  ['Maximiliane Konstanze von Hohenzollern-Sigmaringen', 'maxi_vhs', 'maximiliane.konstanze.von.hohenzollern-sigmaringen@a-very-long-company-name.example.com', 'keep_warm', null],
];

export const SEED_PEOPLE = PEOPLE.map(([displayName, x, email, circle, notes]) => ({
  displayName,
  circle,
  notes,
  identities: [...(x ? [{ kind: 'x', value: x }] : []), ...(email ? [{ kind: 'email', value: email }] : [])],
}));

/** Current job (organisation, title, since) and, for some, the one before. */
const JOBS: Record<string, [string, string, string, [string, string, string, string]?]> = {
  'Amélie Laurent': ['Laurent Studio', 'Founder', '2023-02', ['Publicis', 'Design Director', '2016', '2023-01']],
  'José Ángel Ramírez': ["Gilda's Club", 'Board member', '2019'],
  'Zoë Kowalczyk': ['Stripe', 'Staff Engineer', '2021-09'],
  'Søren Nørgaard': ['Lunar Bank', 'Head of Partnerships', '2024-03', ['Maersk', 'Procurement Lead', '2015', '2024-02']],
  'Nguyễn Thị Lan': ['Saigon Labs', 'CEO', '2020'],
  'Aoife Ní Bhriain': ['Broadband Weekly', 'Host', '2022'],
  'Oluwaseun Adébáyọ̀': ['Lagos Ventures', 'Partner', '2018'],
  'Chiara Fabbri': ['Figma', 'Design Advocate', '2022-05'],
  'Priya Venkataraman': ['Stripe', 'Product Manager', '2023-08'],
  'Kenji Watanabe': ['Mercari', 'Engineering Manager', '2021'],
  'Ingrid Lindqvist': ['Spotify', 'Community Lead', '2020-01'],
  'Thandiwe Nkosi': ['Joburg Founders', 'Organiser', '2017'],
  'Yasmin El-Amin': ['Figma', 'Recruiter', '2024-06'],
  'Kofi Boateng': ['Accra Ventures', 'Managing Partner', '2016'],
  'Mei Lin Chen': ['Stripe', 'Designer', '2022-11'],
  'Maximiliane Konstanze von Hohenzollern-Sigmaringen': ['Hohenzollern Family Office and Philanthropic Foundation', 'Chief Investment Officer', '2012'],
};

const INTERESTS: Record<string, string[]> = {
  'Amélie Laurent': ['design systems', 'cycling', 'natural wine'],
  'José Ángel Ramírez': ['college football', 'aviation art'],
  'Zoë Kowalczyk': ['rock climbing', 'Rust'],
  'Nguyễn Thị Lan': ['community building', 'women founders'],
  'Aoife Ní Bhriain': ['podcasting', 'rural broadband', 'Burn Notice'],
  'Oluwaseun Adébáyọ̀': ['Dr Pepper', 'college football', 'fintech'],
  'Chiara Fabbri': ['design systems', 'typography'],
  'Kenji Watanabe': ['coffee', 'rock climbing'],
  'Ingrid Lindqvist': ['community building', 'sailing'],
  'Thandiwe Nkosi': ['community building', 'jazz'],
  'Kofi Boateng': ['jazz', 'college football', 'fintech'],
  'Sofía Herrera': ['Burn Notice', 'tennis'],
  'Mei Lin Chen': ['typography', 'cycling'],
};

const TAGS: Record<string, string[]> = {
  'Amélie Laurent': ['client'],
  'José Ángel Ramírez': ['prospect'],
  'Oluwaseun Adébáyọ̀': ['investor'],
  'Kofi Boateng': ['investor', 'connector'],
  'Nguyễn Thị Lan': ['founder'],
  'Thandiwe Nkosi': ['connector'],
  'Søren Nørgaard': ['former client'],
};

interface SeedEvent {
  name: string;
  kind: string;
  daysAgo: number;
  place: string;
  link?: string;
  notes?: string;
  met: [string, string][];
}

const EVENTS: SeedEvent[] = [
  { name: "Gilda's Club benefit lunch", kind: 'dinner', daysAgo: 9, place: 'New York', notes: 'Table 12. Raised money for the family programme.', met: [['José Ángel Ramírez', 'Longhorns fan; loves aviation art'], ['Sofía Herrera', 'Watches Burn Notice; intro her to Aoife'], ['Camille Roux', 'Starting a studio in Lyon']] },
  { name: 'Web Summit 2026', kind: 'conference', daysAgo: 30, place: 'Lisbon', link: 'https://websummit.com', met: [['Amélie Laurent', 'Asked about our onboarding flow; send the case study'], ['Kenji Watanabe', 'Coffee before the keynote'], ['Chiara Fabbri', 'Design systems track'], ['Noa Ben-David', 'Hiring a first PM']] },
  { name: 'Joburg founders dinner', kind: 'dinner', daysAgo: 120, place: 'Johannesburg', met: [['Thandiwe Nkosi', 'Organiser; wants speakers'], ['Kofi Boateng', 'Introduced me to Lan']] },
  { name: 'Design systems meetup', kind: 'meetup', daysAgo: 260, place: 'Milan', met: [['Chiara Fabbri', 'Ran the Q&A'], ['Mei Lin Chen', 'Typography nerd']] },
  { name: 'X Spaces: relationships over reach', kind: 'online', daysAgo: 400, place: 'Online', met: [['Aoife Ní Bhriain', 'Co-host'], ['Oluwaseun Adébáyọ̀', 'Asked the best question']] },
  { name: 'Saigon startup week', kind: 'conference', daysAgo: 610, place: 'Ho Chi Minh City', met: [['Nguyễn Thị Lan', 'Women founders community']] },
];

const CHANNELS = ['x_dm', 'x_dm', 'x_mention', 'x_mention', 'x_mention', 'email', 'email', 'in_person', 'in_person', 'call', 'video', 'linkedin', 'text', 'letter'];
const KINDS = ['conversation', 'conversation', 'conversation', 'question', 'compliment', 'help_given', 'help_received', 'intro_made', 'intro_received', 'thanks', 'gift', 'share'];
const NOTES = [
  'Asked how the Longhorns did on Saturday',
  'Replied to the thread about aviation art',
  'Sent the HBR article on reciprocity',
  'Congratulated on the new role',
  'Coffee near the office; wants an intro to Kofi',
  'Shared the design systems talk',
  'Thanked me for the intro to Lan',
  'Long call about fundraising; follow up in two weeks',
  'Retweeted the launch post',
  'Birthday message',
  'Recommended a Dr Pepper-themed diner in Dallas',
  'Podcast guest list: suggested two names',
];

/** A small deterministic generator so every run produces the same screenshots. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const isoDay = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY).toISOString().slice(0, 10);

export interface Seeded {
  people: Map<string, string>;
  events: Map<string, string>;
}

export async function seedData(rpc: Rpc): Promise<Seeded> {
  const people = new Map<string, string>();
  for (const p of SEED_PEOPLE) {
    const job = JOBS[p.displayName];
    const created = await rpc<{ id: string }>('people:create', {
      ...p,
      interests: INTERESTS[p.displayName] ?? [],
      tags: TAGS[p.displayName] ?? [],
      ...(job ? { position: { organisation: job[0], title: job[1], startOn: job[2] } } : {}),
    });
    people.set(p.displayName, created.id);
    const previous = job?.[3];
    if (previous) await rpc('positions:add', { personId: created.id, organisation: previous[0], title: previous[1], startOn: previous[2], endOn: previous[3] });
  }
  const id = (name: string) => people.get(name)!;

  const events = new Map<string, string>();
  for (const e of EVENTS) {
    const created = await rpc<{ id: string }>('events:create', { name: e.name, kind: e.kind, startsOn: isoDay(e.daysAgo), place: e.place, link: e.link, notes: e.notes });
    events.set(e.name, created.id);
    for (const [name, hook] of e.met) {
      await rpc('events:capture', { eventId: created.id, personId: id(name), hook });
      const at = new Date(Date.now() - e.daysAgo * DAY + (11 + e.met.length) * 3_600_000).toISOString();
      await rpc('touchpoints:create', { at, channel: 'in_person', initiatedBy: 'me', kind: 'conversation', personIds: [id(name)], eventId: created.id, note: hook });
    }
  }
  const attendees = await rpc<{ items: { id: string }[] }>('events:attendees', { eventId: events.get('Web Summit 2026'), limit: 10 });
  for (const a of attendees.items.slice(0, 2)) await rpc('attendance:update', { id: a.id, patch: { followUp: 'done' } });

  await rpc('people:update', { id: id('Nguyễn Thị Lan'), patch: { howWeMet: { on: isoDay(610), eventId: events.get('Saigon startup week'), introducedById: id('Kofi Boateng'), mode: 'offline', note: 'Kofi sat us together at the opening dinner.' } } });
  await rpc('people:update', { id: id('Aoife Ní Bhriain'), patch: { howWeMet: { on: isoDay(900).slice(0, 7), mode: 'online', note: 'Replied to her thread about rural broadband.' } } });
  await rpc('people:update', { id: id('Amélie Laurent'), patch: { howWeMet: { on: '2019', mode: 'offline', note: 'Pitch meeting at Publicis.' }, birthday: '--06-14' } });
  await rpc('relationships:add', { personId: id('Nguyễn Thị Lan'), otherPersonId: id('Kofi Boateng'), kind: 'introduced_by' });
  await rpc('relationships:add', { personId: id('Zoë Kowalczyk'), otherPersonId: id('Priya Venkataraman'), kind: 'colleague', note: 'Both at Stripe' });
  await rpc('relationships:add', { personId: id('Amélie Laurent'), otherPersonId: id('Chiara Fabbri'), kind: 'friend' });
  await rpc('identities:add', { personId: id('Amélie Laurent'), identity: { kind: 'linkedin', value: 'https://www.linkedin.com/in/amelie-laurent/' } });
  await rpc('identities:add', { personId: id('Amélie Laurent'), identity: { kind: 'mastodon', value: '@amelie@design.social' } });

  // Close people are in touch more often; everyone a little.
  const weights = SEED_PEOPLE.map((p) => ({ inner: 8, close: 5, network: 2, keep_warm: 1, dormant: 0.3 })[p.circle ?? 'network'] ?? 1);
  const total = weights.reduce((a, b) => a + b, 0);
  const next = random(42);
  const pick = <T,>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const pickPerson = () => {
    let r = next() * total;
    for (let i = 0; i < weights.length; i++) if ((r -= weights[i]!) <= 0) return SEED_PEOPLE[i]!.displayName;
    return SEED_PEOPLE[0]!.displayName;
  };
  for (let i = 0; i < 420; i++) {
    const name = pickPerson();
    if (name === 'Dmitri Volkov' && i % 4 !== 0) continue;
    const daysAgo = Math.pow(next(), 1.4) * 730;
    const others = next() < 0.12 ? [id(pickPerson())] : [];
    const event = EVENTS.find((e) => Math.abs(e.daysAgo - daysAgo) < 1.5 && e.met.some(([n]) => n === name));
    await rpc('touchpoints:create', {
      at: new Date(Date.now() - daysAgo * DAY - next() * 8 * 3_600_000).toISOString(),
      channel: event ? 'in_person' : pick(CHANNELS),
      initiatedBy: next() < 0.55 ? 'me' : 'them',
      kind: pick(KINDS),
      personIds: [...new Set([id(name), ...others])],
      ...(event ? { eventId: events.get(event.name) } : {}),
      ...(next() < 0.7 ? { note: pick(NOTES) } : {}),
    });
  }
  await rpc('people:archive', { id: id('Dmitri Volkov') });
  return { people, events };
}
