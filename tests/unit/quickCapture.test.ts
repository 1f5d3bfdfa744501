import { describe, expect, it } from 'vitest';
import { parseQuickCapture } from '../../shared/capture/quickCapture';

describe('parseQuickCapture', () => {
  it('parses the canonical example from the issue', () => {
    expect(parseQuickCapture("Chuck Flagg @theflaggagency met at Gilda's Club lunch, likes aviation art #prospect")).toEqual({
      displayName: 'Chuck Flagg',
      identities: [{ kind: 'x', value: 'theflaggagency' }],
      event: "Gilda's Club lunch",
      interests: ['aviation art'],
      tags: ['prospect'],
      organisation: null,
      title: null,
      location: null,
      introducedBy: null,
      when: null,
      note: null,
    });
  });

  it('splits interest lists and keeps a promise as the note', () => {
    const c = parseQuickCapture('Sam O’Neil met at Web Summit yesterday, likes college football and Dr Pepper. promised to send the HBR article');
    expect(c.displayName).toBe('Sam O’Neil');
    expect(c.event).toBe('Web Summit');
    expect(c.when).toBe('yesterday');
    expect(c.interests).toEqual(['college football', 'Dr Pepper']);
    expect(c.note).toBe('promised to send the HBR article');
  });

  it('keeps name particles and reads email, introducer, organisation and several tags', () => {
    const c = parseQuickCapture('Ana María de la Cruz ana@Example.com via Sam works at Acme Corp #investor #Lisbon #investor');
    expect(c.displayName).toBe('Ana María de la Cruz');
    expect(c.identities).toEqual([{ kind: 'email', value: 'ana@example.com' }]);
    expect(c.introducedBy).toBe('Sam');
    expect(c.organisation).toBe('Acme Corp');
    expect(c.tags).toEqual(['investor', 'Lisbon']);
  });

  it('recognises profile URLs, Mastodon addresses and phone numbers', () => {
    const c = parseQuickCapture('Kenji https://x.com/Kenji_T?s=20 @kenji@mastodon.social linkedin.com/in/kenji-t/ +1 (555) 123-4567');
    expect(c.identities).toEqual([
      { kind: 'x', value: 'kenji_t' },
      { kind: 'mastodon', value: 'kenji@mastodon.social' },
      { kind: 'linkedin', value: 'in/kenji-t' },
      { kind: 'phone', value: '+15551234567' },
    ]);
  });

  it('reads location and ampersand lists', () => {
    const c = parseQuickCapture('Priya Patel based in Berlin, into climbing & jazz');
    expect(c.location).toBe('Berlin');
    expect(c.interests).toEqual(['climbing', 'jazz']);
  });

  it('names someone by handle when the line has no name', () => {
    expect(parseQuickCapture('@jack met at SXSW').displayName).toBe('@jack');
    expect(parseQuickCapture('jane.doe@example.com').displayName).toBe('jane.doe');
  });

  it('never loses text it cannot place', () => {
    const c = parseQuickCapture('talked about aviation art; send him the HBR article');
    expect(c.displayName).toBeNull();
    expect(c.note).toContain('aviation art');
    expect(c.note).toContain('HBR article');
    expect(parseQuickCapture('zzz qqq').note).toBe('zzz qqq');
    const twice = parseQuickCapture('Li met at Dinner, met at Conference');
    expect(twice.event).toBe('Dinner');
    expect(twice.note).toBe('Conference');
  });

  it('is total: empty, whitespace, huge and hostile input give a result', () => {
    expect(parseQuickCapture('').displayName).toBeNull();
    expect(parseQuickCapture('   \n\t ').note).toBeNull();
    expect(() => parseQuickCapture('@'.repeat(10_000))).not.toThrow();
    expect(parseQuickCapture('Bob "); DROP TABLE people; --').note).toContain('DROP TABLE');
  });
});
