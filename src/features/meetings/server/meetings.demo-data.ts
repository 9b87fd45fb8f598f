import type { AgendaItemKind } from '../../../platform/shared/db-values.generated.ts';
import type { DecisionOutcome } from '../meeting-records.contract.ts';

// The demo's meetings as data: agendas, decisions, elections, the speakers' list, topics and
// board roles. People are indexes into the demo's invented members.

export interface DemoItem {
  title: string;
  kind: AgendaItemKind;
  description?: string;
  preparer?: number;
  documents?: { title: string; url: string }[];
  decisions?: {
    text: string;
    outcome: DecisionOutcome;
    proposals?: { text: string; proposer: string }[];
    votes?: [number, number, number];
  }[];
  /** [person, is deputy] */
  elections?: { office: string; elected: [number, boolean][] }[];
}

export const demoAnnualAgenda: DemoItem[] = [
  { title: 'Mötets öppnande', kind: 'information' },
  {
    title: 'Val av mötesfunktionärer',
    kind: 'election',
    elections: [
      { office: 'Mötesordförande', elected: [[20, false]] },
      { office: 'Mötessekreterare', elected: [[21, false]] },
      {
        office: 'Justerare tillika rösträknare',
        elected: [
          [22, false],
          [23, false],
        ],
      },
    ],
  },
  {
    title: 'Mötets behöriga utlysande',
    kind: 'decision',
    decisions: [{ text: 'att förklara mötet behörigen utlyst', outcome: 'approved' }],
  },
  {
    title: 'Verksamhetsberättelse och ekonomisk berättelse',
    kind: 'information',
    preparer: 10,
    documents: [{ title: 'Verksamhetsberättelse 2025', url: 'https://example.org/vb-2025.pdf' }],
  },
  {
    title: 'Ansvarsfrihet för styrelsen',
    kind: 'decision',
    decisions: [{ text: 'att bevilja styrelsen ansvarsfrihet för 2025', outcome: 'approved' }],
  },
  {
    title: 'Verksamhetsplan 2026',
    kind: 'decision',
    preparer: 11,
    decisions: [
      {
        text: 'att anta verksamhetsplanen med tillägget om medlemsmöten i alla kommundelar',
        outcome: 'approved',
        proposals: [
          { text: 'Anta styrelsens förslag till verksamhetsplan', proposer: 'Styrelsen' },
          { text: 'Lägga till medlemsmöten i alla kommundelar', proposer: 'Flemingsberg' },
        ],
        votes: [21, 2, 1],
      },
    ],
  },
  {
    title: 'Motion om gratis kollektivtrafik för unga',
    kind: 'decision',
    decisions: [
      {
        text: 'att återremittera motionen till styrelsen för en kostnadsberäkning',
        outcome: 'referred_back',
        proposals: [{ text: 'Bifall till motionen', proposer: 'Motionären' }],
      },
    ],
  },
  {
    title: 'Val av styrelse',
    kind: 'election',
    elections: [
      { office: 'Ordförande', elected: [[10, false]] },
      {
        office: 'Ledamöter',
        elected: [
          [11, false],
          [12, false],
          [13, false],
          [14, false],
        ],
      },
    ],
  },
  {
    title: 'Val av ombud till distriktsårsmötet',
    kind: 'election',
    elections: [
      {
        office: 'Ombud till distriktsårsmötet',
        elected: [
          [16, false],
          [17, false],
          [18, false],
          [19, true],
        ],
      },
    ],
  },
  { title: 'Mötets avslutande', kind: 'information' },
];

