// The site's own names for its languages and its way of writing dates, in each of its seven
// languages, taken from CLDR (the Unicode locale data full ICU ships). Used where the browser lacks
// a language's locale data: many phones and Linux Chromium builds have none for Lao, Khmer or
// Burmese and answer in English ("Khmer", "Dec 6, 2026") or with placeholders ("2026 M12 6").

/** LANGUAGE_NAMES[ui][code]: the name of language code in interface language ui. */
export const LANGUAGE_NAMES = {
  en: {en: 'English', zh: 'Chinese', th: 'Thai', vi: 'Vietnamese', lo: 'Lao', km: 'Khmer', my: 'Burmese'},
  zh: {en: '英语', zh: '中文', th: '泰语', vi: '越南语', lo: '老挝语', km: '高棉语', my: '缅甸语'},
  th: {en: 'อังกฤษ', zh: 'จีน', th: 'ไทย', vi: 'เวียดนาม', lo: 'ลาว', km: 'เขมร', my: 'พม่า'},
  vi: {en: 'Tiếng Anh', zh: 'Tiếng Trung', th: 'Tiếng Thái', vi: 'Tiếng Việt', lo: 'Tiếng Lào', km: 'Tiếng Khmer', my: 'Tiếng Miến Điện'},
  lo: {en: 'ອັງກິດ', zh: 'ຈີນ', th: 'ໄທ', vi: 'ຫວຽດນາມ', lo: 'ລາວ', km: 'ຂະເໝນ', my: 'ມຽນມາ'},
  km: {en: 'អង់គ្លេស', zh: 'ចិន', th: 'ថៃ', vi: 'វៀតណាម', lo: 'ឡាវ', km: 'ខ្មែរ', my: 'ភូមា'},
  my: {en: 'အင်္ဂလိပ်', zh: 'တရုတ်', th: 'ထိုင်း', vi: 'ဗီယက်နမ်', lo: 'လာအို', km: 'ခမာ', my: 'မြန်မာ'},
};

/**
 * DATES[lang]: the medium date pattern ({d} day, {m} month, {y} year), the month names as they
 * stand in it, the first digit of the language's numerals and what is added to the year (Thai
 * counts years in the Buddhist era).
 */
export const DATES = {
  en: { pattern: '{m} {d}, {y}', zero: '0', yearOffset: 0,
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] },
  zh: { pattern: '{y}年{m}月{d}日', zero: '0', yearOffset: 0,
    months: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'] },
  th: { pattern: '{d} {m} {y}', zero: '0', yearOffset: 543,
    months: ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'] },
  vi: { pattern: '{d} {m}, {y}', zero: '0', yearOffset: 0,
    months: ['thg 1', 'thg 2', 'thg 3', 'thg 4', 'thg 5', 'thg 6', 'thg 7', 'thg 8', 'thg 9', 'thg 10', 'thg 11', 'thg 12'] },
  lo: { pattern: '{d} {m} {y}', zero: '0', yearOffset: 0,
    months: ['ມ.ກ.', 'ກ.ພ.', 'ມ.ນ.', 'ມ.ສ.', 'ພ.ພ.', 'ມິ.ຖ.', 'ກ.ລ.', 'ສ.ຫ.', 'ກ.ຍ.', 'ຕ.ລ.', 'ພ.ຈ.', 'ທ.ວ.'] },
  km: { pattern: '{d} {m} {y}', zero: '0', yearOffset: 0,
    months: ['មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ'] },
  my: { pattern: '{y} {m} {d}', zero: '၀', yearOffset: 0,
    months: ['ဇန်', 'ဖေ', 'မတ်', 'ဧ', 'မေ', 'ဇွန်', 'ဇူ', 'ဩ', 'စက်', 'အောက်', 'နို', 'ဒီ'] },
};
