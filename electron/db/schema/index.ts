// drizzle-kit needs every table exported from one entry point.
export * from './events';
export * from './identities';
export * from './imports';
export * from './organisations';
export * from './people';
export * from './relationships';
export * from './reminders';
export * from './settings';
export * from './taxonomy';
export * from './touchpoints';
export * from './xAccounts';
export * from './contacts';
