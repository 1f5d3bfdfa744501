import { type Locator, type Page, expect } from '@playwright/test';

/** The People screen and the Add person dialog, through role-based locators only. */
export class PeoplePage {
  readonly search: Locator;
  readonly list: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByRole('searchbox', { name: 'Search people' });
    this.list = page.getByRole('list', { name: 'People' });
    this.dialog = page.getByRole('dialog', { name: 'Add person' });
  }

  /** Opens the app from the printed link (it starts on Today), then the People screen. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    await this.page.evaluate(`location.hash = '#/people'`);
    await expect(this.page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  }

  /** Opens the app, then one person's page by its address. */
  async openPerson(url: string, id: string, name: string): Promise<void> {
    await this.open(url);
    await this.page.evaluate(`location.hash = '#/people/${id}'`);
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  row(name: string | RegExp): Locator {
    return this.list.getByRole('link', { name });
  }

  async addPerson(fields: { name: string; email?: string; x?: string; note?: string }): Promise<void> {
    await this.page.keyboard.press('Control+n');
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByLabel(/^Name/).fill(fields.name);
    if (fields.email) await this.dialog.getByLabel('Email').fill(fields.email);
    if (fields.x) await this.dialog.getByLabel('X handle').fill(fields.x);
    if (fields.note) await this.dialog.getByLabel('Note').fill(fields.note);
    await this.dialog.getByRole('button', { name: 'Add person' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
