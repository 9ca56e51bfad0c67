import { describe, expect, it } from 'vitest';
import { parseCount } from '../../../src/lib/count';
import { hasSharedFixtures, readShared } from '../shared-fixtures';

type Row = [text: string, locale: string | undefined, expected: number | undefined];

/** Rows whose text is verbatim in a saved page under ../shared/fixtures/html (checked at the end). */
const verbatim: Array<[file: string, text: string]> = [];
function saved(file: string, row: Row): Row {
  verbatim.push([file, row[0]]);
  return row;
}

// Spaces as pages write them: no-break (U+00A0), narrow no-break (U+202F, French groups), thin (U+2009).
const NBSP = '\u00a0';
const NNBSP = '\u202f';
const THIN = '\u2009';

const rows: Row[] = [
  // Plain numbers and their grouping.
  ['1,234', 'en', 1234],
  ['1.234', 'de', 1234],
  ['1.234', 'es', 1234],
  ['1.234', 'en', 1234], // a count is whole: "." before three digits groups in every locale
  [`1${NBSP}234`, 'fr', 1234],
  [`1${NNBSP}234`, 'fr', 1234],
  [`1${THIN}234`, 'fr', 1234],
  ["1'234", 'de-CH', 1234],
  ['1’234', 'de-CH', 1234],
  ['12345', 'en', 12345],
  ['0', 'en', 0],
  ['1,234,567', 'en', 1_234_567],
  ['1.234.567', 'de', 1_234_567],
  [`1${NBSP}234${NBSP}567`, 'ru', 1_234_567],
  ['12,34,567', 'hi', 1_234_567], // Indian grouping
  ['1,234.5', 'en', 1235], // both separators: the last is the decimal point
  ['1.234,5', 'de', 1235],
  ['1,5', 'de', 2], // a fraction without a scale word is rounded
  ['1.5', 'en', 2],
  ['12345', undefined, 12345],
  ['1,234', '', 1234],
  ['1,234', 'en_US', 1234],
  ['１２３４', 'ja', 1234], // full-width digits

  // X (en): aria-labels and shown counts.
  saved('x-profile-rendered-javilop.html', ['1264 Replies. Reply', 'en', 1264]),
  saved('x-profile-rendered-javilop.html', ['100549 Likes. Like', 'en', 100_549]),
  saved('x-profile-rendered-javilop.html', ['2611899 views. View post analytics', 'en', 2_611_899]),
  saved('x-profile-rendered-javilop.html', ['1264 replies, 7363 reposts, 100549 likes', 'en', 1264]),
  saved('x-profile-rendered-javilop.html', ['86.4K', 'en', 86_400]),
  saved('x-profile-rendered-dom-kikobeats.html', ['23.9K posts', 'en', 23_900]),
  ['5.6K Likes. Like', 'en', 5600],
  ['12 Replies. Reply', 'en', 12],
  ['1.2M', 'en', 1_200_000],
  ['2B', 'en', 2_000_000_000],
  ['1.25M', 'en', 1_250_000],
  ['1.2K+', 'en', 1200],
  // X (ja, de, es, ...)
  ['12 件の返信', 'ja', 12],
  ['1,2 Mio.', 'de', 1_200_000],
  ['3,4 k', 'de', 3400],
  ['12,3K', 'es', 12_300],

  // Instagram
  saved('instagram-profile-rendered-hausoftiffany.html', ['2,067 Followers, 1,944 Following, 85 Posts', 'en', 2067]),
  saved('instagram-profile-rendered-hausoftiffany.html', ['2,066', 'en', 2066]),
  saved('instagram-profile-server-aaronpk.html', ['484 Followers, 262 Following, 1,537 Posts', 'en', 484]),
  ['Followed by 12', 'en', 12],
  ['Gefällt 10.000 Mal', 'de', 10_000],
  ['1.234 Follower', 'de', 1234],
  ['12 mil Me gusta', 'es', 12_000],
  ['1,2 mi seguidores', 'pt-BR', 1_200_000],
  ['1,5 Mi.', 'pt-BR', 1_500_000],
  ['12 mil curtidas', 'pt-BR', 12_000],
  ['1,2 Mln follower', 'it', 1_200_000],
  ['12 mila follower', 'it', 12_000],
  ['12.345 Mi piace', 'it', 12_345], // Italian likes: "Mi" is no pt million there
  ['120 Mi piace', 'it', 120],
  ['12 Mi piace', 'en', 12],
  ["5004 M'agrada", 'ca', 5004], // Catalan likes: no million, nor ca's "m" (thousand)
  ['5004 m’agrada', 'en', 5004],
  ['12 m', 'ca', 12_000],
  ['1,2 mi seguidores', 'pt', 1_200_000],
  ['1,2 тыс. подписчиков', 'ru', 1200],
  ['1,2 B takipçi', 'tr', 1200], // Turkish "B" is "bin", a thousand
  ['1,2 B', 'en', 1_200_000_000],
  ['3,4 Mn takipçi', 'tr', 3_400_000],
  ['2 Mr', 'tr', 2_000_000_000],
  ['12 bin', 'tr', 12_000],
  ['フォロワー12万人', 'ja', 120_000],
  ['1.2万', 'ja', 12_000],
  ['3億', 'ja', 300_000_000],
  ['1,234万', 'ja', 12_340_000],
  ['１２万', 'ja', 120_000], // full-width digits
  ['1.2千', 'ja', 1200],
  ['팔로워 1.2만명', 'ko', 12_000],
  // A Latin scale letter, then a Korean or Japanese word with no space; a space before 만.
  ['519K명', 'ko', 519_000],
  ['1.2M人', 'ja', 1_200_000],
  ['팔로워 1.2 만명', 'ko', 12_000],
  ['1.2천', 'ko', 1200],
  ['3억', 'ko', 300_000_000],

  // YouTube: the channel page in Spanish writes "K"/"M" after a no-break space; labels spell words out.
  saved('youtube-channel-page-es-locale.html', ['4,69 millones de suscriptores', 'es', 4_690_000]),
  saved('youtube-channel-page-es-locale.html', [`4,69${NBSP}M de suscriptores`, 'es', 4_690_000]),
  saved('youtube-channel-page-es-locale.html', [`87${NBSP}K visualizaciones`, 'es', 87_000]),
  saved('youtube-channel-page-es-locale.html', ['87 mil visualizaciones', 'es', 87_000]),
  saved('youtube-channel-page-es-locale.html', ['2,5 mil visualizaciones', 'es', 2500]),
  saved('youtube-channel-page-es-locale.html', ['127.696 visualizaciones', 'es', 127_696]),
  saved('youtube-channel-page-es-locale.html', ['1.783.335 visualizaciones', 'es', 1_783_335]),
  saved('youtube-channel-page-es-locale.html', ['1,7 millones de visualizaciones', 'es', 1_700_000]),
  saved('youtube-channel-page-es-locale.html', [`1,7${NBSP}M de visualizaciones`, 'es', 1_700_000]),
  saved('youtube-channel-page-es-locale.html', [`1${NBSP}M de visualizaciones`, 'es', 1_000_000]),
  saved('youtube-watch-server-en-GJLlxj_dtq8.html', ['3.68 million subscribers', 'en', 3_680_000]),
  saved('youtube-watch-server-en-GJLlxj_dtq8.html', ['3.68M subscribers', 'en', 3_680_000]),
  saved('youtube-watch-server-en-GJLlxj_dtq8.html', ['158 thousand views', 'en', 158_000]),
  saved('youtube-watch-server-en-GJLlxj_dtq8.html', ['158K views', 'en', 158_000]),
  saved('youtube-watch-server-en-GJLlxj_dtq8.html', ['2.2 million views', 'en', 2_200_000]),
  ['3,5 M', 'es', 3_500_000],
  ['3,5 mill.', 'es', 3_500_000],
  ['3,5 millones', 'es', 3_500_000],
  ['1,2 mil millones de visualizaciones', 'es', 1_200_000_000],
  [`1,2${NBSP}mil${NBSP}M de visualizaciones`, 'es', 1_200_000_000],
  ['2 billion views', 'en', 2_000_000_000],
  ['3 thousand', 'en', 3000],
  [`1,2${NBSP}Mio. Aufrufe`, 'de', 1_200_000],
  ['1,2 Millionen Abonnenten', 'de', 1_200_000],
  ['3 Mrd. Aufrufe', 'de', 3_000_000_000],
  ['1,2 Tsd.', 'de', 1200],
  ['2,3 k', 'de', 2300],
  [`12${NNBSP}k vues`, 'fr', 12_000],
  ['1,2 M d’abonnés', 'fr', 1_200_000],
  ['1,2 million d’abonnés', 'fr', 1_200_000],
  ['2 Md de vues', 'fr', 2_000_000_000],
  [`12${NNBSP}345 abonnés`, 'fr', 12_345],
  ['3,4 mi de visualizações', 'pt-BR', 3_400_000],
  ['3,4 milhões de visualizações', 'pt-BR', 3_400_000],
  ['2,3 bi de visualizações', 'pt-BR', 2_300_000_000],
  ['3,4 Mln di iscritti', 'it', 3_400_000],
  ['1,2 Mrd di visualizzazioni', 'it', 1_200_000_000],
  ['3,4 mln. abonnees', 'nl', 3_400_000],
  ['1,2 mld. weergaven', 'nl', 1_200_000_000],
  ['3,4 mln subskrybentów', 'pl', 3_400_000],
  ['12 tys. wyświetleń', 'pl', 12_000],
  ['3,4 млн подписчиков', 'ru', 3_400_000],
  ['2 млрд просмотров', 'ru', 2_000_000_000],
  [`12${NBSP}345 просмотров`, 'ru', 12_345],
  ['1,2 Milyon abone', 'tr', 1_200_000],
  ['チャンネル登録者数 12万人', 'ja', 120_000],
  ['3.4万次观看', 'zh-CN', 34_000],
  ['1.2亿次观看', 'zh-CN', 120_000_000],
  ['12萬 位訂閱者', 'zh-TW', 120_000],
  ['구독자 3.4만명', 'ko', 34_000],
  ['1.2 लाख सब्सक्राइबर', 'hi', 120_000],
  ['3 करो\u095C व्यूज़', 'hi', 30_000_000], // ड़ as one code point (U+095C)
  ['3 करो\u0921\u093C व्यूज़', 'hi', 30_000_000], // ड + nukta (U+0921 U+093C)
  ['1.2 ह\u095Bार', 'hi', 1200], // ज़ as one code point (U+095B)
  ['1.2 ह\u091C\u093Cार', 'hi', 1200], // ज + nukta
  ['1.2 हजार', 'hi', 1200], // spelt without the nukta
  ['1.2 lakh views', 'en', 120_000],
  // Indonesian: "rb" (ribu), "jt" (juta); "M" is "miliar", a billion.
  ['2,4 jt x ditonton', 'id', 2_400_000],
  ['19,9 jt subscriber', 'id', 19_900_000],
  ['1,2 rb x ditonton', 'id', 1200],
  ['12,3 rb pengikut', 'id', 12_300],
  ['1,2 juta subscriber', 'id', 1_200_000],
  ['3 ribu x ditonton', 'id', 3000],
  ['2,4 M x ditonton', 'id', 2_400_000_000],
  ['1,2 miliar x ditonton', 'id', 1_200_000_000],
  ['5 menit yang lalu', 'id', 5],
  // Arabic: the words end where the Arabic word ends ("ألفية", millennium; "مليونير", millionaire).
  ['334 ألف مشاهدة', 'ar', 334_000],
  ['2.4 مليون مشاهدة', 'ar', 2_400_000],
  ['341 ألف مشترك', 'ar', 341_000],
  ['3 آلاف مشاهدة', 'ar', 3000],
  ['5 ملايين مشاهدة', 'ar', 5_000_000],
  ['1.2 مليار مشاهدة', 'ar', 1_200_000_000],
  ['2 مليارات مشاهدة', 'ar', 2_000_000_000],
  ['\u200f334\u200f ألف مشاهدة', 'ar', 334_000], // right-to-left marks around the number
  ['334 ألف مشاهدة', undefined, 334_000],
  ['12 ألفية', 'ar', 12],
  ['3 مليونير', 'ar', 3],
  // Other scripts' digits, as Intl.NumberFormat writes them (Mastodon's exact counts in titles).
  ['۱۲٬۳۴۵', 'fa', 12_345], // Persian digits, the Arabic thousands separator (U+066C)
  ['۱۲٬۳۴۵', undefined, 12_345],
  ['١٢٬٣٤٥', 'ar-EG', 12_345], // Arabic-Indic digits
  ['١٢٫٣ ألف', 'ar', 12_300], // the Arabic decimal separator (U+066B) and a scale word
  ['١٫٢٣٤ ألف', 'ar', 1234], // U+066B is a decimal point, also before three digits
  ['٢ مليون مشاهدة', 'ar', 2_000_000],
  ['১২,৩৪৫', 'bn', 12_345], // Bengali
  ['১২,৩৪,৫৬৭', 'bn', 1_234_567], // Indian grouping
  ['१२,३४५', 'mr', 12_345], // Devanagari (Marathi, Nepali, Hindi with native digits)
  ['१.२ लाख', 'hi', 120_000],
  ['၁၂,၃၄၅', 'my', 12_345], // Myanmar
  ['႑႒', 'shn', 12], // Myanmar Shan digits, a second run of the same block
  ['᪑᪒', undefined, 12], // Tai Tham's second set of digits (Tham)
  ['\u{116db}\u{116dc}', undefined, 12], // Myanmar Eastern Pwo Karen digits, a run of ten right after Pao's
  ['𝟏𝟐 followers', 'en', 12], // mathematical bold digits: NFKC makes them ASCII
  ['𐒡𐒢', undefined, 12], // Osmanya, outside the Basic Multilingual Plane
  ['-١٢', 'ar', undefined],

  // Vietnamese: "N" (nghìn), "Tr" (triệu), "T" (tỷ), only on Vietnamese pages.
  ['230 N người đăng ký', 'vi', 230_000],
  ['1,05 Tr người đăng ký', 'vi', 1_050_000],
  ['2,3 Tr người theo dõi • 150 N lượt thích', 'vi', 2_300_000],
  ['150 N lượt thích', 'vi', 150_000],
  ['1,2 T lượt xem', 'vi', 1_200_000_000],
  ['1,2 triệu lượt xem', 'vi', 1_200_000],
  ['12 nghìn lượt xem', 'vi', 12_000],
  ['2,4 tỷ lượt xem', 'vi', 2_400_000_000],
  ['12 năm trước', 'vi', 12],
  ['2 tuần trước', 'vi', 2],
  ['230 N', 'en', 230],
  ['5 T', 'en', 5],
  // Czech and Slovak: "tis.", "mil." (a million there), "mld."
  ['1,84 tis. odběratelů', 'cs', 1840],
  ['1,2 mil. zhlédnutí', 'cs', 1_200_000],
  ['1,2 mil. zhlédnutí', 'cs-CZ', 1_200_000],
  ['3 mld. zhlédnutí', 'cs', 3_000_000_000],
  ['1,2 milionu zhlédnutí', 'cs', 1_200_000],
  ['2,4 miliardy zhlédnutí', 'cs', 2_400_000_000],
  ['1,2 tisíce', 'cs', 1200],
  ['1,2 mil. odberateľov', 'sk', 1_200_000],
  ['12 tis. zhliadnutí', 'sk', 12_000],
  ['1,2 milióna', 'sk', 1_200_000],
  ['12 mil seguidores', 'es', 12_000], // elsewhere "mil" stays a thousand

  // YouTube's abbreviations in its other languages (NewPipe's AbbreviationHashMap, CLDR's compact forms).
  ['3.2 क॰ सब्सक्राइबर', 'hi-IN', 32_000_000], // crore: "॰" is a sign, neither letter nor mark
  ['1.2 अ॰ व्यूज़', 'hi', 1_200_000_000],
  ['१.२ ह सदस्य', 'mr', 1200], // "ह" alone, only in Marathi
  ['१२ हत्ती', 'mr', 12], // a word that starts with it
  ['१.२ कोटी', 'mr', 12_000_000],
  ['१.२ अब्ज', 'mr', 1_200_000_000],
  ['1,2 mil. de abonați', 'ro-RO', 1_200_000],
  ['12 K de abonați', 'ro', 12_000],
  ['1,2 mld. de vizionări', 'ro', 1_200_000_000],
  ['1,2 mil. pretplatnika', 'hr-HR', 1_200_000],
  ['12,3 tis. pretplatnika', 'hr', 12_300],
  ['1,2 mlr. pregleda', 'hr', 1_200_000_000],
  ['1,2 mil. pretplatilaca', 'bs-BA', 1_200_000],
  ['12,3 hilj. pretplatilaca', 'bs', 12_300],
  ['1,2 mlrd. pregleda', 'bs', 1_200_000_000],
  ['1,2 mil. pratilaca', 'sr-Latn', 1_200_000],
  ['12,3 хиљ. пратилаца', 'sr', 12_300],
  ['1,2 мил. пратилаца', 'sr', 1_200_000],
  ['12 tis. naročnikov', 'sl', 12_000],
  ['1,2 mio. naročnikov', 'sl', 1_200_000],
  ['۳۹٫۴ هزار مشترک', 'fa-IR', 39_400], // Persian digits and decimal separator
  ['۱٫۲ میلیون مشترک', 'fa', 1_200_000],
  ['۱٫۲ میلیارد بازدید', 'fa', 1_200_000_000],
  ['12,3 E feliratkozó', 'hu-HU', 12_300], // "E" (ezer), only in Hungarian
  ['1,2 M feliratkozó', 'hu', 1_200_000],
  ['12 E', 'en', 12],
  ['12,3 t. tilaajaa', 'fi-FI', 12_300], // "t." (tuhatta), only in Finnish and Danish
  ['1,2 milj. tilaajaa', 'fi', 1_200_000],
  ['12 tuntia sitten', 'fi', 12],
  ['12 t', 'en', 12],
  ['12,3 t abonnenter', 'da', 12_300],
  ['1,2 mia. visninger', 'da', 1_200_000_000],
  ['12 mia', 'it', 12], // Italian "mia" is "my"
  ['123 tn visningar', 'sv', 123_000],
  ['12,3 χιλ. συνδρομητές', 'el-GR', 12_300],
  ['1,2 εκ. συνδρομητές', 'el', 1_200_000],
  ['1,2 δισ. προβολές', 'el', 1_200_000_000],
  ['12,3 хил. абонати', 'bg-BG', 12_300],
  ['1,2 млн. абонати', 'bg', 1_200_000],
  ['12,3 илј. претплатници', 'mk', 12_300],
  ['1,2 мил. претплатници', 'mk', 1_200_000],
  ['123,5 М претплатници', 'mk', 123_500_000],
  ['1,2 милј. прегледи', 'mk', 1_200_000_000],
  ['১২ হা জন সদস্য', 'bn-BD', 12_000], // vowel signs end the word
  ['১.২ লা জন সদস্য', 'bn', 120_000],
  ['১.২ কো জন সদস্য', 'bn', 12_000_000],
  ['১২ হাতি', 'bn', 12], // a word that starts with one
  ['1.2 હજાર સબ્સ્ક્રાઇબર', 'gu', 1200],
  ['1.2 લાખ સબ્સ્ક્રાઇબર', 'gu', 120_000],
  ['1.2 કરોડ સબ્સ્ક્રાઇબર', 'gu', 12_000_000],
  ['1.2 અબજ વ્યૂ', 'gu', 1_200_000_000],
  ['12 ہزار سبسکرائبرز', 'ur-PK', 12_000],
  ['1.2 لاکھ سبسکرائبرز', 'ur', 120_000],
  ['1.2 کروڑ سبسکرائبرز', 'ur', 12_000_000],
  ['1.2 ارب ملاحظات', 'ur', 1_200_000_000],
  ['1.2 ਹਜ਼ਾਰ ਸਬਸਕ੍ਰਾਈਬਰ', 'pa', 1200],
  ['1.2 ਲੱਖ ਸਬਸਕ੍ਰਾਈਬਰ', 'pa', 120_000],
  ['1.2 ਕਰੋੜ ਸਬਸਕ੍ਰਾਈਬਰ', 'pa', 12_000_000],
  ['ผู้ติดตาม 12 พัน คน', 'th-TH', 12_000], // YouTube spaces the word off, though Thai runs words together
  ['ผู้ติดตาม 3.5 หมื่น คน', 'th', 35_000],
  ['ผู้ติดตาม 1.2 แสน คน', 'th', 120_000],
  ['ผู้ติดตาม 7.91 ล้าน คน', 'th', 7_910_000],
  ['การดู 1.2 พันล้าน ครั้ง', 'th', 1_200_000_000],
  ['12 พันธุ์', 'th', 12], // "breeds": starts like "พัน"
  ['12.3ஆ சந்தாதாரர்கள்', 'ta-IN', 12_300], // attached to the number
  ['1.2மி சந்தாதாரர்கள்', 'ta', 1_200_000],
  ['1.2பி பார்வைகள்', 'ta', 1_200_000_000],
  ['12 ஆண்டுகள்', 'ta', 12],
  ['12ஆ', 'en', 12],
  ['12.3ಸಾ ಚಂದಾದಾರರು', 'kn', 12_300],
  ['1.2ಮಿ ಚಂದಾದಾರರು', 'kn', 1_200_000],
  ['1.2ಬಿ ವೀಕ್ಷಣೆಗಳು', 'kn', 1_200_000_000],
  ['12.3వే సబ్‌స్క్రైబర్‌లు', 'te', 12_300],
  ['1.2మి సబ్‌స్క్రైబర్‌లు', 'te', 1_200_000],
  ['1.2బి వీక్షణలు', 'te', 1_200_000_000],
  ['12,3 tūkst. prenumeratorių', 'lt-LT', 12_300],
  ['1,2 mln. prenumeratorių', 'lt', 1_200_000],
  ['1,2 mlrd. peržiūrų', 'lt', 1_200_000_000],
  ['12,3 tūkst. abonentu', 'lv', 12_300],
  ['1,2 milj. abonentu', 'lv', 1_200_000],
  ['1,2 mljrd. skatījumu', 'lv', 1_200_000_000],
  ['12,3 tuh tellijat', 'et-EE', 12_300],
  ['1,2 mld vaatamist', 'et', 1_200_000_000],
  ['12 mijë abonentë', 'sq-AL', 12_000],
  ['12,3 þ. áskrifendur', 'is-IS', 12_300], // "þ." (þúsund), only in Icelandic
  ['1,2 m. áskrifendur', 'is', 1_200_000],
  ['1,2 ma. áhorf', 'is', 1_200_000_000],
  ['12 þ.', 'en', 12],
  ['12 m subscriptors', 'ca-ES', 12_000], // Catalan: "m" a thousand, "M" a million
  ['1,2 M subscriptors', 'ca', 1_200_000],
  ['12,3 k subscriptors', 'ca', 12_300],
  ['1.2J pelanggan', 'ms', 1_200_000],
  ['12 ming obunachi', 'uz', 12_000],
  ['12 ming', 'en', 12],
  ['1,2 mlrd marta', 'uz', 1_200_000_000],
  ['1,2 mjd kyke', 'af', 1_200_000_000],
  ['12,3 հզր բաժանորդ', 'hy', 12_300],
  ['1,2 մլն բաժանորդ', 'hy', 1_200_000],
  ['12,3 ათ. გამომწერი', 'ka', 12_300],
  ['1,2 მლნ. გამომწერი', 'ka', 1_200_000],
  ['12,3 мың жазылушы', 'kk', 12_300],
  ['12,3 миң жазылуучу', 'ky', 12_300],
  ['1.2 мян захиалагч', 'mn', 1200],
  ['1.2 сая захиалагч', 'mn', 1_200_000],
  ['12.3 ពាន់ នាក់', 'km', 12_300],
  ['1.2 លាន នាក់', 'km', 1_200_000],
  ['1,2 ພັນ ຄົນ', 'lo', 1200],
  ['1,2 ລ້ານ ຄົນ', 'lo', 1_200_000],
  ['၁.၂ ထောင်', 'my', 1200],
  ['၁.၂ သောင်း', 'my', 12_000],
  ['၁.၂ သိန်း', 'my', 120_000],
  ['၁.၂ သန်း', 'my', 1_200_000],
  ['၁.၂ ကုဋေ', 'my', 12_000_000],
  ['1.2 ሺ ተመዝጋቢዎች', 'am', 1200],
  ['1.2 ሚ ተመዝጋቢዎች', 'am', 1_200_000],

  // LinkedIn
  saved('linkedin-profile-rendered-loggedin-eugenemann.html', ['1,658,238 followers', 'en', 1_658_238]),
  saved('linkedin-profile-rendered-loggedin-eugenemann.html', ['36,898,768 followers', 'en', 36_898_768]),
  saved('linkedin-profile-public-abgargulo.html', ['500+ connections', 'en', 500]), // a lower bound
  ['1.234 Follower:innen', 'de', 1234],
  ['3 Kontakte', 'de', 3],
  ['12 mil seguidores', 'pt-BR', 12_000],

  // TikTok
  saved('tiktok-profile-page.html', ['12.3M followers', 'en', 12_300_000]),
  saved('tiktok-profile-page.html', ['33M followers', 'en', 33_000_000]),
  saved('tiktok-profile-page.html', ['783.4K', 'en', 783_400]),
  saved('tiktok-profile-page.html', ['3.9M', 'en', 3_900_000]),
  ['1,2 M de seguidores', 'es', 1_200_000],
  ['12,3 B Takipçi', 'tr', 12_300],

  // Facebook
  ['1.2K likes', 'en', 1200],
  ['5 Members', 'en', 5], // "M" must be a whole word
  ['12 Mitglieder', 'de', 12],
  ['1,2 Mio. Personen gefällt das', 'de', 1_200_000],
  ['3,4 mil personas siguen esto', 'es', 3400],

  // Reddit
  saved('reddit-thread-new-2022-AskReddit-axtih6.html', ['25.4k comments', 'en', 25_400]),
  saved('reddit-thread-new-2022-AskReddit-axtih6.html', ['25,436 comments', 'en', 25_436]),
  saved('reddit-thread-old-rendered-aww-8dyrb3.html', ['21.5k', 'en', 21_500]),

  // Hacker News
  saved('hn-user-server-pg.html', ['157316', 'en', 157_316]),
  saved('hn-item-server-9342369.html', ['279 points', 'en', 279]),
  saved('hn-item-server-9342369.html', ['121 comments', 'en', 121]),

  // Stack Overflow
  saved('stackoverflow-question-58211880.html', ['reputation score 12,192', 'en', 12_192]),
  saved('stackoverflow-question-58211880.html', ['12.2k', 'en', 12_200]),
  saved('stackoverflow-question-58211880.html', ['13 gold badges', 'en', 13]),

  // Bluesky (a caller): the exact aria-label, else the rounded text.
  saved('bluesky-profile-page-stephenking.html', ['1101177 followers', 'en', 1_101_177]),
  saved('bluesky-profile-page-stephenking.html', ['1.1M', 'en', 1_100_000]),

  // Seen on real captured pages of other projects (their sources are in the adapters' commits).
  ['6.9万 关注者', 'zh', 69_000], // X, a zh profile's followers (2025)
  ['7.5万 帖子', 'zh', 75_000], // X, its top bar's posts
  ['8.1万', 'zh', 81_000], // X, a view count shown beside the exact 81802
  ['4.09 millones de suscriptores', 'es-MX', 4_090_000], // YouTube, a 2022 watch page's owner (aria-label)
  [`4.09${NBSP}M de suscriptores`, 'es-MX', 4_090_000], // … and as shown
  ['247,245,859 vistas', 'es-MX', 247_245_859],
  ['al igual que otras 1,022,656 personas', 'es-MX', 1_022_656],
  ['34,2 N người đăng ký', 'vi', 34_200], // YouTube, a 2021 vi-VN owner
  ['2,43 Mio. Abonnenten', 'de', 2_430_000], // YouTube, a 2020 de channel page
  ['293,3 mil', 'pt-BR', 293_300], // Instagram, a pt-BR reel's likes (2026)
  ['16.181 curtidas', 'pt-BR', 16_181],
  ['1.09M subscribers', 'en', 1_090_000], // YouTube, a channel among search results (2025)
  ['272.6K', 'en', 272_600], // TikTok, a 2026 profile's likes
  ['11.4K', 'en', 11_400], // TikTok, a search card's views (2022)
  ['8K  followers', 'en', 8000], // LinkedIn, a signed-in company card (two spaces, as served)

  // Long forms, as YouTube's labels write them (CLDR's long compact forms), and a few short ones.
  ['2,5 miljoner prenumeranter', 'sv', 2_500_000],
  ['1 miljon', 'sv', 1_000_000],
  ['12 tusen', 'sv', 12_000],
  ['3 miljarder', 'sv', 3_000_000_000],
  ['12 tusind abonnenter', 'da', 12_000],
  ['2,5 millioner', 'nb', 2_500_000],
  ['1,2 milliarder', 'da', 1_200_000_000],
  ['12 tuhatta', 'fi', 12_000],
  ['2,5 miljoonaa', 'fi', 2_500_000],
  ['1,2 miljardia', 'fi', 1_200_000_000],
  ['12 ezer', 'hu', 12_000],
  ['1,2 millió', 'hu', 1_200_000],
  ['1,2 milliárd', 'hu', 1_200_000_000],
  ['1,2 χιλιάδες', 'el', 1200],
  ['1,2 εκατομμύρια', 'el', 1_200_000],
  ['1,2 δισεκατομμύρια', 'el', 1_200_000_000],
  ['12 tisuća', 'hr', 12_000],
  ['1,2 milijuna', 'hr', 1_200_000],
  ['1,2 milijarde', 'hr', 1_200_000_000],
  ['12 хиљада', 'sr', 12_000],
  ['1,2 хиљаде', 'sr', 1200],
  ['12 hiljada', 'sr-Latn', 12_000],
  ['1,2 hiljade', 'bs', 1200],
  ['1,2 милиона', 'sr', 1_200_000],
  ['1,2 милијарде', 'sr', 1_200_000_000],
  ['1,2 тисячі переглядів', 'uk', 1200],
  ['12 тисяч', 'uk', 12_000],
  ['1,2 мільйона', 'uk', 1_200_000],
  ['1,2 мільярда', 'uk', 1_200_000_000],
  ['1,2 milioane de abonați', 'ro', 1_200_000],
  ['12 mii', 'ro', 12_000],
  ['1,2 miliarde', 'ro', 1_200_000_000],
  ['12 хиляди', 'bg', 12_000],
  ['1,2 милиона', 'bg', 1_200_000],
  ['1,2 милиарда', 'bg', 1_200_000_000],
  ['12 milers', 'ca', 12_000],
  ['1,2 milions', 'ca', 1_200_000],
  ['1,2 milers de milions', 'ca', 1_200_000_000],
  ['12 kM', 'ca', 12_000_000_000],
  ['12 km', 'ca', 12],
  ['5 milers', 'en', 5], // runners, not thousands
  ['1,2 হাজার', 'bn', 1200],
  ['1,2 লাখ', 'bn', 120_000],
  ['1,2 কোটি', 'bn', 12_000_000],
  ['12 tysiąca', 'pl', 12_000],
  ['12 milliers', 'fr', 12_000],
  ['12 miliárd', 'sk', 12_000_000_000],
  ['1,2 bilion', 'ms', 1_200_000_000],
  ['1,2 หมื่นล้าน', 'th', 12_000_000_000],
  ['1,2 mil milhões de visualizações', 'pt-PT', 1_200_000_000],
  ['1,2 mM', 'pt-PT', 1_200_000_000],
  ['12 mm', 'pt', 12],
  ['123 м.', 'kk', 123_000],
  ['၁၂၃ ဋေ', 'my', 1_230_000_000],
  // X's language codes and its compact forms (CLDR's): Malay is "msa" there; Hausa writes thousands "D".
  ['1.2J', 'msa', 1_200_000],
  ['86.4D', 'ha', 86_400],
  ['86 Dalibai', 'en', 86],
  // Hebrew (Instagram writes "12.3 אלף עוקבים", with bidirectional marks).
  ['\u200f12.3 אלף עוקבים', 'he', 12_300],
  ['1.2 מיליון עוקבים', 'he', 1_200_000],
  ['\u200f1.2 מיליארד', 'he', 1_200_000_000],
  ['12 אלפיות', 'he', 12],
  // Swahili and Sinhala put the word before the number.
  ['elfu 12', 'sw', 12_000],
  ['milioni 1.2', 'sw', 1_200_000],
  ['bilioni 1.2', 'sw', 1_200_000_000],
  ['ද12', 'si', 12_000],
  ['මි1.2', 'si', 1_200_000],
  ['බි1.2', 'si', 1_200_000_000],
  ['12 elfu', 'en', 12],
  // Isolates and a zero-width non-joiner between the number and its word.
  ['334\u2069 ألف', 'ar', 334_000],
  ['12,3\u2069 Mio.', 'de', 12_300_000],
  ['۱۲٫۳\u200c هزار', 'fa', 12_300],

  // Words that start like a scale word are not one.
  ['12 months', 'en', 12],
  ['2 books', 'en', 2],
  ['1 mile', 'en', 1],
  ['3 Kommentare', 'de', 3],
  ['7 minutos', 'es', 7],
  ['4 bildirim', 'tr', 4],

  // No count.
  ['', 'en', undefined],
  ['—', 'en', undefined],
  ['Follow', 'en', undefined],
  ['-5', 'en', undefined],
  ['karma: −12', 'en', undefined],
  ['99999999999999999999', 'en', undefined], // beyond exact integers
  ['9999999 B', 'en', undefined],
];

