// Word lists for synthetic data. Names are grouped by culture so first and family names
// match, with the accents and letters real address books have (José, Zoë, Łukasz, Ødegaard).

export interface Culture {
  given: readonly string[];
  family: readonly string[];
  /** Email domains people of this culture plausibly use. */
  domains: readonly string[];
}

export const CULTURES: readonly Culture[] = [
  {
    given: ['James', 'Emily', 'Michael', 'Sarah', 'David', 'Jessica', 'Chuck', 'Ashley', 'Ryan', 'Megan', 'Tyler', 'Brittany', 'Sam', 'Kate'],
    family: ['Smith', 'Johnson', 'Williams', 'Brown', 'Miller', 'Davis', 'Flagg', 'Taylor', 'Anderson', 'Thomas', "O'Neil", 'McAllister'],
    domains: ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com'],
  },
  {
    given: ['José', 'María', 'Ángel', 'Lucía', 'Andrés', 'Sofía', 'Martín', 'Camila', 'Iñaki', 'Begoña', 'Raúl', 'Inés'],
    family: ['García', 'Fernández', 'Martínez', 'López', 'Peña', 'Muñoz', 'Gutiérrez', 'Sánchez', 'Ibáñez', 'Núñez', 'de la Cruz'],
    domains: ['gmail.com', 'hotmail.es', 'telefonica.net'],
  },
  {
    given: ['Amélie', 'François', 'Anaïs', 'Léa', 'Thibault', 'Hélène', 'Gaëlle', 'Jérôme', 'Noémie', 'Benoît'],
    family: ['Dubois', 'Lefèvre', 'Laurent', 'Moreau', 'Girard', 'Bérenger', 'Rousseau', 'Fontaine', 'Chevalier'],
    domains: ['orange.fr', 'free.fr', 'gmail.com'],
  },
  {
    given: ['Jürgen', 'Lena', 'Maximilian', 'Jörg', 'Sophie', 'Lukas', 'Anja', 'Björn', 'Käthe', 'Felix'],
    family: ['Müller', 'Schröder', 'Weiß', 'Groß', 'Schäfer', 'Köhler', 'Fischer', 'Becker', 'Hoffmann'],
    domains: ['web.de', 'gmx.de', 't-online.de'],
  },
  {
    given: ['Søren', 'Ingrid', 'Åsa', 'Magnus', 'Sigrid', 'Øystein', 'Freja', 'Lars', 'Astrid', 'Ægir'],
    family: ['Ødegaard', 'Johansson', 'Åström', 'Lindqvist', 'Nørgaard', 'Hansen', 'Bjørnstad', 'Sæther'],
    domains: ['gmail.com', 'live.se', 'online.no'],
  },
  {
    given: ['Łukasz', 'Agnieszka', 'Paweł', 'Małgorzata', 'Krzysztof', 'Zofia', 'Wojciech', 'Katarzyna'],
    family: ['Kowalski', 'Wiśniewska', 'Dąbrowski', 'Zieliński', 'Wójcik', 'Kamińska', 'Lewandowski'],
    domains: ['wp.pl', 'onet.pl', 'gmail.com'],
  },
  {
    given: ['Çağla', 'Emre', 'Şebnem', 'Oğuz', 'Gülşen', 'İlker', 'Ayşe', 'Mehmet'],
    family: ['Öztürk', 'Yılmaz', 'Kılıç', 'Şahin', 'Çelik', 'Doğan', 'Aydın'],
    domains: ['gmail.com', 'hotmail.com'],
  },
  {
    given: ['Mohammed', 'Aisha', 'Omar', 'Fatima', 'Youssef', 'Layla', 'Karim', 'Nour', 'Ahmad', 'Rania'],
    family: ['Haddad', 'Al-Farsi', 'Karimi', 'Nasser', 'Khalil', 'Mansour', 'El-Amin', 'Saleh'],
    domains: ['gmail.com', 'outlook.com'],
  },
  {
    given: ['Priya', 'Arjun', 'Ananya', 'Rohan', 'Kavya', 'Vikram', 'Deepika', 'Aditya', 'Sanjana'],
    family: ['Patel', 'Sharma', 'Iyer', 'Reddy', 'Gupta', 'Nair', 'Chatterjee', 'Menon', 'Krishnan'],
    domains: ['gmail.com', 'rediffmail.com', 'yahoo.co.in'],
  },
  {
    given: ['Wei', 'Mei', 'Jun', 'Xiu', 'Hao', 'Lin', 'Yu', 'Zhen', 'Jia'],
    family: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu'],
    domains: ['qq.com', '163.com', 'gmail.com'],
  },
  {
    given: ['Kenji', 'Yuki', 'Haruto', 'Sakura', 'Takumi', 'Aiko', 'Ren', 'Hina'],
    family: ['Tanaka', 'Watanabe', 'Suzuki', 'Takahashi', 'Itō', 'Yamamoto', 'Nakamura', 'Kobayashi'],
    domains: ['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp'],
  },
  {
    given: ['Minh', 'Linh', 'Quân', 'Thảo', 'Dũng', 'Hương', 'Phương'],
    family: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Đặng'],
    domains: ['gmail.com', 'yahoo.com.vn'],
  },
  {
    given: ['Ngozi', 'Chinedu', 'Adaeze', 'Emeka', 'Folake', 'Kwame', 'Ama', 'Kofi', 'Abena'],
    family: ['Okafor', 'Adeyemi', 'Mensah', 'Okonkwo', 'Boateng', 'Eze', 'Asante', 'Balogun'],
    domains: ['gmail.com', 'yahoo.com'],
  },
  {
    given: ['Aoife', 'Siobhán', 'Cian', 'Niamh', 'Seán', 'Órla', 'Pádraig'],
    family: ['Ní Bhriain', 'Ó Súilleabháin', 'Murphy', 'Kelly', 'Byrne', 'Ó Conaill'],
    domains: ['eircom.net', 'gmail.com'],
  },
  {
    given: ['João', 'Luíza', 'Gonçalo', 'Conceição', 'Thiago', 'Beatriz', 'Caio'],
    family: ['Silva', 'Gonçalves', 'Araújo', 'Magalhães', 'Conceição', 'Brandão', 'Simões'],
    domains: ['gmail.com', 'uol.com.br', 'sapo.pt'],
  },
  {
    given: ['Dmitri', 'Olga', 'Nikolai', 'Tatiana', 'Sergei', 'Anastasia', 'Yuri'],
    family: ['Ivanova', 'Petrov', 'Smirnova', 'Volkov', 'Kuznetsov', 'Sokolova'],
    domains: ['yandex.ru', 'mail.ru', 'gmail.com'],
  },
  {
    given: ['Zoë', 'Eleni', 'Nikos', 'Dimitra', 'Giorgos', 'Chloë'],
    family: ['Papadopoulos', 'Georgiou', 'Nikolaidou', 'Christodoulou'],
    domains: ['gmail.com', 'otenet.gr'],
  },
  {
    given: ['Ji-woo', 'Min-jun', 'Seo-yeon', 'Do-hyun', 'Ha-eun'],
    family: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang'],
    domains: ['naver.com', 'gmail.com'],
  },
];