export const demoMemberAgenda: DemoItem[] = [
  {
    title: 'Höstens kampanj: hyror och renovräkningar',
    kind: 'discussion',
    preparer: 11,
    description:
      'Styrelsen presenterar tre förslag; vi samtalar i smågrupper och sedan i helgrupp.',
  },
  {
    title: 'Beslut om höstens kampanj',
    kind: 'decision',
    decisions: [
      {
        text: 'att höstens kampanj handlar om hyrorna och renovräkningarna i Vårby och Flemingsberg',
        outcome: 'approved',
        proposals: [
          { text: 'Kampanj om hyror och renovräkningar', proposer: 'Styrelsen' },
          { text: 'Kampanj om kollektivtrafiken', proposer: 'Skogås–Trångsund' },
        ],
        votes: [13, 2, 1],
      },
      {
        text: 'att kollektivtrafiken tas upp på nästa medlemsmöte',
        outcome: 'tabled',
      },
    ],
  },
];

export const demoUpcomingAgenda: DemoItem[] = [
  { title: 'Välkomna och presentationsrunda', kind: 'information' },
  {
    title: 'Renoveringarna i Grantorp',
    kind: 'discussion',
    preparer: 6,
    description: 'Hyresgästföreningen berättar; vi diskuterar vad vi kan göra tillsammans.',
    documents: [
      { title: 'Hyresgästföreningens sammanställning', url: 'https://example.org/grantorp.pdf' },
    ],
  },
  { title: 'Trygghet i Flemingsbergs centrum', kind: 'discussion', preparer: 15 },
];

/** Who spoke, in order, on which item, for how long; gender as they stated it (null: not). */
export const demoTurns: {
  person: number;
  gender: 'woman' | 'man' | 'other' | null;
  item: number;
  seconds: number;
  reply?: boolean;
  byChair?: boolean;
}[] = [
  { person: 11, gender: 'woman', item: 0, seconds: 240, byChair: true },
  { person: 2, gender: 'man', item: 0, seconds: 165 },
  { person: 3, gender: 'woman', item: 0, seconds: 120 },
  { person: 4, gender: 'man', item: 0, seconds: 178 },
  { person: 3, gender: 'woman', item: 0, seconds: 45, reply: true },
  { person: 5, gender: null, item: 0, seconds: 95 },
  { person: 7, gender: 'other', item: 0, seconds: 110 },
  { person: 8, gender: 'man', item: 0, seconds: 180 },
  { person: 12, gender: 'woman', item: 0, seconds: 130 },
  { person: 2, gender: 'man', item: 0, seconds: 150 },
  { person: 14, gender: 'woman', item: 1, seconds: 90 },
  { person: 16, gender: 'man', item: 1, seconds: 175 },
  { person: 17, gender: 'woman', item: 1, seconds: 60 },
  { person: 16, gender: 'man', item: 1, seconds: 55, reply: true },
  { person: 19, gender: null, item: 1, seconds: 70 },
];

export const demoProposals = [
  {
    by: 3,
    title: 'Renoveringarna i Grantorp',
    description: 'Många grannar får hyreshöjningar på 50 procent. Hur stöttar vi dem?',
    supports: 9,
    taken: true,
  },
  {
    by: 24,
    title: 'Belysningen vid pendeltågsstationen',
    description: 'Gångvägen mot Visättra är mörk på kvällarna.',
    supports: 6,
    taken: false,
  },
  {
    by: 31,
    title: 'Studiecirkel om kommunens budget',
    description: '',
    supports: 4,
    taken: false,
  },
  {
    by: 42,
    title: 'Fritidsgården i Kästa',
    description: 'Öppettiderna har minskat två år i rad.',
    supports: 2,
    taken: false,
  },
];

export const demoBoardRoles = [
  {
    title: 'Intern antirasism',
    description: 'Håller i föreningens antirasistiska arbete inåt och tar emot anmälningar.',
    person: 13,
  },
  {
    title: 'Internfeministiskt arbete',
    description: 'Följer talartid och representation och håller i feministiska samtal.',
    person: 12,
  },
  { title: 'Medlemsansvarig', description: 'Välkomnar nya medlemmar.', person: 14 },
  { title: 'Studieansvarig', description: '', person: 11 },
];
