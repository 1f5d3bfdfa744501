import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatPeopleFilter, NO_FILTER, parsePeopleFilter } from '../../renderer/src/lib/peopleFilter';
import { expectNoContractDrift, renderApp } from './harness';

const SEEDS = [
  { displayName: 'Ada Obi', interests: ['college football'], circle: 'inner' as const, job: { organisation: 'Acme' } },
  { displayName: 'Björn Eriksen', interests: ['jazz'], tags: ['investor'] },
  { displayName: 'Chloé Dubois', interests: ['college football', 'jazz'], circle: 'close' as const },
];
const names = () => within(screen.getByRole('list', { name: 'People' })).queryAllByRole('link').map((a) => a.querySelector('.person-row-name')?.textContent);

describe('People filters', () => {
  it('filters by interest ("who shares X"), keeps it in the address, and survives a reload', async () => {
    const { user, fake } = renderApp('#/people', SEEDS);
    await screen.findByText('Chloé Dubois');
    await user.click(screen.getByRole('button', { name: 'Interest' }));
    await user.keyboard('foot');
    await screen.findByRole('option', { name: /college football/ });
    await user.keyboard('{Enter}');

    await waitFor(() => expect(names()).toEqual(['Ada Obi', 'Chloé Dubois']));
    const interest = fake.db.interests.find((i) => i.name === 'college football')!;
    expect(window.location.hash).toBe(`#/people?interest=${interest.id}&interestName=college+football`);
    expect(fake.callsTo('people:list').at(-1)).toMatchObject({ interestId: interest.id, sort: 'name' });
    expect(screen.getByRole('button', { name: /Interest: college football/ })).toBeTruthy();
    expectNoContractDrift(fake);
  });

  it('reads the filter from the address on start, combines filters and clears them', async () => {
    const { user, fake } = renderApp('#/', SEEDS, (f) => {
      const jazz = f.db.interests.find((i) => i.name === 'jazz')!;
      return `#/people?${formatPeopleFilter({ ...NO_FILTER, interest: jazz, sort: 'created' })}`;
    });
    await waitFor(() => expect(names()).toEqual(['Chloé Dubois', 'Björn Eriksen']));
    await user.selectOptions(screen.getByRole('combobox', { name: /Circle/ }), 'close');
    await waitFor(() => expect(names()).toEqual(['Chloé Dubois']));
    expect(parsePeopleFilter(window.location.hash.split('?')[1]!)).toMatchObject({ circle: 'close', sort: 'created', interest: { name: 'jazz' } });

    await user.selectOptions(screen.getByRole('combobox', { name: /Circle/ }), 'dormant');
    const empty = await screen.findByRole('region', { name: 'Nobody matches these filters' });
    await user.click(within(empty).getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(names()).toHaveLength(3));
    expect(window.location.hash).toBe('#/people?sort=created');
    expect(fake.rejected).toEqual([]);
  });

  it('sorts by last touchpoint and filters online-only / offline-only people', async () => {
    const { user, fake } = renderApp('#/people', SEEDS, (f) => {
      const [ada, bjorn] = f.people;
      f.run('touchpoints:create', { at: '2025-01-01T10:00:00Z', channel: 'x_dm', initiatedBy: 'me', personIds: [ada!.id] });
      f.run('touchpoints:create', { at: '2025-02-01T10:00:00Z', channel: 'in_person', initiatedBy: 'me', personIds: [bjorn!.id] });
    });
    await screen.findByText('Chloé Dubois');
    await user.selectOptions(screen.getByRole('combobox', { name: /Sort/ }), 'last_touch');
    await waitFor(() => expect(names()).toEqual(['Björn Eriksen', 'Ada Obi', 'Chloé Dubois']));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Online or offline' }), 'online');
    await waitFor(() => expect(names()).toEqual(['Ada Obi']));
    expect(fake.callsTo('people:list').at(-1)).toMatchObject({ sort: 'last_touch', mode: 'online' });
  });

  it('ignores a malformed filter in the address instead of failing', () => {
    expect(parsePeopleFilter('interest=not-an-id&circle=best&sort=random&mode=both')).toEqual({ ...NO_FILTER, mode: 'both' });
  });
});