/** Interests, most shared first: the sampler favours the head of the list. */
export const INTERESTS = [
  'travel', 'coffee', 'running', 'startups', 'photography', 'jazz', 'cooking', 'hiking', 'design', 'AI',
  'college football', 'sailing', 'climbing', 'wine', 'podcasts', 'chess', 'gardening', 'yoga', 'cycling', 'poetry',
  'Burn Notice', 'Dr Pepper', 'aviation art', 'vinyl records', 'marathons', 'Formula 1', 'board games', 'surfing',
  'tennis', 'golf', 'skiing', 'film photography', 'craft beer', 'sourdough', 'stand-up comedy', 'opera', 'k-pop',
  'anime', 'woodworking', 'mechanical keyboards', 'birdwatching', 'astronomy', 'fly fishing', 'pottery', 'salsa dancing',
  'urban sketching', 'bonsai', 'beekeeping', 'quantum computing', 'early-stage investing', 'public speaking', 'mentoring',
  'impact investing', 'climate tech', 'behavioural economics', 'Stoicism', 'The Wire', 'Ted Lasso', 'Succession',
  'Arsenal', 'the Bulldogs', 'Real Madrid', 'cricket', 'rugby', 'basketball', 'baseball cards', 'magic tricks',
  'calligraphy', 'origami', 'rock climbing', 'free diving', 'kite surfing', 'triathlon', 'meditation', 'tea ceremonies',
  'synthesizers', 'jazz piano', 'flamenco', 'Bollywood', 'Studio Ghibli', 'Tolkien', 'sci-fi novels', 'crosswords',
] as const;

