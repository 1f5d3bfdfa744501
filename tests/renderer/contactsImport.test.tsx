import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/src/app/App';
import { type Transport, setTransport } from '../../renderer/src/lib/transport';
import { type FakeContactsFile, putContactsFile, seedContactsImport } from './fake/contacts';
import { holdImport, importsOf } from './fake/imports';
import { type FakeApi, installFakeApi } from './fakeApi';
import { expectNoContractDrift, personId, renderApp } from './harness';

const VCF = '/home/me/Downloads/contacts.vcf';
const ADA = { displayName: 'Ada Lovelace', identities: [{ kind: 'email' as const, value: 'ada@example.org' }] };
const BOB = { displayName: 'Bob Stranger' };

const PHONE_BOOK: FakeContactsFile = {
  format: 'vcard',
  contacts: [
    { line: 1, name: 'Grace Hopper', email: 'grace@navy.mil', organisation: 'US Navy', title: 'Rear Admiral' },
    { line: 9, name: 'Ada L.', email: 'ada@example.org', x: '@ada_l', tags: ['Friends'] },
    { line: 17, name: 'Grace Hopper', email: 'grace@navy.mil' },
    { line: 25, invalid: 'BEGIN:VCARD without END:VCARD before line 29' },
    { line: 30, name: 'Alan Turing', email: 'alan@example.org', warning: 'EMAIL "alan@@example" is not an email address; left out' },
  ],
};

type User = ReturnType<typeof userEvent.setup>;
const pathField = () => screen.getByLabelText('or paste the path of the contacts file');
const card = () => screen.getByRole('region', { name: 'Contacts from a file' });

async function enterPath(user: User, path: string) {
  await user.type(pathField(), path);
  await user.click(screen.getByRole('button', { name: 'Use this file' }));
}

async function previewOf(user: User, path: string) {
  await enterPath(user, path);
  return screen.findByRole('region', { name: 'Contacts preview' });
}

const stat = (within_: HTMLElement, label: string) => within(within_).getByText(label, { selector: 'dt' }).parentElement!.textContent;

function withFile(fake: FakeApi, path: string, file: FakeContactsFile) {
  putContactsFile(fake.db, path, file);
}

