import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/src/app/App';
import { type Transport, setTransport } from '../../renderer/src/lib/transport';
import { seedImport } from './fake/imports';
import { installFakeApi } from './fakeApi';
import { expectNoContractDrift, renderApp } from './harness';

describe('Import history', () => {
  it('lists imports with their headline, undoes one only after a confirm, and shows it as undone', async () => {
    const { user, fake } = renderApp('#/import', [], (f) => {
      seedImport(f.db, { sourceName: 'twitter-2023.zip', status: 'undone', undoneAt: '2025-03-01T10:00:00.000Z' });
      seedImport(f.db, { sourceName: 'twitter-broken.zip', status: 'failed', stats: null });
      seedImport(f.db);
    });
    const list = await screen.findByRole('list', { name: 'Imports' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(3);
    const [latest, failed, undone] = rows as [HTMLElement, HTMLElement, HTMLElement];
    expect(latest.textContent).toMatch(/X archive of @ada_l · twitter-2024-06-01.zip/);
    expect(latest.textContent).toMatch(/300 accounts · 2,000 DMs · 80 touchpoints · 9 matches/);
    expect(within(failed).getByText('Failed')).toBeTruthy();
    expect(within(failed).queryByRole('button')).toBeNull();
    expect(within(undone).getByText(/^Undone /)).toBeTruthy();
    expect(within(undone).queryByRole('button')).toBeNull();

    // Asking first: nothing happens until confirmed, and Escape or "Keep it" backs out.
    await user.click(within(latest).getByRole('button', { name: 'Undo this import…' }));
    const confirm = within(latest).getByRole('group', { name: 'Undo the import of twitter-2024-06-01.zip?' });
    expect(confirm.textContent).toMatch(/80 touchpoints on people’s timelines/);
    expect(within(confirm).getByRole('button', { name: 'Keep it' })).toBe(document.activeElement);
    await user.keyboard('{Escape}');
    expect(within(latest).queryByRole('group')).toBeNull();
    await user.click(within(latest).getByRole('button', { name: 'Undo this import…' }));
    await user.click(within(latest).getByRole('button', { name: 'Keep it' }));
    expect(fake.callsTo('imports:undo')).toEqual([]);

    await user.click(within(latest).getByRole('button', { name: 'Undo this import…' }));
    await user.click(within(latest).getByRole('button', { name: 'Undo import' }));
    await waitFor(() => expect(fake.callsTo('imports:undo')).toHaveLength(1));
    expect(await within(latest).findByText(/^Undone /)).toBeTruthy();
    expect(within(latest).queryByRole('button', { name: 'Undo this import…' })).toBeNull();
    expect(await screen.findByText('Undid the import of twitter-2024-06-01.zip')).toBeTruthy();
    expectNoContractDrift(fake);
  });

  it('follows imports and undos made elsewhere (the CLI, another window)', async () => {
    const { fake } = renderApp('#/import');
    expect(await screen.findByText(/No imports yet/)).toBeTruthy();
    seedImport(fake.db, { sourceName: 'from-the-cli.zip', stats: { accounts: 3, touchpointsCreated: 0 } });
    fake.emit('changed', { entity: 'all', ids: [] });
    const list = await screen.findByRole('list', { name: 'Imports' });
    // Noughts are left out of the headline.
    const row = within(list).getByRole('listitem');
    expect(row.textContent).toMatch(/from-the-cli\.zip.* · 3 accounts/);
    expect(row.textContent).not.toMatch(/touchpoints/);
    await userEvent.setup().click(within(list).getByRole('button', { name: 'Undo this import…' }));
    expect(within(list).getByRole('group').textContent).not.toMatch(/touchpoint/);
  });

  it('pages older imports', async () => {
    renderApp('#/import', [], (f) => {
      for (let i = 0; i < 25; i++) seedImport(f.db, { sourceName: `archive-${i}.zip` });
    });
    const list = await screen.findByRole('list', { name: 'Imports' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(20);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show older imports' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(25));
    expect(screen.queryByRole('button', { name: 'Show older imports' })).toBeNull();
  });
});

describe('Choosing the archive', () => {
  it('desktop: native dialogs for a .zip and for a folder; closing one changes nothing', async () => {
    const picks: unknown[] = [{ ok: true, value: null }, { ok: true, value: '/home/me/twitter-2025' }];
    const pickArchive = vi.fn(async () => picks.shift());
    window.desktop = { pickArchive };
    try {
      const { user, fake } = renderApp('#/import');
      await user.click(screen.getByRole('button', { name: 'Choose .zip…' }));
      expect(pickArchive).toHaveBeenLastCalledWith('zip');
      expect(screen.queryByLabelText('Chosen archive')).toBeNull();
      await user.click(screen.getByRole('button', { name: 'Choose folder…' }));
      expect(pickArchive).toHaveBeenLastCalledWith('folder');
      const chosen = await screen.findByLabelText('Chosen archive');
      expect(within(chosen).getByText('twitter-2025')).toBeTruthy();
      await user.click(screen.getByRole('button', { name: 'Import' }));
      await screen.findByRole('region', { name: 'Import report' });
      expect(fake.callsTo('x:import')[0]).toMatchObject({ path: '/home/me/twitter-2025', dryRun: false });
    } finally {
      delete window.desktop;
    }
  });

  it('desktop: a refused pick is a toast, not a failed import', async () => {
    window.desktop = { pickArchive: async () => ({ ok: false, error: { code: 'INVALID_INPUT', message: 'That is not a file Rapport can open.' } }) };
    try {
      const { user } = renderApp('#/import');
      await user.click(screen.getByRole('button', { name: 'Choose .zip…' }));
      expect(await screen.findByText(/Could not open the file dialog: That is not a file Rapport can open./)).toBeTruthy();
      expect(screen.queryByText(/Nothing was imported/)).toBeNull();
    } finally {
      delete window.desktop;
    }
  });

  it('browser: uploads the chosen .zip with progress and imports the copy the server kept', async () => {
    const fake = installFakeApi();
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

    const input = screen.getByLabelText('Choose .zip…') as HTMLInputElement;
    expect(input.accept).toContain('.zip');
    await user.upload(input, new File(['PK\u0003\u0004'], 'twitter-2025-01-10.zip', { type: 'application/zip' }));
    expect(upload).toHaveBeenCalledTimes(1);
    expect(upload.mock.calls[0]![1].name).toBe('twitter-2025-01-10.zip');
    const bar = await screen.findByRole('progressbar', { name: 'Uploading twitter-2025-01-10.zip' });
    expect(bar.getAttribute('aria-valuenow')).toBe('512');
    expect(screen.getByText('512 B of 2.0 KB')).toBeTruthy();

    finish('/data/Rapport/uploads/ab12/twitter-2025-01-10.zip');
    const chosen = await screen.findByLabelText('Chosen archive');
    expect(within(chosen).getByText('twitter-2025-01-10.zip')).toBeTruthy();
    expect(within(chosen).getByText(/Uploaded copy/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    await screen.findByRole('region', { name: 'Preview' });
    expect(fake.callsTo('x:import')[0]).toMatchObject({ path: '/data/Rapport/uploads/ab12/twitter-2025-01-10.zip', dryRun: true });
  });

  it('browser: Escape stops an upload; a failed upload says nothing was imported', async () => {
    const fake = installFakeApi();
    delete window.api;
    const upload = vi.fn<NonNullable<Transport['upload']>>(
      (_file, options) =>
        new Promise<string>((_resolve, reject) => options.signal?.addEventListener('abort', () => reject(new DOMException('cancelled', 'AbortError')))),
    );
    setTransport({ kind: 'http', invoke: (c, p) => fake.bridge.invoke(c, p), on: (e, cb) => fake.bridge.on(e, cb), upload });
    window.location.hash = '#/import';
    render(<App />);
    const user = userEvent.setup();
    const file = new File(['PK'], 'twitter.zip', { type: 'application/zip' });

    await user.upload(screen.getByLabelText('Choose .zip…'), file);
    await screen.findByRole('progressbar');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    expect(screen.getByLabelText('Choose .zip…')).toBeTruthy();

    upload.mockRejectedValueOnce(Object.assign(new Error('The archive is larger than 8 GB'), { code: 'INVALID_INPUT' }));
    await user.upload(screen.getByLabelText('Choose .zip…'), file);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The upload did not finish. Nothing was imported.')).toBeTruthy();
    expect(within(alert).getByText('The archive is larger than 8 GB')).toBeTruthy();
  });
});

describe('Getting to the import', () => {
  it('the palette offers "Import X archive…"', async () => {
    const { user } = renderApp('#/people');
    await user.keyboard('{Control>}k{/Control}');
    await user.keyboard('import x');
    await user.click(await screen.findByRole('option', { name: /Import X archive…/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Import' })).toBeTruthy();
    expect(window.location.hash).toBe('#/import');
  });
});
