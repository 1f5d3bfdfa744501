// Screenshots of every screen, light and dark, empty and with data, for reviewing the look.
// Run: npx electron-vite build && npx tsx scripts/screenshots.ts   (PNGs go to .tmp/screenshots/)
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type Page, chromium } from '@playwright/test';
import { CHROMIUM } from '../playwright.config';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, '.tmp', 'screenshots');
const SCHEMES = ['light', 'dark'] as const;

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

const SEED_PEOPLE = PEOPLE.map(([displayName, x, email, circle, notes]) => ({
  displayName,
  circle,
  notes,
  identities: [...(x ? [{ kind: 'x', value: x }] : []), ...(email ? [{ kind: 'email', value: email }] : [])],
}));

interface Server {
  child: ChildProcess;
  url: string;
  origin: string;
  token: string;
}

function startServer(dbPath: string): Promise<Server> {
  const child = spawn(process.execPath, ['bin/crm.mjs', '--db', dbPath, 'web', '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /crm web: (\S+)/.exec(out);
      if (!match?.[1]) return;
      const url = new URL(match[1]);
      resolve({ child, url: match[1], origin: url.origin, token: new URLSearchParams(url.hash.slice(1)).get('token') ?? '' });
    });
    child.once('exit', (code) => reject(new Error(`crm web exited with ${code}: ${out}`)));
  });
}

async function rpc<T>(server: Server, channel: string, payload: unknown = {}): Promise<T> {
  const res = await fetch(`${server.origin}/rpc/${channel}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(payload),
  });
  const body = (await res.json()) as { ok: boolean; value: T; error?: unknown };
  if (!body.ok) throw new Error(`${channel}: ${JSON.stringify(body.error)}`);
  return body.value;
}

async function shoot(page: Page, name: string): Promise<void> {
  // Not 'networkidle': the open event stream keeps the network busy for good.
  await page.getByRole('status').filter({ hasText: 'Loading' }).waitFor({ state: 'detached' });
  await page.waitForTimeout(150);
  await page.screenshot({ path: join(OUT, `${name}.png`), animations: 'disabled' });
  process.stdout.write(`  ${name}.png\n`);
}

/** A fresh tab on the app: the token lives in per-tab session storage, so each one opens the link. */
async function openApp(browser: Browser, server: Server, scheme: (typeof SCHEMES)[number]): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: scheme });
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(server.url);
  await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
  return page;
}

async function go(page: Page, hash: string, heading: string | RegExp): Promise<void> {
  await page.evaluate(`location.hash = ${JSON.stringify(hash)}`);
  await page.getByRole('heading', { level: 1, name: heading }).first().waitFor();
}

async function emptyScreens(browser: Browser, server: Server, scheme: (typeof SCHEMES)[number]): Promise<void> {
  const page = await openApp(browser, server, scheme);
  await page.getByText('No people yet — add').waitFor();
  await shoot(page, `${scheme}-empty-people`);
  const screens: [string, string][] = [
    ['today', 'Today'],
    ['events', 'Events'],
    ['reminders', 'Reminders'],
    ['timeline', 'Timeline'],
    ['import', 'Import'],
  ];
  for (const [hash, heading] of screens) {
    await go(page, `#/${hash}`, heading);
    await shoot(page, `${scheme}-empty-${hash}`);
  }
  await go(page, '#/settings', 'Settings');
  await page.getByRole('heading', { name: 'Backups' }).waitFor();
  await page.getByText('Loading').waitFor({ state: 'detached' });
  await shoot(page, `${scheme}-empty-settings`);
  await go(page, '#/people', 'People');
  await page.keyboard.press('Control+n');
  await shoot(page, `${scheme}-empty-add-person`);
  await page.getByRole('dialog').getByRole('button', { name: 'Add person' }).click();
  await page.getByText('Enter a name').waitFor();
  await shoot(page, `${scheme}-empty-add-person-name-missing`);
  await page.goto(`${server.origin}/`);
  await page.evaluate('sessionStorage.clear()');
  await page.reload();
  await page.getByRole('heading', { name: 'Open Rapport from its private link' }).waitFor();
  await shoot(page, `${scheme}-no-token`);
  await page.context().close();
}

