import type { HandlerMap } from './types';

/** Contacts files in: vCard, LinkedIn / Google / Outlook / any CSV, iCalendar. */
export const contactsHandlers = {
  'contacts:import': async (req, ctx) => {
    const report = await ctx.contactImport.run(req, ctx.now);
    if (!report.dryRun) ctx.emit('changed', { entity: 'all', ids: [] });
    return report;
  },
} satisfies Partial<HandlerMap>;
