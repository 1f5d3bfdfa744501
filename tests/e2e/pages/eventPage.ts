import { type Locator, type Page, expect } from '@playwright/test';
import { PeoplePage } from './peoplePage';

/** An event's page and its capture mode, through role-based locators only. */
export class EventPage {
  readonly name: Locator;
  readonly hook: Locator;
  readonly handle: Locator;
  readonly interests: Locator;
  readonly captured: Locator;
  readonly attendees: Locator;

  constructor(readonly page: Page) {
    this.name = page.getByRole('combobox', { name: 'Name' });
    this.hook = page.getByLabel('One-line hook');
    this.handle = page.getByLabel('Handle');
    this.interests = page.getByLabel('Interests');
    this.captured = page.getByRole('list', { name: 'Captured just now' });
    this.attendees = page.getByRole('list', { name: 'Attendees' });
  }

  async open(url: string, eventId: string, name: string): Promise<void> {
    await new PeoplePage(this.page).open(url);
    await this.page.evaluate(`location.hash = '#/events/${eventId}'`);
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  /** One person, typed the way a user would after the event: Tab between fields, Enter to save. */
  async capture(person: { name: string; hook?: string; handle?: string; interests?: string }): Promise<void> {
    const k = this.page.keyboard;
    await expect(this.name).toBeFocused();
    await k.type(person.name);
    await k.press('Tab');
    if (person.hook) await k.type(person.hook);
    await k.press('Tab');
    if (person.handle) await k.type(person.handle);
    await k.press('Tab');
    if (person.interests) await k.type(person.interests);
    await k.press('Enter');
    await expect(this.captured.getByRole('link', { name: person.name, exact: true })).toBeVisible();
  }
}
