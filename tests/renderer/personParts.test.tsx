import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { localDate } from '../../renderer/src/lib/dates';
import { expectNoContractDrift, personId, renderApp } from './harness';

const CHUCK = { displayName: 'Chuck Flagg', identities: [{ kind: 'x' as const, value: 'theflaggagency', display: '@theflaggagency' }], interests: ['aviation art'], job: { organisation: 'The Flagg Agency', title: 'Principal', startOn: '2021' } };
const KOFI = { displayName: 'Kofi Boateng', interests: ['college football'] };

function openChuck(seed?: Parameters<typeof renderApp>[2]) {
  return renderApp('#/', [CHUCK, KOFI], (fake) => {
    seed?.(fake);
    return `#/people/${personId(fake, 'Chuck Flagg')}`;
  });
}
const card = (name: string) => screen.getByRole('region', { name });

describe('Person page parts', () => {
  it('shows the current job under the name', async () => {
    openChuck();
    expect(await screen.findByText('Principal at The Flagg Agency')).toBeTruthy();
    expect(screen.getByText(/· since 2021/)).toBeTruthy();
  });

  it('records how we met with a quick date, an event, who introduced us and online/offline', async () => {
    const { user, fake } = openChuck((f) => void f.run('events:create', { name: "Gilda's Club lunch", startsOn: '2025-02-20' }));
    await screen.findByRole('heading', { level: 1, name: 'Chuck Flagg' });
    await user.click(within(card('How we met')).getByRole('button', { name: 'Edit how we met' }));
    const form = screen.getByRole('form', { name: 'How we met' });
    await user.click(within(form).getByRole('button', { name: 'Yesterday' }));
    expect((within(form).getByLabelText('When') as HTMLInputElement).value).toBe(localDate(new Date(Date.now() - 86_400_000)));
    await user.type(within(form).getByRole('combobox', { name: 'At event' }), 'gilda');
    await user.click(await screen.findByRole('option', { name: /Gilda's Club lunch/ }));
    await user.type(within(form).getByRole('combobox', { name: 'Introduced by' }), 'kofi');
    await screen.findByRole('option', { name: /Kofi Boateng/ });
    await user.keyboard('{Enter}');
    await user.click(within(form).getByRole('radio', { name: 'Offline' }));
    await user.type(within(form).getByLabelText('Note'), 'Same table');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.queryByRole('form', { name: 'How we met' })).toBeNull());
    const met = fake.people[0]!.howWeMet;
    expect(met).toMatchObject({ event: { name: "Gilda's Club lunch" }, introducedBy: { name: 'Kofi Boateng' }, mode: 'offline', note: 'Same table' });
    expect(within(card('How we met')).getByRole('link', { name: 'Kofi Boateng' })).toBeTruthy();
    expectNoContractDrift(fake);
  });

  it('accepts an approximate year and shows a wrong date next to the field', async () => {
    const { user, fake } = openChuck();
    await user.click(await screen.findByRole('button', { name: 'Edit how we met' }));
    const form = screen.getByRole('form', { name: 'How we met' });
    const when = within(form).getByLabelText('When');
    await user.type(when, '2019-13');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(when.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(when.getAttribute('aria-describedby')!)?.textContent).toBe('Must be YYYY, YYYY-MM or YYYY-MM-DD.');
    await user.clear(when);
    await user.type(when, '2019');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.people[0]!.howWeMet.on).toBe('2019'));
    expect(within(card('How we met')).getByText(/Met in 2019/)).toBeTruthy();
  });

  it('adds an identity from any pasted form, showing what will be saved', async () => {
    const { user, fake } = openChuck();
    await user.click(within(await screen.findByRole('region', { name: 'Ways to reach' })).getByRole('button', { name: 'Add' }));
    const input = screen.getByLabelText('Handle, address or link');
    await user.type(input, 'https://www.linkedin.com/in/chuck-flagg/');
    expect(screen.getByText(/Saved as LinkedIn/).textContent).toContain('https://www.linkedin.com/in/chuck-flagg');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(fake.people[0]!.identities.map((i) => i.kind)).toEqual(['x', 'linkedin']));
    await user.type(input, '@chuck@mastodon.social');
    expect(screen.getByText(/Saved as Mastodon/).textContent).toContain('@chuck@mastodon.social');
    expectNoContractDrift(fake);
  });

  it('names the owner of a handle that belongs to someone else, with a link to them', async () => {
    const { user, fake } = renderApp('#/', [CHUCK, { displayName: 'Kofi Boateng', identities: [{ kind: 'x', value: 'kofi_b', display: '@kofi_b' }] }], (f) => `#/people/${personId(f, 'Chuck Flagg')}`);
    await user.click(within(await screen.findByRole('region', { name: 'Ways to reach' })).getByRole('button', { name: 'Add' }));
    await user.type(screen.getByLabelText('Handle, address or link'), 'x.com/Kofi_B{Enter}');
    const error = await screen.findByText(/already belongs to/);
    expect(error.textContent).toBe('@Kofi_B already belongs to Kofi Boateng.');
    await user.click(within(error).getByRole('link', { name: 'Kofi Boateng' }));
    expect(window.location.hash).toBe(`#/people/${personId(fake, 'Kofi Boateng')}`);
  });

  it('makes an identity primary and removes one with undo', async () => {
    const { user, fake } = openChuck((f) => void f.run('identities:add', { personId: personId(f, 'Chuck Flagg'), identity: { kind: 'x', value: '@chuck_personal' } }));
    await user.click(await screen.findByRole('button', { name: 'Make @chuck_personal primary' }));
    await waitFor(() => expect(fake.people[0]!.identities.find((i) => i.primary)?.display).toBe('@chuck_personal'));
    await user.click(screen.getByRole('button', { name: 'Remove @theflaggagency' }));
    await waitFor(() => expect(fake.people[0]!.identities).toHaveLength(1));
    await user.click(within(screen.getByText('Removed @theflaggagency').closest('.toast') as HTMLElement).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(fake.people[0]!.identities.map((i) => i.display).sort()).toEqual(['@chuck_personal', '@theflaggagency']));
    expectNoContractDrift(fake);
  });

  it('adds interests as chips from suggestions or new, and links each to who shares it', async () => {
    const { user, fake } = openChuck();
    const interests = await screen.findByRole('combobox', { name: 'Interests' });
    await user.type(interests, 'college');
    await user.click(await screen.findByRole('option', { name: /college football/ }));
    await waitFor(() => expect(fake.people[0]!.interests.map((i) => i.name)).toEqual(['aviation art', 'college football']));
    await user.type(interests, 'Burn Notice{Enter}');
    await waitFor(() => expect(fake.people[0]!.interests.map((i) => i.name)).toContain('Burn Notice'));
    expect(fake.callsTo('people:update').at(-1)).toMatchObject({ patch: { interests: ['aviation art', 'college football', 'Burn Notice'] } });

    await user.click(screen.getByRole('link', { name: 'college football' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/people\?interest=/));
    expect(await screen.findByRole('link', { name: /Kofi Boateng/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Interest: college football/ })).toBeTruthy();
    expectNoContractDrift(fake);
  });

  it('adds a job, ends the current one and moves it to history', async () => {
    const { user, fake } = openChuck();
    const work = await screen.findByRole('region', { name: 'Work' });
    await user.click(within(work).getByRole('button', { name: 'End Principal at The Flagg Agency' }));
    await user.click(within(work).getByRole('button', { name: 'End job' }));
    await waitFor(() => expect(fake.people[0]!.positions[0]!.current).toBe(false));
    await user.click(within(work).getByRole('button', { name: 'Add job' }));
    await user.type(within(work).getByRole('combobox', { name: /Organisation/ }), 'Gilda');
    await user.type(within(work).getByLabelText('Title'), 'Board member');
    await user.click(within(work).getByRole('button', { name: 'Add job' }));
    await waitFor(() => expect(screen.getByText('Board member at Gilda')).toBeTruthy());
    expect(fake.people[0]!.positions.map((p) => [p.organisation.name, p.current])).toEqual([
      ['Gilda', true],
      ['The Flagg Agency', false],
    ]);
    expectNoContractDrift(fake);
  });

  it('links two people and removes the link with undo', async () => {
    const { user, fake } = openChuck();
    const card = await screen.findByRole('region', { name: 'Relationships' });
    await user.click(within(card).getByRole('button', { name: 'Link' }));
    await user.selectOptions(within(card).getByLabelText('Relationship'), 'introduced_by');
    await user.type(within(card).getByRole('combobox', { name: 'Person' }), 'kofi');
    await screen.findByRole('option', { name: /Kofi Boateng/ });
    await user.keyboard('{Enter}');
    await user.click(within(card).getByRole('button', { name: 'Add link' }));
    expect(await within(card).findByText('Introduced by')).toBeTruthy();
    expect(fake.db.relationships).toHaveLength(1);
    await user.click(within(card).getByRole('button', { name: 'Remove the link with Kofi Boateng' }));
    await waitFor(() => expect(fake.db.relationships).toHaveLength(0));
    await user.click(within(screen.getByText('Removed the link with Kofi Boateng').closest('.toast') as HTMLElement).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(fake.db.relationships).toMatchObject([{ kind: 'introduced_by' }]));
    expectNoContractDrift(fake);
  });

  it('changes the circle from the header', async () => {
    const { user, fake } = openChuck();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Circle' }), 'inner');
    await waitFor(() => expect(fake.people[0]!.circle).toBe('inner'));
  });
});
