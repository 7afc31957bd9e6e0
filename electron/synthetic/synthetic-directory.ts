import type { Need } from '../../shared/domain/assessment';
import type { Attribute, Capacity, DirectoryEntryInput, LocationInput } from '../../shared/domain/directory';
import { addDays } from '../../shared/domain/local-time';

/**
 * A small invented provider directory for the training desk and the tests: every name ends
 * "(fictional)", every phone is a 555 number, every address is made up. It holds at least one
 * walk-in service needing no ID, one MOUD program, one with no capacity and one whose capacity
 * was last confirmed more than 90 days ago.
 */

interface Invented {
  organization: string;
  service: string;
  description: string;
  attributes: Attribute[];
  needs: Need[];
  capacity: Capacity | null;
  /** Days before today the capacity was confirmed; null: never. */
  confirmedDaysAgo: number | null;
  street: string;
  crossStreets: string;
  bus: string;
  phone: string;
  hours: LocationInput['schedule'];
  documents?: string[];
}

const weekdays = (opensAt: string, closesAt: string, notes = ''): LocationInput['schedule'][number] => ({
  days: ['MO', 'TU', 'WE', 'TH', 'FR'],
  opensAt,
  closesAt,
  notes,
});

const INVENTED: readonly Invented[] = [
  {
    organization: 'Harbor Light Housing (fictional)',
    service: 'Drop-in Shelter Intake (fictional)',
    description: 'Same-night shelter beds. Come to the side door; no appointment.',
    attributes: ['walk_in', 'no_id_needed', 'harm_reduction'],
    needs: ['housing', 'food'],
    capacity: 'has_capacity',
    confirmedDaysAgo: 3,
    street: '101 Sample Harbor St.',
    crossStreets: 'Sample Harbor St. & Example Ave.',
    bus: 'CityLink Example (fictional), stop at Example Ave.',
    phone: '410-555-0101',
    hours: [weekdays('08:00', '11:00', 'Morning intake'), weekdays('18:00', '21:00', 'Evening intake')],
  },
  {
    organization: 'Eastside Recovery Clinic (fictional)',
    service: 'Same-Day Buprenorphine Start (fictional)',
    description: 'Medication for opioid use disorder started the same day, with a peer on site.',
    attributes: ['walk_in', 'moud', 'harm_reduction', 'part2_program'],
    needs: ['substance_use_treatment'],
    capacity: 'has_capacity',
    confirmedDaysAgo: 10,
    street: '220 Invented Row',
    crossStreets: 'Invented Row & Placeholder St.',
    bus: 'Route 99 (fictional)',
    phone: '410-555-0102',
    hours: [weekdays('07:30', '12:00'), { days: ['SA'], opensAt: '09:00', closesAt: '12:00', notes: 'Saturday walk-ins only' }],
    documents: ['Any photo ID if you have one (not required to start)'],
  },
  {
    organization: 'Bridgeway Treatment Center (fictional)',
    service: 'Methadone Program Intake (fictional)',
    description: 'Opioid treatment program. Intake needs an assessment appointment first.',
    attributes: ['moud', 'part2_program'],
    needs: ['substance_use_treatment'],
    capacity: 'assessment_needed',
    confirmedDaysAgo: 20,
    street: '48 Example Bridge Rd.',
    crossStreets: 'Example Bridge Rd. & Sample Ln.',
    bus: 'Route 98 (fictional)',
    phone: '410-555-0103',
    hours: [weekdays('06:00', '10:00', 'Dosing'), weekdays('13:00', '15:00', 'Intake appointments')],
    documents: ['Photo ID', 'Insurance card if any'],
  },
  {
    organization: 'Lighthouse Detox Center (fictional)',
    service: 'Withdrawal Management Beds (fictional)',
    description: 'Medically supervised withdrawal. Beds are full this month.',
    attributes: ['part2_program', 'screens_warrants'],
    needs: ['substance_use_treatment', 'physical_health'],
    capacity: 'no_capacity',
    confirmedDaysAgo: 5,
    street: '7 Lantern Way',
    crossStreets: 'Lantern Way & Example Blvd.',
    bus: 'Route 97 (fictional)',
    phone: '410-555-0104',
    hours: [{ days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], opensAt: '00:00', closesAt: '23:59', notes: 'Open all day, every day' }],
  },
  {
    organization: 'Northgate Behavioral Health (fictional)',
    service: 'Walk-in Counseling (fictional)',
    description: 'Short counseling sessions and referrals for ongoing mental health care.',
    attributes: ['walk_in'],
    needs: ['mental_health'],
    capacity: 'waitlist',
    confirmedDaysAgo: 120,
    street: '350 Northgate Sample Ave.',
    crossStreets: 'Northgate Sample Ave. & 5th Example St.',
    bus: 'Route 96 (fictional)',
    phone: '410-555-0105',
    hours: [weekdays('09:00', '16:00')],
  },
  {
    organization: 'Mercy Street Health Van (fictional)',
    service: 'Street Medicine Van (fictional)',
    description: 'Wound care, checkups and naloxone from a van. No ID or insurance needed.',
    attributes: ['walk_in', 'no_id_needed', 'harm_reduction'],
    needs: ['physical_health'],
    capacity: 'has_capacity',
    confirmedDaysAgo: 30,
    street: '12 Market Example Plaza',
    crossStreets: 'Market Example Plaza & Sample St.',
    bus: 'Route 95 (fictional)',
    phone: '410-555-0106',
    hours: [{ days: ['TU', 'TH'], opensAt: '10:00', closesAt: '14:00', notes: 'Parked by the plaza fountain' }],
  },
  {
    organization: 'Vital Records Help Desk (fictional)',
    service: 'ID Replacement Help (fictional)',
    description: 'Help ordering a birth certificate and a state ID; fee waivers for people without income.',
    attributes: ['no_id_needed'],
    needs: ['id_documents'],
    capacity: 'has_capacity',
    confirmedDaysAgo: 45,
    street: '90 Records Example St.',
    crossStreets: 'Records Example St. & Paper Ln.',
    bus: 'Route 94 (fictional)',
    phone: '410-555-0107',
    hours: [weekdays('09:00', '12:00')],
    documents: ['Anything with your name on it (mail, a hospital bracelet)'],
  },
  {
    organization: 'Benefits Navigator Office (fictional)',
    service: 'Benefits Enrollment (fictional)',
    description: 'Food assistance, medical assistance and disability applications, filled out together.',
    attributes: ['walk_in'],
    needs: ['benefits', 'income', 'food'],
    capacity: 'has_capacity',
    confirmedDaysAgo: 60,
    street: '5 Navigator Sample Ct.',
    crossStreets: 'Navigator Sample Ct. & Example Ave.',
    bus: 'Route 93 (fictional)',
    phone: '410-555-0108',
    hours: [weekdays('08:30', '12:00'), weekdays('13:00', '16:30')],
    documents: ['Photo ID if you have one', 'Proof of address or a shelter letter'],
  },
  {
    organization: 'Second Chance Staffing (fictional)',
    service: 'Job Readiness Drop-in (fictional)',
    description: 'Resume help and day-labor placements, including for people with a record.',
    attributes: ['walk_in'],
    needs: ['employment', 'income'],
    capacity: 'has_capacity',
    confirmedDaysAgo: 15,
    street: '33 Second Sample St.',
    crossStreets: 'Second Sample St. & Work Example Ave.',
    bus: 'Route 92 (fictional)',
    phone: '410-555-0109',
    hours: [{ days: ['MO', 'WE', 'FR'], opensAt: '07:00', closesAt: '10:00', notes: 'Arrive early for same-day work' }],
  },
  {
    organization: 'Legal Aid Clinic (fictional)',
    service: 'Record Expungement Clinic (fictional)',
    description: 'Free help clearing old records and fines. Appointment after a short phone screening.',
    attributes: [],
    needs: ['legal'],
    capacity: 'waitlist',
    confirmedDaysAgo: 25,
    street: '18 Justice Example Sq.',
    crossStreets: 'Justice Example Sq. & Court Sample St.',
    bus: 'Route 91 (fictional)',
    phone: '410-555-0110',
    hours: [{ days: ['WE'], opensAt: '13:00', closesAt: '17:00', notes: '' }],
  },
  {
    organization: 'Neighborhood Pantry (fictional)',
    service: 'Hot Meals and Pantry (fictional)',
    description: 'Hot lunch every weekday and a grocery bag once a week.',
    attributes: ['walk_in', 'no_id_needed'],
    needs: ['food'],
    capacity: null,
    confirmedDaysAgo: null,
    street: '64 Pantry Example Ln.',
    crossStreets: 'Pantry Example Ln. & Sample Ave.',
    bus: 'Route 90 (fictional)',
    phone: '410-555-0111',
    hours: [weekdays('11:30', '13:30', 'Hot lunch')],
  },
  {
    organization: 'Rowhouse Rapid Rehousing (fictional)',
    service: 'Rapid Rehousing Referrals (fictional)',
    description: 'Short-term rent help and a housing case manager. Referral from a case manager needed.',
    attributes: ['harm_reduction'],
    needs: ['housing'],
    capacity: 'waitlist',
    confirmedDaysAgo: 100,
    street: '2 Rowhouse Sample Terrace',
    crossStreets: 'Rowhouse Sample Terrace & Example St.',
    bus: 'Route 89 (fictional)',
    phone: '410-555-0112',
    hours: [weekdays('10:00', '15:00')],
    documents: ['Photo ID', 'Proof of income if any'],
  },
];