describe('Import contacts', () => {
  it('previews a vCard (counts, records, problems by line), asks to skip the invalid one, imports, reports, shows the people and undoes', async () => {
    const { user, fake } = renderApp('#/import', [ADA, BOB], (f) => withFile(f, VCF, PHONE_BOOK));
    // A pasted path must be a full one.
    await user.type(pathField(), '~/contacts.vcf{Enter}');
    expect(within(card()).getByRole('alert').textContent).toMatch(/does not expand ~/);
    await user.clear(pathField());

    const preview = await previewOf(user, `"${VCF}"`);
    expect(within(preview).getByRole('heading', { name: 'Preview of contacts.vcf: nothing has been written yet' })).toBeTruthy();
    expect(within(preview).getByText(/Read as vCard, recognised from the file · 5 records/)).toBeTruthy();
    expect(stat(preview, 'New people')).toMatch(/2/);
    expect(stat(preview, 'Updates')).toMatch(/1/);
    expect(stat(preview, 'Duplicates')).toMatch(/1/);
    expect(stat(preview, 'Invalid')).toMatch(/1/);
    expect(fake.callsTo('contacts:import')).toEqual([expect.objectContaining({ path: VCF, dryRun: true })]);
    expect((fake.callsTo('contacts:import')[0] as { format?: string }).format).toBeUndefined();

    // The records: line, name, outcome, the person matched (a link), what it adds, what is kept.
    const table = within(preview).getByRole('table', { name: 'Records' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/^1Grace HopperNew—email grace@navy.mil, job Rear Admiral at US Navy$/),
      expect.stringMatching(/^9Ada L\.UpdateAda Lovelace by email ada@example.orgX @ada_l, tag FriendsName “Ada L\.” \(keeps Ada Lovelace\)$/i),
      expect.stringMatching(/^17Grace HopperDuplicatesame file, line 1nothing new$/),
      expect.stringMatching(/^25\(no name\)InvalidBEGIN:VCARD without END:VCARD/),
      expect.stringMatching(/^30Alan TuringNew/),
    ]);
    expect(within(rows[1]!).getByRole('link', { name: 'Ada Lovelace' }).getAttribute('href')).toMatch(`/people/${personId(fake, 'Ada Lovelace')}`);
    // Only the new ones, by outcome.
    await user.click(within(preview).getByRole('radio', { name: /New/ }));
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    await user.click(within(preview).getByRole('radio', { name: /All/ }));

    const problems = within(preview).getByRole('list', { name: 'Problems' });
    expect(problems.textContent).toMatch(/contacts\.vcf, line 25 BEGIN:VCARD without END:VCARD/);
    await user.click(within(preview).getByText(/1 value will be left out/));
    expect(within(preview).getByRole('list', { name: 'Warnings' }).textContent).toMatch(/line 30 EMAIL "alan@@example" is not an email address/);

    // Nothing is imported while a record cannot be read, until the user chooses to skip it.
    const importButton = within(preview).getByRole('button', { name: 'Import contacts' });
    expect(importButton.hasAttribute('disabled')).toBe(true);
    expect(within(preview).getByText(/Nothing is imported while some records cannot be read/)).toBeTruthy();
    await user.click(within(preview).getByRole('checkbox', { name: 'Skip 1 invalid record' }));
    expect(importButton.hasAttribute('disabled')).toBe(false);
    await user.click(importButton);

    const report = await screen.findByRole('region', { name: 'Contacts import report' });
    expect(within(report).getByRole('heading', { name: 'Imported contacts.vcf' })).toBeTruthy();
    expect(stat(report, 'People added')).toMatch(/2/);
    expect(stat(report, 'People updated')).toMatch(/1/);
    expect(stat(report, 'Skipped')).toMatch(/1/);
    expect(within(report).getByRole('list', { name: 'Skipped records' }).textContent).toMatch(/line 25/);
    expect(fake.callsTo('contacts:import')[1]).toMatchObject({ path: VCF, dryRun: false, format: 'vcard', skipInvalid: true, addAttendees: 'none', rememberMapping: false });
    expect(fake.people.map((p) => p.displayName)).toEqual(expect.arrayContaining(['Grace Hopper', 'Alan Turing']));
    expect(fake.people.find((p) => p.displayName === 'Ada Lovelace')!.identities.map((i) => i.display)).toContain('@ada_l');

    // The history has it at once.
    const history = await screen.findByRole('list', { name: 'Imports' });
    await waitFor(() => expect(within(history).getByText(/vCard contacts/).textContent).toMatch(/contacts\.vcf/));

    // "Show these people": People filtered by this import.
    await user.click(within(report).getByRole('link', { name: /Show these people/ }));
    const list = await screen.findByRole('list', { name: 'People' });
    await waitFor(() => expect(within(list).getAllByRole('link').map((a) => a.textContent)).toEqual([expect.stringMatching(/Ada Lovelace/), expect.stringMatching(/Alan Turing/), expect.stringMatching(/Grace Hopper/)]));
    const chip = screen.getByRole('button', { name: 'From the last import' });
    expect(chip.getAttribute('aria-pressed')).toBe('true');
    const importId = (fake.callsTo('people:list').at(-1) as { importId?: string }).importId;
    expect(importId).toBe(importsOf(fake.db).records[0]!.id);

    // Back on Import, the report is still there; undo asks first.
    window.location.hash = '#/import';
    const again = await screen.findByRole('region', { name: 'Contacts import report' });
    await user.click(within(again).getByRole('button', { name: /Undo this import…/ }));
    const confirm = within(again).getByRole('group', { name: 'Undo the import of contacts.vcf?' });
    expect(confirm.textContent).toMatch(/the 2 people it added/);
    expect(within(confirm).getByRole('button', { name: 'Keep it' })).toBe(document.activeElement);
    await user.click(within(confirm).getByRole('button', { name: 'Undo import' }));
    expect(await screen.findByText('Undid the import of contacts.vcf')).toBeTruthy();
    expect(await within(again).findByRole('heading', { name: 'The import of contacts.vcf was undone' })).toBeTruthy();
    expect(within(again).queryByRole('link', { name: /Show these people/ })).toBeNull();
    expect(fake.callsTo('imports:undo')).toEqual([{ id: importId }]);
    expect(fake.people.map((p) => p.displayName).sort()).toEqual(['Ada Lovelace', 'Bob Stranger']);
    expect(fake.people.find((p) => p.displayName === 'Ada Lovelace')!.identities.map((i) => i.display)).not.toContain('@ada_l');

    await user.click(within(again).getByRole('button', { name: 'Import another file' }));
    expect(pathField()).toBeTruthy();
    expectNoContractDrift(fake);
  });

  it('reads any CSV through its columns: prefilled from the suggestion, a change previews again, the import sends the mapping and remembers it', async () => {
    const csv: FakeContactsFile = {
      format: 'csv',
      csv: {
        header: ['Name', 'Mail', 'Org', 'Twitter'],
        rows: [
          { line: 2, cells: ['Ada Lovelace', 'ada@example.org', 'Analytical Engines', '@ada_l'] },
          { line: 3, cells: ['Charles Babbage', 'charles@example.org', 'Analytical Engines', ''] },
        ],
        suggested: { Name: 'displayName', Mail: 'ignore', Org: 'organisation', Twitter: 'ignore' },
      },
    };
    const { user, fake } = renderApp('#/import', [ADA], (f) => withFile(f, '/home/me/people.csv', csv));
    const preview = await previewOf(user, '/home/me/people.csv');
    const columns = within(preview).getByRole('region', { name: 'Columns' });
    const select = (column: string) => within(columns).getByRole('combobox', { name: `Column ${column}` }) as HTMLSelectElement;
    expect(['Name', 'Mail', 'Org', 'Twitter'].map((c) => select(c).selectedOptions[0]!.textContent)).toEqual(['Full name', 'Ignore', 'Company', 'Ignore']);
    // Labels in plain words.
    expect([...select('Mail').options].map((o) => o.textContent)).toEqual(expect.arrayContaining(['Full name', 'First name', 'Email', 'X handle', 'LinkedIn URL', 'Ignore']));
    expect(stat(preview, 'New people')).toMatch(/2/);

    await user.selectOptions(select('Mail'), 'Email');
    await waitFor(() => expect(fake.callsTo('contacts:import')).toHaveLength(2));
    expect(fake.callsTo('contacts:import')[1]).toMatchObject({ dryRun: true, mapping: { Name: 'displayName', Mail: 'email', Org: 'organisation', Twitter: 'ignore' } });
    await waitFor(() => expect(stat(screen.getByRole('region', { name: 'Contacts preview' }), 'Updates')).toMatch(/1/));
    await user.selectOptions(select('Twitter'), 'X handle');
    await waitFor(() => expect(fake.callsTo('contacts:import')).toHaveLength(3));
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Records' })).getAllByRole('row')[1]!.textContent).toMatch(/X @ada_l/));

    await user.click(within(columns).getByRole('checkbox', { name: 'Remember this mapping for files like this' }));
    await user.click(within(preview).getByRole('button', { name: 'Import contacts' }));
    await screen.findByRole('region', { name: 'Contacts import report' });
    expect(fake.callsTo('contacts:import')[3]).toMatchObject({ dryRun: false, format: 'csv', rememberMapping: true, mapping: { Mail: 'email', Twitter: 'x' } });

    // The next file with this header opens with the remembered columns.
    await user.click(screen.getByRole('button', { name: 'Import another file' }));
    const next = await previewOf(user, '/home/me/people.csv');
    expect((fake.callsTo('contacts:import')[4] as { mapping?: unknown }).mapping).toBeUndefined();
    expect((within(next).getByRole('combobox', { name: 'Column Mail' }) as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('Email');
    expectNoContractDrift(fake);
  });

  it('reads a file another way on request: a LinkedIn export as any CSV shows its columns; a wrong reading says nothing was imported', async () => {
    const linkedin: FakeContactsFile = { format: 'linkedin', contacts: [{ line: 4, name: 'Kofi Boateng', email: 'kofi@boateng.gh', organisation: 'Lagos Ventures', title: 'Partner' }] };
    const { user, fake } = renderApp('#/import', [], (f) => withFile(f, '/home/me/Connections.csv', linkedin));
    const preview = await previewOf(user, '/home/me/Connections.csv');
    expect(within(preview).getByText(/Read as LinkedIn connections, recognised from the file/)).toBeTruthy();
    expect(within(preview).queryByRole('region', { name: 'Columns' })).toBeNull();
    const readAs = within(screen.getByLabelText('Chosen contacts file')).getByRole('combobox', { name: 'Read as' }) as HTMLSelectElement;
    expect(readAs.selectedOptions[0]!.textContent).toBe('LinkedIn connections — recognised');

    await user.selectOptions(readAs, 'Any CSV (choose the columns)');
    expect(await screen.findByRole('region', { name: 'Columns' })).toBeTruthy();
    expect(fake.callsTo('contacts:import').at(-1)).toMatchObject({ format: 'csv', dryRun: true });

    await user.selectOptions(readAs, 'vCard (.vcf)');
    const alert = await within(card()).findByRole('alert');
    expect(within(alert).getByText('The preview stopped. Nothing was imported.')).toBeTruthy();
    expect(within(alert).getByText(/not a vCard file/)).toBeTruthy();
    expect(within(alert).getByText(/Rapport reads vCard/)).toBeTruthy();
    // The last preview stays for reference, but cannot be imported.
    expect(within(screen.getByRole('region', { name: 'Contacts preview' })).getByRole('button', { name: 'Import contacts' }).hasAttribute('disabled')).toBe(true);
    await user.selectOptions(readAs, 'LinkedIn connections');
    await waitFor(() => expect(within(card()).queryByRole('alert')).toBeNull());
    expectNoContractDrift(fake);
  });

  it('iCalendar: events new or updated, attendees offered one by one or all, and the ticked ones sent', async () => {
    const ics: FakeContactsFile = {
      format: 'ics',
      events: [
        { line: 3, name: 'Web Summit', attendees: [{ name: 'Ada Lovelace', email: 'ada@example.org' }, { name: 'Grace Hopper', email: 'grace@navy.mil' }] },
        { line: 20, name: 'Config 2025', startsOn: '2025-06-10', attendees: [{ name: 'Grace Hopper', email: 'grace@navy.mil' }, { name: 'Linus' }] },
      ],
    };
    const { user, fake } = renderApp('#/import', [ADA], (f) => {
      withFile(f, '/home/me/conf.ics', ics);
      f.run('events:create', { name: 'Web Summit', kind: 'conference' });
    });
    const preview = await previewOf(user, '/home/me/conf.ics');
    expect(stat(preview, 'New events')).toMatch(/1/);
    expect(stat(preview, 'Events to update')).toMatch(/1/);
    expect(stat(preview, 'Attendees matched')).toMatch(/1/);
    expect(stat(preview, 'Attendees not in Rapport')).toMatch(/2/);
    const rows = within(within(preview).getByRole('table', { name: 'Records' })).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([expect.stringMatching(/^3Web SummitUpdateevent Web Summitattendee Ada Lovelace$/), expect.stringMatching(/^20Config 2025New—on 2025-06-10$/)]);

    const offered = within(preview).getByRole('list', { name: 'Attendees offered' });
    const grace = within(offered).getByRole('checkbox', { name: /Grace Hopper/ });
    expect(within(offered).getByText('Web Summit · Config 2025')).toBeTruthy();
    await user.click(within(preview).getByRole('button', { name: 'Add all' }));
    expect(within(offered).getAllByRole('checkbox').every((c) => (c as HTMLInputElement).checked)).toBe(true);
    expect(within(preview).getByRole('button', { name: 'Add none' })).toBeTruthy();
    await user.click(within(offered).getByRole('checkbox', { name: /Linus/ }));
    expect((grace as HTMLInputElement).checked).toBe(true);

    await user.click(within(preview).getByRole('button', { name: 'Import events' }));
    const report = await screen.findByRole('region', { name: 'Contacts import report' });
    expect(fake.callsTo('contacts:import').at(-1)).toMatchObject({ dryRun: false, format: 'ics', addAttendees: ['grace@navy.mil'] });
    expect(stat(report, 'Events created')).toMatch(/1/);
    expect(stat(report, 'New people')).toMatch(/1/);
    expect(fake.people.map((p) => p.displayName).sort()).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expectNoContractDrift(fake);
  });

  it('sends "all" when every attendee is ticked', async () => {
    const ics: FakeContactsFile = { format: 'ics', events: [{ line: 1, name: 'Dinner', attendees: [{ name: 'Grace Hopper', email: 'grace@navy.mil' }, { name: 'Linus' }] }] };
    const { user, fake } = renderApp('#/import', [], (f) => withFile(f, '/home/me/dinner.ics', ics));
    const preview = await previewOf(user, '/home/me/dinner.ics');
    await user.click(within(preview).getByRole('checkbox', { name: /Grace Hopper/ }));
    await user.click(within(preview).getByRole('checkbox', { name: /Linus/ }));
    await user.click(within(preview).getByRole('button', { name: 'Import events' }));
    await screen.findByRole('region', { name: 'Contacts import report' });
    expect(fake.callsTo('contacts:import').at(-1)).toMatchObject({ addAttendees: 'all' });
  });

  it('says nothing was imported when a file is refused as a whole or the import fails, with a way to try again', async () => {
    const { user, fake } = renderApp('#/import', [ADA], (f) => {
      withFile(f, '/home/me/broken.vcf', { format: 'vcard', refuse: 'broken.vcf: binary data at byte 12; this is not a text file' });
      withFile(f, VCF, PHONE_BOOK);
    });
    await enterPath(user, '/home/me/broken.vcf');
    let alert = await within(card()).findByRole('alert');
    expect(within(alert).getByText('The preview stopped. Nothing was imported.')).toBeTruthy();
    expect(within(alert).getByText('broken.vcf: binary data at byte 12; this is not a text file')).toBeTruthy();
    await user.click(within(alert).getByRole('button', { name: 'Choose another file' }));

    await enterPath(user, '/home/me/nowhere.vcf');
    alert = await within(card()).findByRole('alert');
    expect(within(alert).getByText(/Cannot open \/home\/me\/nowhere\.vcf/)).toBeTruthy();
    await user.click(within(alert).getByRole('button', { name: 'Choose another file' }));

    const preview = await previewOf(user, VCF);
    await user.click(within(preview).getByRole('checkbox', { name: 'Skip 1 invalid record' }));
    fake.failNext('contacts:import', { code: 'INVALID_INPUT', message: 'contacts.vcf changed since the preview', details: { problems: [{ file: 'contacts.vcf', line: 40, message: 'unexpected END:VCARD' }] } });
    await user.click(within(preview).getByRole('button', { name: 'Import contacts' }));
    alert = await within(card()).findByRole('alert');
    expect(within(alert).getByText('The import stopped. Nothing was imported.')).toBeTruthy();
    expect(within(alert).getByRole('list', { name: 'Problems in the file' }).textContent).toMatch(/contacts\.vcf, line 40 unexpected END:VCARD/);
    expect(importsOf(fake.db).records).toEqual([]);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: 'Contacts import report' })).toBeTruthy();
    expectNoContractDrift(fake);
  });

  it('shows the progress of its own job; Escape cancels a preview, Cancel an import; nothing is imported', async () => {
    const { user, fake } = renderApp('#/import', [], (f) => withFile(f, VCF, PHONE_BOOK));
    holdImport(fake.db);
    await enterPath(user, VCF);
    const bar = await screen.findByRole('progressbar', { name: 'Reading contacts.vcf' });
    await waitFor(() => expect(bar.getAttribute('aria-valuenow')).toBe('1'));
    expect(screen.getByText('Reading contacts.vcf')).toBeTruthy();
    expect(screen.getByText(/preview, nothing is written/)).toBeTruthy();
    await user.keyboard('{Escape}');
    const job = (fake.callsTo('contacts:import')[0] as { job: string }).job;
    await waitFor(() => expect(fake.callsTo('jobs:cancel')).toEqual([{ job }]));
    expect(await screen.findByText(/Preview cancelled. Nothing was imported./)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Preview again' }));
    const preview = await screen.findByRole('region', { name: 'Contacts preview' });
    await user.click(within(preview).getByRole('checkbox', { name: 'Skip 1 invalid record' }));
    holdImport(fake.db);
    await user.click(within(preview).getByRole('button', { name: 'Import contacts' }));
    await screen.findByRole('progressbar', { name: 'Importing contacts.vcf' });
    await user.click(within(card()).getByRole('button', { name: /^Cancel/ }));
    expect(await screen.findByText(/Import cancelled. Nothing was imported./)).toBeTruthy();
    expect(importsOf(fake.db).records).toEqual([]);
    expect(fake.people).toEqual([]);
  });
});

