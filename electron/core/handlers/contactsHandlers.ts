import { AppError } from '../../../shared/ipc/result';
import type { HandlerMap } from './types';

/** Contacts files in: vCard, LinkedIn / Google / Outlook / any CSV, iCalendar. */
export const contactsHandlers = {
  'contacts:import': () => {
    throw new AppError('INTERNAL', 'Contacts import is being built');
  },
} satisfies Partial<HandlerMap>;
