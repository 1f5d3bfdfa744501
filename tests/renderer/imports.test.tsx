import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { holdImport, importsOf } from './fake/imports';
import { expectNoContractDrift, renderApp } from './harness';

const ARCHIVE = '/home/me/Downloads/twitter-2025-01-10.zip';
const pathField = () => screen.getByLabelText('or paste the path of the archive or its extracted folder');

async function choosePath(user: ReturnType<typeof renderApp>['user'], path = ARCHIVE) {
  await user.type(pathField(), path);
  await user.click(screen.getByRole('button', { name: 'Use this path' }));
  return screen.findByLabelText('Chosen archive');
}

describe('Import screen', () => {
  it('explains where the archive comes from and takes a pasted path, refusing one the core could not use', async () => {
    const { user, fake } = renderApp('#/import');
    expect(screen.getByRole('heading', { level: 1, name: 'Import' })).toBeTruthy();
    expect(screen.getByText(/nothing is uploaded anywhere and no network is used/)).toBeTruthy();
    expect(screen.getByText('Download an archive of your data')).toBeTruthy();
    expect(await screen.findByText(/No imports yet/)).toBeTruthy();
    // No dialog and no upload over the fake bridge: the path field is the way in.
    expect(screen.queryByRole('button', { name: /Choose/ })).toBeNull();

    await user.type(pathField(), 'Downloads/twitter.zip{Enter}');
    expect(screen.getByRole('alert').textContent).toMatch(/full path/);
    await user.clear(pathField());
    await user.type(pathField(), '~/twitter.zip{Enter}');
    expect(screen.getByRole('alert').textContent).toMatch(/does not expand ~/);
    await user.clear(pathField());

    // Windows' "Copy as path" quotes it; the quotes go.
    const chosen = await choosePath(user, `"${ARCHIVE}"`);
    expect(within(chosen).getByText('twitter-2025-01-10.zip')).toBeTruthy();
    expect(within(chosen).getByText(ARCHIVE)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Preview' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Import' })).toBeTruthy();

    await user.click(within(chosen).getByRole('button', { name: 'Change…' }));
    expect(pathField()).toBeTruthy();
    expect(fake.callsTo('x:import')).toEqual([]);
  });

  it('previews (dry run) with counts, then imports for real and leads to the review queue', async () => {
    const { user, fake } = renderApp('#/import');
    await choosePath(user);
    await user.click(screen.getByRole('button', { name: 'Preview' }));

    const preview = await screen.findByRole('region', { name: 'Preview' });
    expect(within(preview).getByRole('heading', { name: /Preview of @ada_l’s archive: nothing has been written yet/ })).toBeTruthy();
    const accounts = within(preview).getByText('Accounts').parentElement!;
    expect(accounts.textContent).toMatch(/412.*398 with a handle/);
    expect(within(preview).getByText('DM messages').parentElement!.textContent).toMatch(/3,208.*in 64 conversations/);
    expect(within(preview).getByText('Importing would add')).toBeTruthy();
    const [previewCall] = fake.callsTo('x:import') as { path: string; dryRun: boolean; job: string }[];
    expect(previewCall).toMatchObject({ path: ARCHIVE, dryRun: true });
    expect(previewCall?.job).toMatch(/^import-/);
    expect(importsOf(fake.db).records).toEqual([]);

    await user.click(within(preview).getByRole('button', { name: 'Import' }));
    const report = await screen.findByRole('region', { name: 'Import report' });
    expect(within(report).getByRole('heading', { name: 'Imported @ada_l’s archive' })).toBeTruthy();
    expect(within(report).getByText('Matches suggested').parentElement!.textContent).toMatch(/12/);
    const review = within(report).getByRole('link', { name: /Review 12 matches/ });
    expect(review.getAttribute('href')).toMatch(/\/x\/matches$/);
    expect(fake.callsTo('x:import')).toHaveLength(2);
    expect(fake.callsTo('x:import')[1]).toMatchObject({ path: ARCHIVE, dryRun: false });

    // The history shows the new import at once.
    const history = await screen.findByRole('list', { name: 'Imports' });
    expect(within(history).getByText('twitter-2025-01-10.zip')).toBeTruthy();
    expect(within(history).getByText(/412 accounts · 3,208 DMs · 96 touchpoints · 12 matches/)).toBeTruthy();

    await user.click(review);
    await waitFor(() => expect(window.location.hash).toBe('#/x/matches'));
    expectNoContractDrift(fake);
  });

  it('lists records it skipped, by file and position', async () => {
    const { user, fake } = renderApp('#/import');
    importsOf(fake.db).report = { errors: [{ file: 'data/tweets.js', index: 17, message: 'tweet without an id' }], matchesSuggested: 0 };
    await choosePath(user);
    await user.click(screen.getByRole('button', { name: 'Import' }));
    const report = await screen.findByRole('region', { name: 'Import report' });
    expect(within(report).getByText(/1 record skipped/)).toBeTruthy();
    expect(within(report).getByText('data/tweets.js #17')).toBeTruthy();
    expect(within(report).getByText('tweet without an id')).toBeTruthy();
    // Nothing to review: no button that leads to an empty queue.
    expect(within(report).queryByRole('link', { name: /Review/ })).toBeNull();
    await user.click(within(report).getByRole('button', { name: 'Import another archive' }));
    expect(pathField()).toBeTruthy();
  });

  it('shows progress for its own job, and Escape cancels: nothing imported', async () => {
    const { user, fake } = renderApp('#/import');
    await choosePath(user);
    holdImport(fake.db);
    await user.click(screen.getByRole('button', { name: 'Import' }));

    const bar = await screen.findByRole('progressbar', { name: /Importing twitter-2025-01-10.zip/ });
    await waitFor(() => expect(bar.getAttribute('aria-valuenow')).toBe('1'));
    expect(bar.getAttribute('aria-valuemax')).toBe('3');
    expect(screen.getByText('1 of 3 items')).toBeTruthy();
    expect(screen.getByText('data/follower.js')).toBeTruthy();
    // Another job's progress is not ours.
    fake.emit('progress', { job: 'someone-else', label: 'data/like.js', done: 9, total: 10 });
    expect(screen.queryByText('data/like.js')).toBeNull();
    // Nothing else can start meanwhile.
    expect(screen.queryByRole('button', { name: 'Preview' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Change…' }).hasAttribute('disabled')).toBe(true);

    await user.keyboard('{Escape}');
    const job = (fake.callsTo('x:import')[0] as { job: string }).job;
    await waitFor(() => expect(fake.callsTo('jobs:cancel')).toEqual([{ job }]));
    expect(await screen.findByText(/Import cancelled. Nothing was imported./)).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(importsOf(fake.db).records).toEqual([]);
    // The archive is still chosen: it can be run again.
    expect(screen.getByRole('button', { name: 'Import' })).toBeTruthy();
    expectNoContractDrift(fake);
  });

  it('cancels a preview with the Cancel button', async () => {
    const { user, fake } = renderApp('#/import');
    await choosePath(user);
    holdImport(fake.db);
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    await screen.findByText('1 of 3 items');
    expect(screen.getByText(/preview, nothing is written/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /^Cancel/ }));
    expect(await screen.findByText(/Preview cancelled. Nothing was imported./)).toBeTruthy();
    expect(fake.callsTo('jobs:cancel')).toHaveLength(1);
  });

  it('says clearly that nothing was imported when the core refuses the archive, naming the file and place', async () => {
    const { user, fake } = renderApp('#/import');
    await choosePath(user);
    const message = 'data/tweets.js: not JSON at line 3, column 14 (byte 812): unexpected "}"';
    fake.failNext('x:import', { code: 'INVALID_INPUT', message });
    await user.click(screen.getByRole('button', { name: 'Import' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The import stopped. Nothing was imported.')).toBeTruthy();
    expect(within(alert).getByText(message)).toBeTruthy();
    expect(within(alert).getByText(/Check that this is the archive X sent you/)).toBeTruthy();

    // Trying again runs the same archive; choosing another goes back to the chooser.
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: 'Import report' })).toBeTruthy();
    expect(fake.callsTo('x:import')).toHaveLength(2);
  });
});
