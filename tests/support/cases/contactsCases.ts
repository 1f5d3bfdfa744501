import { type ChannelCases, long } from './helpers';

/** Request cases for the contacts import. */
export const CONTACTS_CASES = {
  'contacts:import': {
    valid: [
      { path: '/tmp/contacts.vcf' },
      { path: '/tmp/Connections.csv', format: 'linkedin', dryRun: true },
      { path: '/tmp/any.csv', format: 'csv', mapping: { 'E-mail': 'email', Name: 'displayName', Junk: 'ignore' }, rememberMapping: true, skipInvalid: true, job: 'import-2' },
      { path: '/tmp/conf.ics', format: 'ics', addAttendees: 'all' },
      { path: '/tmp/conf.ics', addAttendees: ['ada@example.org', 'Grace Hopper'] },
    ],
    invalid: [
      ['missing path', {}],
      ['empty path', { path: '' }],
      ['path over 4096 characters', { path: long(4097) }],
      ['unknown format', { path: '/a.vcf', format: 'xls' }],
      ['mapping to an unknown field', { path: '/a.csv', mapping: { Name: 'surname' } }],
      ['mapping as a list', { path: '/a.csv', mapping: ['Name'] }],
      ['header over 300 characters', { path: '/a.csv', mapping: { [long(301)]: 'email' } }],
      ['skip invalid as a string', { path: '/a.vcf', skipInvalid: 'yes' }],
      ['add attendees as a number', { path: '/a.ics', addAttendees: 3 }],
      ['unknown field', { path: '/a.vcf', overwrite: true }],
    ],
  },
} satisfies Record<string, ChannelCases>;
