import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type * as Photo from '../../renderer/src/lib/photo';
import { expectNoContractDrift, personId, renderApp } from './harness';

// jsdom has no canvas or createImageBitmap; the downscaling itself is covered by fitWithin and
// checked in the browser by the screenshots. Here: what the page does with its result.
vi.mock('../../renderer/src/lib/photo', async (importOriginal) => ({
  ...(await importOriginal<typeof Photo>()),
  preparePhoto: vi.fn(async (file: File) => {
    if (!file.type.startsWith('image/')) throw new Error('Pick a picture (JPEG, PNG, WebP…).');
    return { mime: 'image/jpeg' as const, base64: '/9j/4AAQSkZJRgABAQ==' };
  }),
}));

describe('Person photo', () => {
  it('sends the downscaled picture, shows it, and removes it', async () => {
    const { user, fake } = renderApp('#/', [{ displayName: 'Ada Obi' }], (f) => `#/people/${personId(f, 'Ada Obi')}`);
    await screen.findByRole('heading', { level: 1, name: 'Ada Obi' });
    await user.upload(screen.getByLabelText('Photo file'), new File(['x'.repeat(5_000_000)], 'phone.jpg', { type: 'image/jpeg' }));

    const img = await screen.findByRole('img', { name: 'Photo of Ada Obi' });
    expect(img.getAttribute('src')).toBe('data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ==');
    expect(fake.callsTo('people:set-photo')).toEqual([{ id: fake.people[0]!.id, photo: { mime: 'image/jpeg', base64: '/9j/4AAQSkZJRgABAQ==' } }]);

    await user.click(screen.getByRole('button', { name: 'Remove photo' }));
    await waitFor(() => expect(screen.queryByRole('img', { name: 'Photo of Ada Obi' })).toBeNull());
    expect(fake.db.photos.size).toBe(0);
    expectNoContractDrift(fake);
  });

  it('says next to the photo when the file is not a picture', async () => {
    const { fake } = renderApp('#/', [{ displayName: 'Ada Obi' }], (f) => `#/people/${personId(f, 'Ada Obi')}`);
    await screen.findByRole('heading', { level: 1, name: 'Ada Obi' });
    // A file dropped past the picker's filter (the picker offers pictures only).
    const user = userEvent.setup({ applyAccept: false });
    await user.upload(screen.getByLabelText('Photo file'), new File(['%PDF'], 'cv.pdf', { type: 'application/pdf' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Pick a picture (JPEG, PNG, WebP…).');
    expect(fake.callsTo('people:set-photo')).toEqual([]);
  });
});
