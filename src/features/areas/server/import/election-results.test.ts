// The results CSV in the shapes people will upload: as published, re-saved by Excel, hand-edited.
import { describe, expect, it } from 'vitest';
import { readHuddingeFile } from './election-files.fixtures.ts';
import {
  isUnallocatedCode,
  normalizeDistrictCode,
  parseElectionResults,
} from './election-results.ts';

const cleaned = readHuddingeFile('huddinge_results_2022.csv');

const SCB_HEADER =
  'LÄNSKOD,LÄNSNAMN,KOMMUNKOD,KOMMUNNAMN,VALKRETSKOD,VALKRETSNAMN,VALDISTRIKTSKOD,VALDISTRIKTSNAMN,' +
  'ANTAL RÖSTBERÄTTIGADE,VARAV UTLÄNDSKA MEDBORGARE,ANTAL RÖSTANDE,VALDELTAGANDE,ANTAL OGILTIGA VALSEDLAR,' +
  'VARAV BLANKA VALSEDLAR,ANTAL GILTIGA VALSEDLAR,M,C,FP,KD,MP,S,V,SD,ÖVR';

describe('parseElectionResults', () => {
  it('reads the cleaned format', () => {
    const rows = parseElectionResults(cleaned);
    expect(rows).toHaveLength(64);
    expect(rows[0]).toEqual({
      code: '01260103',
      name: 'Fridhem',
      municipalityCode: '0126',
      eligibleVoters: 1489,
      votesCast: 1288,
      validVotes: 1277,
      invalidVotes: 11,
      blankVotes: 11,
      parties: { M: 344, C: 90, L: 69, KD: 40, S: 366, V: 74, MP: 61, SD: 165, OVR: 68 },
      unallocated: false,
    });
  });

  it("reads SCB's published format for län 01, whose codes lost their leading zero", () => {
    const csv = [
      SCB_HEADER,
      '1,Stockholms län,126,Huddinge,0,Huddinge,1260103,Fridhem,1489,86,1288,86.5,11,11,1277,344,90,69,40,61.0,366,74,165,68',
      '1,Stockholms län,126,Huddinge,0,Huddinge,1269800,Förtidsröster ej fördelade efter valdistrikt,0,0,2563,,54,43,2509,499,125,93,91,110.0,736,426,283,146',
    ].join('\n');
    const [district, early] = parseElectionResults(csv);
    expect(district).toMatchObject({
      code: '01260103',
      municipalityCode: '0126',
      municipalityName: 'Huddinge',
      eligibleVoters: 1489,
      unallocated: false,
    });
    expect(district!.parties).toEqual({
      M: 344,
      C: 90,
      L: 69,
      KD: 40,
      S: 366,
      V: 74,
      MP: 61,
      SD: 165,
      OVR: 68,
    });
    expect(early).toMatchObject({
      code: '01269800',
      unallocated: true,
      votesCast: 2563,
      blankVotes: 43,
    });
  });

  it('reads a file re-saved by Excel: BOM, `;`, CRLF, quoted fields, decimal commas, spaces in numbers', () => {
    const csv =
      '\uFEFFdistrict_code;district_name;eligible_voters;votes_cast;valid_votes;invalid_votes;blank_votes;M;C;L;KD;S;V;MP;SD;OVR\r\n' +
      '01260103;"Fridhem; ""östra"" delen";1 489;1288,0;1277;11;;344;90;69;40;366;74;61;165;68\r\n' +
      '\r\n' +
      '"01260105";"Vista\r\nberg";1565;1354;1349;5;4;316;151;142;44;405;62;49;97;83\r\n';
    const rows = parseElectionResults(csv);
    expect(rows.map((r) => [r.code, r.name, r.eligibleVoters, r.votesCast, r.blankVotes])).toEqual([
      ['01260103', 'Fridhem; "östra" delen', 1489, 1288, null],
      ['01260105', 'Vista\r\nberg', 1565, 1354, 4],
    ]);
  });

  it('gives the file line of a bad value, counting line breaks inside quotes', () => {
    const csv =
      'district_code,district_name,eligible_voters,votes_cast,valid_votes,V\n01260103,"a\nb",10,9,x,1\n';
    expect(() => parseElectionResults(csv)).toThrow(
      /rad 2, kolumn valid_votes: "x" är inte ett antal/,
    );
    const second =
      'district_code,eligible_voters,votes_cast,valid_votes,V\n01260103,10,9,9,1\n01260105,10,,9,1\n';
    expect(() => parseElectionResults(second)).toThrow(/rad 3, kolumn votes_cast: värde saknas/);
  });

  it('refuses a code that is not a district code, and a file without party columns', () => {
    const badCode = 'district_code,eligible_voters,votes_cast,valid_votes,V\nHuddinge,10,9,9,1\n';
    expect(() => parseElectionResults(badCode)).toThrow(
      /rad 2, kolumn district_code: "Huddinge" är ingen valdistriktskod/,
    );
    const noParties = 'district_code,eligible_voters,votes_cast,valid_votes\n01260103,10,9,9\n';
    expect(() => parseElectionResults(noParties)).toThrow(/inga partikolumner/);
  });

  it('derives invalid votes when the column is missing', () => {
    const csv = 'district_code,eligible_voters,votes_cast,valid_votes,V\n01260103,10,9,7,1\n';
    expect(parseElectionResults(csv)[0]).toMatchObject({ invalidVotes: 2, blankVotes: null });
  });
});

describe('district codes', () => {
  it('are padded to 8 digits and otherwise refused', () => {
    expect(normalizeDistrictCode('1260103')).toBe('01260103');
    expect(normalizeDistrictCode(' 14800101 ')).toBe('14800101');
    expect(normalizeDistrictCode('1260103.0')).toBe('01260103');
    expect(normalizeDistrictCode('126')).toBeNull();
    expect(normalizeDistrictCode('0126-0103')).toBeNull();
  });

  it('…98xx and …0000 are the unallocated early votes', () => {
    expect(isUnallocatedCode('14909800')).toBe(true);
    expect(isUnallocatedCode('01260000')).toBe(true);
    expect(isUnallocatedCode('14900981')).toBe(false);
  });
});
