import { createRandom } from '../../../../../platform/shared/seeded-random.ts';

// Test helper: import files as associations have them. Every name is invented; phone numbers are
// from the ranges Sweden's regulator keeps for fiction (070-174 06 05–99), e-mail domains reserved.

/** Encodes text as Windows-1252, as Swedish Excel saves "CSV (semikolonavgränsad)". */
export function encodeWindows1252(text: string): Buffer {
  const high: Record<string, number> = { '€': 0x80, '’': 0x92, '–': 0x96, '”': 0x94, '“': 0x93 };
  const bytes = [...text].map((char) => {
    const code = char.charCodeAt(0);
    if (code < 0x100) return code;
    const byte = high[char];
    if (byte === undefined) throw new Error(`not in the fixture's Windows-1252 table: ${char}`);
    return byte;
  });
  return Buffer.from(bytes);
}

/** A semicolon export from Swedish Excel: Windows-1252, CRLF, Swedish headers and letters. */
export function swedishExcelExport(): Buffer {
  return encodeWindows1252(
    [
      'Förnamn;Efternamn;E-post;Mobil;Gatuadress;Postnr;Ort;Medlemsnr;Medlem sedan;Födelseår;Kön;Lokalgrupp;Övrigt',
      'Åsa;Öberg;Asa.Oberg@Example.com;070-174 06 05;Ängsvägen 3;123 45;Västerås;00117;2019-02-01;1985;kvinna;Björkhagen;Vill ha sms',
      'Örjan;Ärlemark;orjan@example.com;0701740606;Storgatan 1, lgh 1102;12346;Göteborg;00118;5/3 2021;1979;man;Höjden;',
      'Märta;Lindqvist-Åkesson;;+46 70 174 06 07;;;;;mars 2021;;annat;;Kommer på mötet – kanske',
      ';;;;;;;;;;;;',
      'Émile;Ståhl;emile@example.org;;;;Luleå;00120;20200105;19881224-1234;;Björkhagen;Betalat 200 €',
    ].join('\r\n') + '\r\n',
  );
}

/** A UTF-8 export with BOM, comma-separated, English headers, quoted fields. */
export function englishUtf8Export(): Buffer {
  const text = [
    'First name,Last name,Email,Phone,Address,Zip,City,Member number,Member since,Notes',
    'Karin,Fjällström,karin@example.com,0701740608,"Sjövägen 2, 2 tr",114 55,Stockholm,2001,2020-01-15,"Says ""hi""; likes flyers"',
    'Per,Åhlén,per@example.com,0701740609,Kyrkogatan 9,41115,Göteborg,2002,15 april 2019,"First line',
    'second line; still notes"',
    'Lina,Nordgren,LINA@EXAMPLE.COM,,,,,2003,,',
  ].join('\r\n');
  return Buffer.from(`\uFEFF${text}\r\n`, 'utf8');
}

/** A tab-separated file (Excel's "Unicode text" is this in UTF-16). */
export function tabSeparatedExport(): string {
  return [
    'Namn\tTelefon\tE-postadress\tPostnummer\tPostort',
    'Sven Åke Nilsson\t070-174 06 10\tsven@example.com\t222 22\tLund',
    'Carl von Lindé\t070-174 06 11\tcarl@example.com\t22223\tMalmö',
    'Ingrid\t\tingrid@example.com\t\tYstad',
  ].join('\n');
}

const FIRST_NAMES = ['Åsa', 'Örjan', 'Märta', 'Karin', 'Sven', 'Ingrid', 'Per', 'Lina', 'Elif'];
const LAST_NAMES = ['Öberg', 'Ärlemark', 'Lindqvist', 'Fjällström', 'Nilsson', 'Åhlén', 'Ståhl'];
const CITIES = ['Västerås', 'Göteborg', 'Luleå', 'Malmö', 'Umeå', 'Örebro'];

/** A large semicolon file with 12 columns, deterministic, some fields quoted. */
export function largeCsv(rows: number): string {
  const { pick } = createRandom(42);
  const lines = [
    'Förnamn;Efternamn;E-post;Telefon;Adress;Postnummer;Ort;Medlemsnummer;Medlem sedan;Födelseår;Kön;Anteckningar',
  ];
  for (let i = 0; i < rows; i++) {
    const first = pick(FIRST_NAMES);
    const last = pick(LAST_NAMES);
    lines.push(
      [
        first,
        last,
        `person${i}@example.com`,
        `070-174 06 ${String(5 + (i % 95)).padStart(2, '0')}`,
        `"Storgatan ${i % 200}; lgh ${1000 + (i % 300)}"`,
        `${100 + (i % 900)} ${String(i % 100).padStart(2, '0')}`,
        pick(CITIES),
        String(100000 + i),
        `20${String(10 + (i % 15))}-0${1 + (i % 9)}-1${i % 10}`,
        String(1940 + (i % 65)),
        i % 2 ? 'kvinna' : 'man',
        i % 10 ? '' : '"Ringde, ""vill ha"" info"',
      ].join(';'),
    );
  }
  return lines.join('\r\n') + '\r\n';
}
