import { describe, expect, it } from 'vitest';
import { IDENTITY_KINDS, IdentityInput, type IdentityKind, normaliseIdentity } from '../../shared/domain/identity';

type Accepted = [raw: string, value: string, display: string];

/** What users paste, per kind, and what it must normalise to. */
const ACCEPTED: Record<IdentityKind, Accepted[]> = {
  x: [
    ['@Name', 'name', '@Name'],
    ['name', 'name', '@name'],
    ['https://x.com/name', 'name', '@name'],
    ['x.com/Some_One', 'some_one', '@Some_One'],
    ['twitter.com/name?s=20', 'name', '@name'],
    ['https://mobile.twitter.com/Name/status/1', 'name', '@Name'],
    ['https://www.twitter.com/Name', 'name', '@Name'],
    ['  @padded  ', 'padded', '@padded'],
    ['abcdefghijklmno', 'abcdefghijklmno', '@abcdefghijklmno'], // 15 characters: the maximum
  ],
  linkedin: [
    ['https://www.linkedin.com/in/name/', 'in/name', 'https://www.linkedin.com/in/name'],
    ['linkedin.com/in/na-me?trk=x', 'in/na-me', 'https://www.linkedin.com/in/na-me'],
    ['https://linkedin.com/in/Ada-Lovelace', 'in/ada-lovelace', 'https://www.linkedin.com/in/Ada-Lovelace'],
    ['https://www.linkedin.com/company/acme/', 'company/acme', 'https://www.linkedin.com/company/acme'],
    ['ada-lovelace', 'in/ada-lovelace', 'https://www.linkedin.com/in/ada-lovelace'],
  ],
  mastodon: [
    ['@user@instance.social', 'user@instance.social', '@user@instance.social'],
    ['User@Instance.Social', 'user@instance.social', '@User@instance.social'],
    ['https://mastodon.social/@user', 'user@mastodon.social', '@user@mastodon.social'],
  ],
  email: [
    ['Ada@Example.COM', 'ada@example.com', 'Ada@Example.COM'],
    ['mailto:ada@example.com', 'ada@example.com', 'ada@example.com'],
    ['  ada.lovelace+crm@example.co.uk ', 'ada.lovelace+crm@example.co.uk', 'ada.lovelace+crm@example.co.uk'],
  ],
  phone: [
    ['+1 (555) 123-4567', '+15551234567', '+1 (555) 123-4567'],
    ['+44 20 7946 0958', '+442079460958', '+44 20 7946 0958'],
    ['030-1234-5678', '03012345678', '030-1234-5678'],
    ['tel:+49.30.123', '+4930123', '+49.30.123'],
  ],
  instagram: [
    ['@some.one', 'some.one', '@some.one'],
    ['https://instagram.com/Some.One/', 'some.one', '@Some.One'],
    ['https://www.instagram.com/some_one', 'some_one', '@some_one'],
  ],
  website: [
    ['example.com', 'example.com', 'https://example.com'],
    ['Example.com/', 'example.com', 'https://example.com'],
    ['http://example.com', 'example.com', 'http://example.com'],
    ['https://www.example.com/path/', 'example.com/path', 'https://www.example.com/path'],
    ['https://example.com/Blog', 'example.com/blog', 'https://example.com/Blog'],
  ],
  other: [['Signal: +1 555', 'signal: +1 555', 'Signal: +1 555']],
};

const REJECTED: Record<IdentityKind, string[]> = {
  x: ['abcdefghijklmnop' /* 16 characters */, '', '@', 'has space', 'https://x.com/', 'bad-dash', 'https://example.com/name', 'https://x.com/%E0%A4%A'],
  linkedin: ['', 'https://www.linkedin.com/', 'https://www.linkedin.com/feed/name', 'a', 'has space', 'https://www.linkedin.com/in/%E0%A4%A'],
  mastodon: ['', 'user', '@user', 'https://mastodon.social/user', 'user@nodot', 'https://mastodon.social/@%E0%A4%A', 'https://mastodon.social/@'],
  email: ['not an email', '', 'ada@', '@example.com', 'ada@example', 'a b@example.com'],
  phone: ['', '12', 'call me', '+1 555 CALL NOW', '1'.repeat(21)],
  instagram: ['', 'has space', 'a'.repeat(31), 'instagram.com/%zz'],
  website: ['', 'not a url', 'ftp://example.com', 'localhost', 'javascript:alert(1)'],
  other: ['', '   '],
};

describe('normaliseIdentity', () => {
  it('has accepted and rejected cases for every kind', () => {
    expect(Object.keys(ACCEPTED).sort()).toEqual([...IDENTITY_KINDS].sort());
    expect(Object.keys(REJECTED).sort()).toEqual([...IDENTITY_KINDS].sort());
  });

  for (const kind of IDENTITY_KINDS) {
    it.each(ACCEPTED[kind])(`${kind}: accepts %j`, (raw, value, display) => {
      expect(normaliseIdentity(kind, raw)).toEqual({ value, display });
    });
    it.each(REJECTED[kind])(`${kind}: rejects %j`, (raw) => {
      const result = normaliseIdentity(kind, raw);
      expect(result).toHaveProperty('error');
      expect((result as { error: string }).error).toMatch(/\S/);
    });
  }

  it('maps every URL form of one X account onto one comparison key', () => {
    const forms = ['@Name', 'name', 'NAME', 'https://x.com/name', 'twitter.com/name?s=20', 'https://mobile.twitter.com/Name/status/1'];
    const values = new Set(forms.map((f) => (normaliseIdentity('x', f) as { value: string }).value));
    expect([...values]).toEqual(['name']);
  });
});

describe('IdentityInput', () => {
  it('normalises during validation and defaults the optional fields', () => {
    expect(IdentityInput.parse({ kind: 'x', value: 'https://x.com/Ada' })).toEqual({
      kind: 'x',
      value: 'ada',
      display: '@Ada',
      label: null,
      xAccountId: null,
      primary: false,
    });
  });

  it('keeps the numeric X account id only on X identities', () => {
    expect(IdentityInput.parse({ kind: 'x', value: '@ada', xAccountId: '12345' }).xAccountId).toBe('12345');
    expect(IdentityInput.parse({ kind: 'email', value: 'a@b.co', xAccountId: '12345' }).xAccountId).toBeNull();
    expect(IdentityInput.safeParse({ kind: 'x', value: '@ada', xAccountId: 'abc' }).success).toBe(false);
  });

  it('reports the bad value on the value path, quoting what was typed', () => {
    const result = IdentityInput.safeParse({ kind: 'email', value: 'not an email' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['value']);
    expect(result.error?.issues[0]?.message).toContain('"not an email"');
  });

  it('refuses unknown kinds and extra keys', () => {
    expect(IdentityInput.safeParse({ kind: 'myspace', value: 'tom' }).success).toBe(false);
    expect(IdentityInput.safeParse({ kind: 'x', value: 'tom', extra: 1 }).success).toBe(false);
  });
});