export const TAGS = [
  'prospect', 'client', 'investor', 'founder', 'mentor', 'journalist', 'speaker', 'recruiter', 'podcast guest',
  'VIP', 'former colleague', 'partner', 'advisor', 'alumni', 'community', 'vendor', 'press', 'board',
] as const;

export const TITLES = [
  'Founder', 'CEO', 'CTO', 'Head of Marketing', 'Product Manager', 'Software Engineer', 'Designer', 'Consultant',
  'VP Sales', 'Community Manager', 'Investor', 'Partner', 'Recruiter', 'Journalist', 'Editor', 'Data Scientist',
  'Head of Growth', 'COO', 'Creative Director', 'Account Executive', 'Researcher', 'Professor', 'Analyst',
] as const;

const COMPANY_PREFIX = [
  'North', 'Blue', 'Bright', 'Silver', 'Iron', 'Green', 'Red', 'Clear', 'Deep', 'Open', 'Swift', 'True', 'Nova',
  'Lumen', 'Atlas', 'Cedar', 'Harbor', 'Summit', 'Pioneer', 'Quantum', 'Vertex', 'Crimson', 'Golden', 'Polar',
];
const COMPANY_ROOT = [
  'wind', 'stone', 'field', 'bridge', 'light', 'wave', 'peak', 'path', 'forge', 'grid', 'leaf', 'spark', 'loop',
  'craft', 'works', 'gate', 'mark', 'point', 'line', 'shore',
];
const COMPANY_SUFFIX = ['Labs', 'Studio', 'Partners', 'Capital', 'Robotics', 'Media', 'Health', 'Systems', 'Agency', 'Ventures', 'GmbH', 'S.A.', 'Ltd', 'Inc.'];

/** `n` distinct, plausible company names, deterministic for a given n. */
export function companyNames(n: number): string[] {
  const names: string[] = [];
  for (let i = 0; names.length < n; i++) {
    const a = COMPANY_PREFIX[i % COMPANY_PREFIX.length]!;
    const b = COMPANY_ROOT[Math.floor(i / COMPANY_PREFIX.length) % COMPANY_ROOT.length]!;
    const c = COMPANY_SUFFIX[Math.floor(i / (COMPANY_PREFIX.length * COMPANY_ROOT.length)) % COMPANY_SUFFIX.length]!;
    const round = Math.floor(i / (COMPANY_PREFIX.length * COMPANY_ROOT.length * COMPANY_SUFFIX.length));
    names.push(`${a}${b} ${c}${round ? ` ${round + 1}` : ''}`);
  }
  return names;
}

export const EVENT_TEMPLATES = [
  ['Web Summit', 'conference'],
  ['SaaStr Annual', 'conference'],
  ['SXSW', 'conference'],
  ["Gilda's Club benefit lunch", 'dinner'],
  ["Dinner at Luigi's", 'dinner'],
  ['Founders breakfast', 'meetup'],
  ['Product Hunt meetup', 'meetup'],
  ['Rooftop party', 'party'],
  ['Twitter Spaces: growth', 'online'],
  ['Investor call', 'call'],
  ['Design systems meetup', 'meetup'],
  ['Charity gala', 'party'],
  ['Climate tech summit', 'conference'],
  ['Alumni reunion', 'party'],
  ['Podcast recording', 'online'],
] as const;

export const PLACES = ['Lisbon', 'Austin', 'Berlin', 'New York', 'London', 'Paris', 'San Francisco', 'Tokyo', 'Lagos', 'Bangalore', 'Online'];

export const NOTE_TEMPLATES = [
  'Talked about {interest}; promised to send the article.',
  'Asked how the {interest} project is going.',
  'Congratulated them on the new role at {company}.',
  'Shared a podcast episode about {interest}.',
  'Quick catch-up, mentioned {interest} again.',
  'Introduced them to someone from {company}.',
  'They asked for advice on hiring.',
  'Thanked me for the intro.',
  'Long lunch, mostly about {interest}.',
  'Replied to their thread about {interest}.',
] as const;