/** The entries as the team's form would send them, dated from `today`. */
export function syntheticDirectory(today: string): DirectoryEntryInput[] {
  return INVENTED.map((invented) => ({
    organization: { name: invented.organization, description: '', website: '' },
    service: {
      name: invented.service,
      description: invented.description,
      eligibilityDescription: 'Adults 18 and over (fictional).',
      feesDescription: 'Free',
      applicationProcess: invented.attributes.includes('walk_in') ? 'Walk in during open hours.' : 'Call first.',
      attributes: invented.attributes,
      needs: invented.needs,
      capacity: invented.capacity,
      capacityConfirmedOn: invented.confirmedDaysAgo === null ? null : addDays(today, -invented.confirmedDaysAgo),
      languages: ['English', 'Spanish'],
      requiredDocuments: invented.documents ?? [],
    },
    locations: [
      {
        name: '',
        address1: invented.street,
        city: 'Baltimore',
        stateProvince: 'MD',
        postalCode: '21201',
        crossStreets: invented.crossStreets,
        transportation: invented.bus,
        accessibility: 'Step-free entrance (fictional).',
        phones: [{ number: invented.phone, description: 'Front desk' }],
        schedule: invented.hours,
      },
    ],
  }));
}

/** Saves the synthetic directory through `save` (the directory.save channel, as a supervisor or case manager). */
export async function loadSyntheticDirectory(save: (entry: DirectoryEntryInput) => Promise<unknown>, today: string): Promise<void> {
  for (const entry of syntheticDirectory(today)) await save(entry);
}