describe('parseCount', () => {
  it.each(rows)('reads %j (%s) as %s', (text, locale, expected) => {
    expect(parseCount(text, locale)).toBe(expected);
  });

  it('reads nothing from null or undefined', () => {
    expect(parseCount(null)).toBeUndefined();
    expect(parseCount(undefined, 'en')).toBeUndefined();
  });

  it('reads a scaled number with three decimals by the locale’s decimal point', () => {
    expect(parseCount('1.234K', 'en')).toBe(1234);
    expect(parseCount('1,234K', 'en')).toBe(1_234_000);
    expect(parseCount('1.234 Mio.', 'de')).toBe(1_234_000_000);
    expect(parseCount('1,234 Mio.', 'de')).toBe(1_234_000);
    expect(parseCount('1.234 Mio.', 'de-CH')).toBe(1_234_000);
  });

  it('returns whole numbers only', () => {
    for (const [text, locale] of rows) {
      const count = parseCount(text, locale);
      if (count !== undefined) expect(Number.isSafeInteger(count) && count >= 0).toBe(true);
    }
  });
});

describe.skipIf(!hasSharedFixtures)('parseCount rows from saved pages', () => {
  const pages = new Map<string, string>();
  it.each(verbatim)('%s shows %j', (file, text) => {
    if (!pages.has(file)) pages.set(file, readShared(`html/${file}`));
    expect(pages.get(file)).toContain(text);
  });
});
