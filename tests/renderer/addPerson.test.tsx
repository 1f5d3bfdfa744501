import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoContractDrift, renderApp } from './harness';

const dialog = () => screen.getByRole('dialog', { name: 'Add person' });
const field = (label: string | RegExp) => within(dialog()).getByLabelText(label);

describe('Add person dialog', () => {
  it('opens with Ctrl+N, creates the person with identities and shows them in the list', async () => {
    const { user, fake } = renderApp('#/people');
    await screen.findByText(/No people yet — add/);

    await user.keyboard('{Control>}n{/Control}');
    expect(document.activeElement).toBe(field(/^Name/));
    await user.type(field(/^Name/), 'Inès Moreau');
    await user.type(field('Email'), 'ines@example.fr');
    await user.type(field('X handle'), '@ines_m');
    await user.type(field('Note'), 'Met at the charity lunch; promised an intro to Sam.');
    await user.click(within(dialog()).getByRole('button', { name: 'Add person' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.callsTo('people:create')).toEqual([
      {
        displayName: 'Inès Moreau',
        notes: 'Met at the charity lunch; promised an intro to Sam.',
        identities: [
          { kind: 'email', value: 'ines@example.fr' },
          { kind: 'x', value: '@ines_m' },
        ],
      },
    ]);
    expect(fake.people[0]?.identities.map((i) => i.display)).toEqual(['ines@example.fr', '@ines_m']);
    expect(await screen.findByRole('link', { name: /Inès Moreau/ })).toBeTruthy();
    expect(screen.getByText('Added Inès Moreau')).toBeTruthy();
    expectNoContractDrift(fake);
  });

  it('asks for a name without a round trip', async () => {
    const { user, fake } = renderApp('#/people');
    await user.keyboard('{Control>}n{/Control}');
    await user.click(within(dialog()).getByRole('button', { name: 'Add person' }));
    expect(within(dialog()).getByRole('alert').textContent).toMatch(/Enter a name/);
    expect(field(/^Name/).getAttribute('aria-invalid')).toBe('true');
    expect(fake.callsTo('people:create')).toEqual([]);
  });

  it('shows INVALID_INPUT details next to the field they are about', async () => {
    const { user, fake } = renderApp('#/people');
    await user.keyboard('{Control>}n{/Control}');
    await user.type(field(/^Name/), 'Oğuz Yılmaz');
    await user.type(field('Email'), 'not-an-address');
    await user.type(field('Phone'), '+90 212 555 01 23');
    await user.click(within(dialog()).getByRole('button', { name: 'Add person' }));

    const email = field('Email');
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    expect(document.activeElement).toBe(email);
    const errorId = email.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(errorId)?.textContent).toBe('"not-an-address" is not an email address.');
    expect(field('Phone').getAttribute('aria-invalid')).toBe('false');
    expect(fake.people).toEqual([]);
    // The core refused it through the real contract: that is the point of this test.
    expect(fake.rejected.map((r) => r.issues[0]?.path)).toEqual(['identities.0.value']);

    await user.clear(email);
    await user.type(email, 'oguz@example.com.tr');
    expect(email.getAttribute('aria-invalid')).toBe('false');
    await user.click(within(dialog()).getByRole('button', { name: 'Add person' }));
    await waitFor(() => expect(fake.people).toHaveLength(1));
  });

  it('names the owner when a handle already belongs to someone, with a link to them', async () => {
    const { user, fake } = renderApp('#/people', [
      { displayName: 'Priya Raman', identities: [{ kind: 'x', value: 'priyar', display: '@priyar' }] },
    ]);
    await screen.findByText('Priya Raman');
    await user.keyboard('{Control>}n{/Control}');
    await user.type(field(/^Name/), 'Priya R.');
    await user.type(field('X handle'), 'PriyaR');
    await user.click(within(dialog()).getByRole('button', { name: 'Add person' }));

    const message = await within(dialog()).findByText(/already belongs to/);
    expect(message.textContent).toMatch(/^@PriyaR already belongs to Priya Raman/);
    await user.click(within(message).getByRole('link', { name: 'Priya Raman' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(window.location.hash).toBe(`#/people/${fake.people[0]?.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Priya Raman' })).toBeTruthy();
  });

  it('closes with Esc and keeps nothing', async () => {
    const { user, fake } = renderApp('#/today');
    await user.click(screen.getAllByRole('button', { name: /Add person/ })[0]!);
    await user.type(field(/^Name/), 'Half typed');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fake.callsTo('people:create')).toEqual([]);
  });

  it('still closes with Esc after a refused save', async () => {
    const { user } = renderApp('#/people');
    await user.keyboard('{Control>}n{/Control}');
    await user.type(field(/^Name/), 'Renée');
    await user.type(field('Email'), 'nope');
    await user.click(within(dialog()).getByRole('button', { name: 'Add person' }));
    await waitFor(() => expect(field('Email').getAttribute('aria-invalid')).toBe('true'));
    (document.activeElement as HTMLElement).blur();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
