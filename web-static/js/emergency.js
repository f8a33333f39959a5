// Emergency numbers per country: the one list every page (and later the report form) shows.
// Source: national police / government hotlines. `label` is a key of strings.js; `lang` is the
// interface language whose readers most likely are in that country (their country comes first).

export const EMERGENCY_SOURCE_KEY = 'footer.source';

export const EMERGENCY_NUMBERS = [
  { country: 'TH', lang: 'th', numbers: [{ dial: '191', label: 'hotline.police' }, { dial: '1300', label: 'hotline.social' }] },
  { country: 'VN', lang: 'vi', numbers: [{ dial: '113', label: 'hotline.police' }, { dial: '111', label: 'hotline.child' }] },
  { country: 'KH', lang: 'km', numbers: [{ dial: '117', label: 'hotline.police' }, { dial: '1288', label: 'hotline.antiTrafficking' }] },
  { country: 'LA', lang: 'lo', numbers: [{ dial: '1191', label: 'hotline.police' }, { dial: '1362', label: 'hotline.womenChildren' }] },
  { country: 'MM', lang: 'my', numbers: [{ dial: '199', label: 'hotline.police' }] },
  { country: 'CN', lang: 'zh', numbers: [{ dial: '110', label: 'hotline.police' }] },
];

/** The list with the country of the reader's language first, the rest in their usual order. */
export function emergencyNumbersFor(lang) {
  const first = EMERGENCY_NUMBERS.filter((c) => c.lang === lang);
  return [...first, ...EMERGENCY_NUMBERS.filter((c) => c.lang !== lang)];
}
