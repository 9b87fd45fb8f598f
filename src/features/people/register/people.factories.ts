import type { Insertable } from 'kysely';
import type { PeopleTable } from '../../../../db/schema.ts';
import { createRandom, type Random } from '../../../platform/shared/seeded-random.ts';

export const firstNames = [
  'Anna',
  'Erik',
  'Maria',
  'Lars',
  'Karin',
  'Johan',
  'Sara',
  'Mohammed',
  'Fatima',
  'Ali',
  'Elin',
  'Oskar',
  'Hanna',
  'Ahmed',
  'Leila',
  'Nils',
  'Ida',
  'Amir',
  'Sofia',
  'Per',
  'Eva',
  'Mikael',
  'Linnea',
  'Yusuf',
  'Aisha',
  'Gustav',
  'Maja',
  'Hassan',
  'Zeynep',
  'Jonas',
  'Sanna',
  'Daniel',
  'Amina',
  'Henrik',
  'Lina',
  'Tomas',
  'Ebba',
  'Omar',
  'Nadia',
  'Kristina',
] as const;

export const lastNames = [
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  'Gustafsson',
  'Pettersson',
  'Jonsson',
  'Lindberg',
  'Lindqvist',
  'Berg',
  'Holm',
  'Hassan',
  'Yilmaz',
  'Ahmadi',
  'Hosseini',
  'Lundgren',
  'Ekström',
  'Sandberg',
  'Nyström',
  'Sundberg',
  'Åberg',
  'Öberg',
  'Mäkinen',
  'Rodríguez',
  'Haddad',
] as const;

const defaultRandom = createRandom(1);
let counter = 0;

/**
 * An invented person. Phone numbers come from the range Sweden's PTS reserves for fiction
 * (070-174 06 05 – 070-174 06 99); e-mail addresses are on example.org.
 */
export function buildPerson(
  overrides: Partial<Insertable<PeopleTable>> & { organization_id: string },
  random: Random = defaultRandom,
): Insertable<PeopleTable> {
  counter += 1;
  const firstName = overrides.first_name ?? random.pick(firstNames);
  const lastName = overrides.last_name ?? random.pick(lastNames);
  const local = `${firstName}.${lastName}.${counter}`
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  return {
    first_name: firstName,
    last_name: lastName,
    email: `${local}@example.org`,
    phone: `+4670174${String(605 + (counter % 95)).padStart(4, '0')}`,
    is_member: true,
    local_group_id: null,
    ...overrides,
  };
}
