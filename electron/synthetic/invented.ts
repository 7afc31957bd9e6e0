import type { SeededRandom } from './seeded-random';

/**
 * Invented names and words for synthetic data. Surnames are made of two parts that do not form
 * a common surname, so no generated person is anyone real; phones are in 555-01xx, the range
 * set aside for fiction.
 */
const FIRST_NAMES = [
  'Avery',
  'Blake',
  'Cameron',
  'Dakota',
  'Emerson',
  'Finley',
  'Harper',
  'Jaden',
  'Kendall',
  'Logan',
  'Marley',
  'Noel',
  'Oakley',
  'Parker',
  'Quincy',
  'Reese',
  'Sage',
  'Tatum',
  'Umi',
  'Vesper',
  'Wren',
  'Xen',
  'Yael',
  'Zion',
  'Ari',
  'Briar',
  'Corin',
  'Devon',
  'Ellis',
  'Frankie',
  'Gray',
  'Hollis',
  'Indigo',
  'Jules',
  'Kai',
  'Lennox',
  'Milan',
  'Nico',
  'Onyx',
  'Perry',
] as const;
const SURNAME_STARTS = [
  'Ash',
  'Birch',
  'Cinder',
  'Dusk',
  'Ember',
  'Fern',
  'Gale',
  'Hazel',
  'Ivory',
  'Juniper',
  'Kestrel',
  'Lark',
  'Moss',
  'Nettle',
  'Oriel',
  'Pewter',
  'Quill',
  'Rush',
  'Sable',
  'Thistle',
] as const;
const SURNAME_ENDS = [
  'brook',
  'crest',
  'dale',
  'fold',
  'gate',
  'holm',
  'lock',
  'mere',
  'quist',
  'row',
  'shaw',
  'tarn',
  'vane',
  'wick',
  'yard',
] as const;
const NICKNAMES = ['Shorty', 'Red', 'Slim', 'Doc', 'Sunny', 'Ace', 'Cookie', 'Boo', 'Chief', 'Peanut'] as const;

export function inventedName(random: SeededRandom): string {
  return `${random.pick(FIRST_NAMES)} ${random.pick(SURNAME_STARTS)}${random.pick(SURNAME_ENDS)}`;
}

export function inventedNickname(random: SeededRandom): string {
  return random.pick(NICKNAMES);
}

export function inventedPhone(random: SeededRandom): string {
  return `410-555-01${String(random.int(0, 99)).padStart(2, '0')}`;
}

/** Places described as the team would, without addresses. */
export const PLACES = [
  'By the market entrance',
  'Day shelter',
  'Library steps',
  'Bus shelter on the avenue',
  'Under the overpass',
  'Corner store',
  'Clinic waiting room',
  'District station lobby',
  'Park bench by the fountain',
  'Soup kitchen',
] as const;

export const PROVIDERS = {
  housing: ['Sample Street Shelter', 'Harbor Light Housing (fictional)', 'Rowhouse Rapid Rehousing'],
  substance_use_treatment: ['Eastside Recovery Clinic (fictional)', 'Bridgeway MOUD Program', 'Lighthouse Detox Center'],
  mental_health: ['Northgate Behavioral Health', 'Open Door Counseling'],
  physical_health: ['Mercy Street Health Van', 'Community Wellness Clinic (fictional)'],
  id_documents: ['Vital Records Help Desk', 'ID Project Volunteers'],
  benefits: ['Benefits Navigator Office', 'Social Services Walk-in Center'],
  income: ['Day Labor Co-op', 'Benefits Navigator Office'],
  employment: ['Second Chance Staffing', 'Workforce Center (fictional)'],
  legal: ['Public Defender Community Desk', 'Legal Aid Clinic (fictional)'],
  food: ['Neighborhood Pantry', 'Soup kitchen'],
} as const;

const NOTE_OPENINGS = [
  'Checked in near the usual spot.',
  'Found them after a short search.',
  'They came by the office on their own.',
  'Short phone call to confirm plans.',
  'Walked together to the appointment.',
  'Met outside the clinic before the appointment.',
  'Brief check-in; they were in a hurry.',
] as const;
const NOTE_SUBJECTS = [
  'Talked about getting on the shelter list',
  'Went over the ID paperwork again',
  'Discussed starting buprenorphine at the clinic',
  'Brought socks, water and a bus pass',
  'Talked through the court date and how to get there',
  'Followed up on the benefits application',
  'Worked on a plan to stay warm this week',
  'Celebrated a week in treatment',
  'Talked about reconnecting with family',
  'Helped fill out the housing application',
  'Reviewed the goals set at intake',
  'Set up a ride to the medical appointment',
  'Discussed the new job lead at the co-op',
  'Talked about staying safe using; gave naloxone',
] as const;
const NOTE_CLOSINGS = [
  'Next check-in set for next week.',
  'Will follow up in two days.',
  'Agreed to meet at the office Thursday.',
  'Mood good.',
  'Seemed tired but engaged.',
  '',
] as const;

export function inventedContactNote(random: SeededRandom): string {
  return `${random.pick(NOTE_OPENINGS)} ${random.pick(NOTE_SUBJECTS)}. ${random.pick(NOTE_CLOSINGS)}`.trim();
}

export const GOALS = [
  'Get an ID card and a bed.',
  'Start treatment and keep a phone.',
  'Find a place to live and get back to work.',
  'Reconnect with family and stay out of jail.',
  'Get benefits sorted and see a doctor.',
] as const;

export const EXIT_REASONS = [
  'Moved out of the area to be near family',
  'Reached their goals and chose to step back',
  'Entered long-term residential treatment out of state',
  'Asked to leave the program',
] as const;

export const INACTIVE_REASONS = [
  'Not seen in over a month despite outreach',
  'Phone disconnected; usual spots checked',
  'Told a friend they were leaving the city for a while',
] as const;