async function dataScreens(browser: Browser, server: Server, scheme: (typeof SCHEMES)[number], ids: Map<string, string>): Promise<void> {
  const page = await openApp(browser, server, scheme);
  await page.getByRole('list', { name: 'People' }).waitFor();
  await shoot(page, `${scheme}-people`);

  const list = page.getByTestId('people-scroll');
  await list.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await page.waitForTimeout(300);
  await shoot(page, `${scheme}-people-scrolled-end`);

  await page.keyboard.press('/');
  await page.keyboard.type('nguy');
  await page.getByRole('link', { name: /Nguyễn/ }).waitFor();
  await shoot(page, `${scheme}-people-search`);
  await page.getByRole('searchbox').fill('zzzz');
  await page.getByRole('heading', { name: /No matches/ }).waitFor();
  await shoot(page, `${scheme}-people-no-matches`);
  await page.getByRole('searchbox').fill('');

  await go(page, `#/people/${ids.get('Amélie Laurent')}`, 'Amélie Laurent');
  await shoot(page, `${scheme}-person`);
  await page.getByRole('button', { name: 'Edit' }).click();
  await shoot(page, `${scheme}-person-edit`);
  await page.getByRole('button', { name: 'Cancel' }).click();

  await go(page, `#/people/${ids.get('Maximiliane Konstanze von Hohenzollern-Sigmaringen')}`, /Maximiliane/);
  await shoot(page, `${scheme}-person-long-name`);

  await go(page, `#/people/${ids.get('Dmitri Volkov')}`, 'Dmitri Volkov');
  await shoot(page, `${scheme}-person-archived`);

  await go(page, `#/people/${ids.get('Kenji Watanabe')}`, 'Kenji Watanabe');
  await page.getByRole('button', { name: 'Archive' }).click();
  await page.getByRole('button', { name: 'Undo' }).waitFor();
  await shoot(page, `${scheme}-person-archive-undo-toast`);
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByText('Restored Kenji Watanabe').waitFor();

  await go(page, '#/people/0190a9c2-0000-7000-8000-000000000000', 'People').catch(() => undefined);
  await page.getByRole('heading', { name: 'This person is not here' }).waitFor();
  await shoot(page, `${scheme}-person-not-found`);

  await go(page, '#/people', 'People');
  await page.keyboard.press('Control+n');
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^Name/).fill('Amelie L.');
  await dialog.getByLabel('X handle').fill('@amelie_laurent');
  await dialog.getByRole('button', { name: 'Add person' }).click();
  await dialog.getByText(/already belongs to/).waitFor();
  await shoot(page, `${scheme}-add-person-conflict`);
  await dialog.getByLabel('X handle').fill('');
  await dialog.getByLabel('Email').fill('amelie@');
  await dialog.getByRole('button', { name: 'Add person' }).click();
  await dialog.getByText(/is not an email address/).waitFor();
  await shoot(page, `${scheme}-add-person-invalid-email`);
  await page.keyboard.press('Escape');

  await go(page, '#/today', 'Today');
  await shoot(page, `${scheme}-today`);
  await go(page, '#/settings', 'Settings');
  await page.getByRole('list', { name: 'Backups' }).waitFor();
  await shoot(page, `${scheme}-settings`);
  await page.getByRole('button', { name: 'Restore…' }).first().click();
  await shoot(page, `${scheme}-settings-restore-confirm`);
  await page.context().close();
}

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'rapport-shots-'));
  const server = await startServer(join(dir, 'crm.db'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    for (const scheme of SCHEMES) await emptyScreens(browser, server, scheme);

    const ids = new Map<string, string>();
    for (const person of SEED_PEOPLE) {
      const created = await rpc<{ id: string }>(server, 'people:create', person);
      ids.set(person.displayName, created.id);
    }
    await rpc(server, 'people:archive', { id: ids.get('Dmitri Volkov') });
    await rpc(server, 'backups:create', { reason: 'manual' });
    await rpc(server, 'backups:create', { reason: 'manual' });
    process.stdout.write(`seeded ${SEED_PEOPLE.length} people\n`);

    for (const scheme of SCHEMES) await dataScreens(browser, server, scheme, ids);
  } finally {
    await browser.close();
    server.child.kill('SIGTERM');
    await new Promise((resolve) => server.child.once('exit', resolve));
    rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(`screenshots in ${OUT}\n`);
}

await main();
