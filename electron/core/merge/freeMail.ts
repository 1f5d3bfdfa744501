/**
 * Email providers anyone can sign up with: two people at gmail.com share nothing. Exact
 * domains, plus providers with a domain per country (yahoo.co.uk, gmx.de, hotmail.fr).
 */
export const FREE_DOMAINS: readonly string[] = [
  'gmail.com',
  'googlemail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'pm.me',
  'protonmail.com',
  'protonmail.ch',
  'tutanota.com',
  'tuta.io',
  'fastmail.com',
  'fastmail.fm',
  'hey.com',
  'zoho.com',
  'msn.com',
  'mail.com',
  'email.com',
  'inbox.com',
  'mail.ru',
  'bk.ru',
  'list.ru',
  'rambler.ru',
  'qq.com',
  '163.com',
  '126.com',
  'sina.com',
  'naver.com',
  'daum.net',
  'rediffmail.com',
  'web.de',
  't-online.de',
  'freenet.de',
  'orange.fr',
  'free.fr',
  'wanadoo.fr',
  'laposte.net',
  'sfr.fr',
  'libero.it',
  'virgilio.it',
  'wp.pl',
  'onet.pl',
  'o2.pl',
  'interia.pl',
  'seznam.cz',
  'btinternet.com',
  'sky.com',
  'comcast.net',
  'verizon.net',
  'att.net',
  'sbcglobal.net',
  'bellsouth.net',
  'cox.net',
  'shaw.ca',
  'rogers.com',
  'bigpond.com',
  'telefonica.net',
  'terra.com.br',
  'uol.com.br',
  'bol.com.br',
  'online.no',
  'telia.com',
  'docomo.ne.jp',
  'eircom.net',
  'sapo.pt',
  'otenet.gr',
];

/** Providers registered under many country domains: the first label decides. */
export const FREE_BRANDS: readonly string[] = ['yahoo', 'ymail', 'hotmail', 'outlook', 'live', 'gmx', 'yandex', 'protonmail', 'aim'];

const domains = new Set(FREE_DOMAINS);
const brands = new Set(FREE_BRANDS);

/** Whether `domain` (lower-case) is a free or consumer provider rather than someone's organisation. */
export function isFreeMailDomain(domain: string): boolean {
  return domains.has(domain) || brands.has(domain.split('.')[0]!);
}