describe('Choosing the contacts file', () => {
  it('desktop: the native dialog for a contacts file; the chosen one is previewed at once', async () => {
    const pickArchive = vi.fn(async () => ({ ok: true, value: VCF }));
    window.desktop = { pickArchive };
    try {
      const { user, fake } = renderApp('#/import', [], (f) => withFile(f, VCF, PHONE_BOOK));
      await user.click(screen.getByRole('button', { name: 'Choose a contacts file…' }));
      expect(pickArchive).toHaveBeenCalledWith('contacts');
      expect(await screen.findByRole('region', { name: 'Contacts preview' })).toBeTruthy();
      expect(fake.callsTo('contacts:import')[0]).toMatchObject({ path: VCF, dryRun: true });
    } finally {
      delete window.desktop;
    }
  });

  it('browser: uploads the file with progress and previews the copy the server kept', async () => {
    const fake = installFakeApi();
    putContactsFile(fake.db, '/data/uploads/ab12/contacts.vcf', PHONE_BOOK);
    delete window.api;
    let finish!: (path: string) => void;
    const upload = vi.fn<NonNullable<Transport['upload']>>((_file, options) => {
      options.onProgress?.(512, 2048);
      return new Promise<string>((resolve) => (finish = resolve));
    });
    setTransport({ kind: 'http', invoke: (c, p) => fake.bridge.invoke(c, p), on: (e, cb) => fake.bridge.on(e, cb), upload });
    window.location.hash = '#/import';
    render(<App />);
    const user = userEvent.setup();
    const input = within(await screen.findByRole('region', { name: 'Contacts from a file' })).getByLabelText('Choose a contacts file…') as HTMLInputElement;
    expect(input.accept).toMatch(/\.vcf.*\.csv.*\.ics/);
    await user.upload(input, new File(['BEGIN:VCARD'], 'contacts.vcf', { type: 'text/vcard' }));
    expect(upload).toHaveBeenCalledWith(expect.any(File), expect.objectContaining({ name: 'contacts.vcf' }));
    expect(await screen.findByRole('progressbar', { name: 'Uploading contacts.vcf' })).toBeTruthy();
    finish('/data/uploads/ab12/contacts.vcf');
    const chosen = await screen.findByLabelText('Chosen contacts file');
    expect(within(chosen).getByText('Uploaded copy, kept until the import is done')).toBeTruthy();
    expect(await screen.findByRole('region', { name: 'Contacts preview' })).toBeTruthy();
    expect(fake.callsTo('contacts:import')[0]).toMatchObject({ path: '/data/uploads/ab12/contacts.vcf', dryRun: true });
  });
});

describe('From the last import', () => {
  it('People offers the newest contacts import as a filter chip', async () => {
    const { user, fake } = renderApp('#/people', [ADA, BOB], (f) => {
      withFile(f, VCF, { format: 'vcard', contacts: [{ line: 1, name: 'Grace Hopper', email: 'grace@navy.mil' }] });
      seedContactsImport(f.db, { path: VCF });
    });
    const chip = await screen.findByRole('button', { name: 'From the last import' });
    expect(chip.getAttribute('aria-pressed')).toBe('false');
    await user.click(chip);
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'People' })).getAllByRole('link').map((a) => a.textContent)).toEqual([expect.stringMatching(/Grace Hopper/)]));
    expect(fake.callsTo('people:list').at(-1)).toMatchObject({ importId: importsOf(fake.db).records[0]!.id });
    expect(window.location.hash).toMatch(/import=.*importName=contacts\.vcf/);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'People' })).getAllByRole('link')).toHaveLength(3));
  });

  it('is not offered before any contacts import', async () => {
    renderApp('#/people', [ADA]);
    await screen.findByRole('list', { name: 'People' });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'From the last import' })).toBeNull());
  });
});
