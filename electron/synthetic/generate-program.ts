import { NEEDS, type HousingStatus, type Need } from '../../shared/domain/assessment';
import { CONTACT_KINDS, type ContactStaff } from '../../shared/domain/contacts';
import { addDays } from '../../shared/domain/local-time';
import type { OutcomeObservation } from '../../shared/domain/outcomes';
import type { ShareLevel } from '../../shared/domain/share-levels';
import type { Stage } from '../../shared/domain/stages';
import type { ScryptCost } from '../vault/kdf';
import {
  EXIT_REASONS,
  GOALS,
  INACTIVE_REASONS,
  PLACES,
  PROVIDERS,
  inventedContactNote,
  inventedName,
  inventedNickname,
  inventedPhone,
} from './invented';
import { PROGRAM_SIZES, type ProgramSize, type ProgramSizeName } from './program-sizes';
import { SeededRandom } from './seeded-random';
import { SYNTHETIC_ADMIN, SYNTHETIC_PASSWORD, SYNTHETIC_SUPERVISOR, pairUsernames } from './synthetic-accounts';
import { SimulatedClock, SyntheticDesk } from './synthetic-desk';
import { loadSyntheticDirectory } from './synthetic-directory';
import { newReferralDetails, nextReferralStep, type OpenService } from './synthetic-referrals';

export interface GenerateOptions {
  dataDir: string;
  size: ProgramSizeName;
  seed: number;
  /** The program's history ends the day before this instant (default: now). */
  endAt?: Date;
  scryptCost: ScryptCost;
  /** Called now and then with the share of the history written, 0 to 1. */
  onProgress?: (done: number) => void;
}

export interface GeneratedProgram {
  recoveryKey: string;
  counts: {
    pairs: number;
    staff: number;
    referrals: number;
    participants: number;
    onCaseload: number;
    contacts: number;
    contactNotes: number;
  };
  /** Usernames by role, all with SYNTHETIC_PASSWORD. */
  usernames: { administrator: string; supervisor: string; caseManagers: string[]; peers: string[] };
}

interface PairState {
  id: number;
  caseManagerId: number;
  peerId: number;
  load: number;
}

interface ParticipantState {
  id: number;
  name: string;
  dateOfBirth: string;
  arrestDiversion: boolean;
  pair: PairState;
  stage: Stage;
  assessed: boolean;
  intakeOnDay: number;
  needs: Need[];
  openServices: OpenService[];
  housing: HousingStatus;
  engagement: number;
}

const DAY_MS = 86_400_000;
const SCOPES: readonly ShareLevel[] = ['status', 'progress', 'clinical'];
const HOUSING_PATH: readonly HousingStatus[] = ['unsheltered', 'emergency_shelter', 'staying_with_others', 'transitional', 'rented'];

/**
 * Builds a believable LEAD program, day by day, through the app's own services: staff and pairs,
 * referrals down both pathways (eligible, ineligible, not approved, declined), enrollments,
 * assessments, consents of every scope, contacts with notes, stage moves, needs and service
 * referrals, outcome observations and criminal-justice events. The same seed and end date give
 * the same program.
 */
export async function generateProgram(options: GenerateOptions): Promise<GeneratedProgram> {
  const size: ProgramSize = PROGRAM_SIZES[options.size];
  const random = new SeededRandom(options.seed);
  const endMs = (options.endAt ?? new Date()).getTime();
  const totalDays = Math.round(size.years * 365);
  const startDate = new Date(endMs - totalDays * DAY_MS).toISOString().slice(0, 10);
  const clock = new SimulatedClock(Date.parse(`${startDate}T12:00:00Z`) - DAY_MS);
  const desk = new SyntheticDesk(options.dataDir, clock, options.scryptCost);
  try {
    const issued = await desk.ok('setup.create', {
      programName: 'LEAD Training Program',
      displayName: SYNTHETIC_ADMIN.displayName,
      username: SYNTHETIC_ADMIN.username,
      password: SYNTHETIC_PASSWORD,
    });
    const groups = issued.check.groups.map((n) => issued.recoveryKey.split('-')[n - 1]!) as [string, string];
    await desk.ok('recoveryKey.confirm', { groups });
    const adminId = issued.session.user.id;
    const usernames: GeneratedProgram['usernames'] = {
      administrator: SYNTHETIC_ADMIN.username,
      supervisor: SYNTHETIC_SUPERVISOR.username,
      caseManagers: [],
      peers: [],
    };

    /**
     * Accounts get the shared password at once, so that anyone can sign in to try them. Each is
     * completed as a real desk's are: the first supervisor with the recovery key, everyone else
     * by that supervisor. The generator goes on as the supervisor, who holds the records key.
     */
    let supervisorId: number | null = null;
    const addStaff = async (displayName: string, username: string, role: 'supervisor' | 'case_manager' | 'peer') => {
      desk.actAs(adminId);
      const member = await desk.ok('staff.create', { displayName, username, role, temporaryPassword: 'temporary lantern 7' });
      await desk.ok('session.signIn', { username, password: 'temporary lantern 7' });
      await desk.ok('account.changePassword', { currentPassword: 'temporary lantern 7', newPassword: SYNTHETIC_PASSWORD });
      if (supervisorId === null) {
        await desk.ok('account.completeWithRecoveryKey', { recoveryKey: issued.recoveryKey });
        supervisorId = member.id;
      } else {
        await desk.ok('session.signIn', { username: SYNTHETIC_SUPERVISOR.username, password: SYNTHETIC_PASSWORD });
        await desk.ok('staff.grantRecords', { id: member.id });
      }
      return member.id;
    };
    await addStaff(SYNTHETIC_SUPERVISOR.displayName, SYNTHETIC_SUPERVISOR.username, 'supervisor');

    const pairs: PairState[] = [];
    const addPair = async () => {
      const names = pairUsernames(pairs.length + 1);
      const caseManagerId = await addStaff(inventedName(random), names.caseManager, 'case_manager');
      const peerId = await addStaff(inventedName(random), names.peer, 'peer');
      usernames.caseManagers.push(names.caseManager);
      usernames.peers.push(names.peer);
      desk.actAs(supervisorId!);
      const pair = await desk.ok('pairs.create', { caseManagerId, peerId });
      pairs.push({ id: pair.id, caseManagerId, peerId, load: 0 });
    };

    const participants: ParticipantState[] = [];
    const exited: ParticipantState[] = [];
    const counts = { referrals: 0, contacts: 0, contactNotes: 0 };
    let minute = 0;
    let today = startDate;
    /** The next moment of the working day: actions follow one another, as they would at a desk. */
    const tick = () => {
      minute += random.int(1, 3);
      clock.set(Date.parse(`${today}T13:00:00Z`) + minute * 30_000);
      return clock.now();
    };
    const minutesAgo = (at: Date, minutes: number) => new Date(at.getTime() - minutes * 60_000).toISOString();

    const cap = 28;
    const refer = async (day: number) => {
      const pair = [...pairs].sort((a, b) => a.load - b.load)[0]!;
      desk.actAs(pair.caseManagerId);
      const returning = exited.length > 0 && random.chance(0.05) ? exited.splice(random.int(0, exited.length - 1), 1)[0]! : null;
      const name = returning?.name ?? inventedName(random);
      const dateOfBirth =
        returning?.dateOfBirth ??
        `${Number(today.slice(0, 4)) - random.int(19, 64)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
      const pathway = random.chance(0.7) ? 'arrest_diversion' : 'social_contact';
      const at = tick();
      const occurredAt = minutesAgo(at, random.int(30, 240));
      const common = {
        occurredAt,
        officer: { name: `Officer ${inventedName(random).split(' ')[1]}`, badge: `S-${random.int(1000, 9999)}`, unit: 'Central District' },
        location: { description: random.pick(PLACES), insideReferralArea: true },
        offenses: [random.pick(['cds_possession', 'cds_distribution_subsistence', 'prostitution', 'petty_larceny'] as const)],
        approval: null,
      };
      const referral = await desk.ok('referrals.create', {
        person: { name, dateOfBirth },
        referral:
          pathway === 'arrest_diversion'
            ? { pathway, ...common }
            : { pathway, ...common, justification: 'Several recent police contacts in the district linked to drug use.' },
      });
      counts.referrals += 1;
      const exclusion = random.chance(size.ineligible) ? 'open_warrant' : null;
      tick();
      await desk.ok('referrals.screen', {
        referralId: referral.id,
        dateOfBirth,
        exclusions: {
          under_supervision: 'no',
          disqualifying_record: 'no',
          public_safety_threat: 'no',
          open_case: 'no',
          open_warrant: exclusion ? 'yes' : 'no',
        },
      });
      if (exclusion) return;
      // The last fortnight's referrals may still wait for the State's Attorney.
      if (day > totalDays - 14 && random.chance(0.5)) return;
      tick();
      const approved = !random.chance(size.notApproved);
      await desk.ok('referrals.recordSao', {
        referralId: referral.id,
        status: approved ? 'verified' : 'not_approved',
        decidedOn: today,
        saoPerson: 'ASA Sample',
      });
      if (!approved) return;
      tick();
      const declined = random.chance(size.declined);
      await desk.ok('referrals.recordDecision', {
        referralId: referral.id,
        decision: declined ? 'declined' : 'accepted',
        reason: declined ? 'Did not want case management right now' : null,
      });
      if (declined || pair.load >= cap) return;
      tick();
      const record = await desk.ok('participants.enroll', { referralId: referral.id, pairId: pair.id, capOverrideReason: null });
      pair.load += 1;
      participants.push({
        id: record.id,
        name,
        dateOfBirth,
        arrestDiversion: pathway === 'arrest_diversion',
        pair,
        stage: 'awaiting_intake',
        assessed: false,
        intakeOnDay: day + random.int(1, 20),
        needs: [],
        openServices: [],
        housing: random.weighted([
          ['unsheltered', 5],
          ['emergency_shelter', 3],
          ['staying_with_others', 2],
        ] as const),
        engagement: 0.5 + random.next(),
      });
    };

    const assess = async (participant: ParticipantState) => {
      desk.actAs(participant.pair.caseManagerId);
      if (random.chance(0.5)) {
        tick();
        await desk.ok('participants.move', { participantId: participant.id, to: 'intake_in_progress', reason: null });
      }
      participant.needs = NEEDS.filter(() => random.chance(0.35));
      if (participant.needs.length === 0) participant.needs = ['housing'];
      tick();
      await desk.ok('assessments.save', {
        participantId: participant.id,
        assessment: {
          legalName: participant.name,
          preferredName: random.chance(0.4) ? participant.name.split(' ')[0]! : null,
          aliases: random.chance(0.3) ? [inventedNickname(random)] : [],
          dateOfBirth: participant.dateOfBirth,
          sex: random.pick(['female', 'male', 'male', 'not_disclosed'] as const),
          genderIdentity: null,
          races: [
            random.weighted([
              ['black_african_american', 7],
              ['white', 2],
              ['other', 1],
            ] as const),
          ],
          ethnicity: random.weighted([
            ['not_hispanic_latino', 9],
            ['hispanic_latino', 1],
          ] as const),
          preferredLanguage: random.chance(0.9) ? 'English' : 'Spanish',
          phone: random.chance(0.6) ? inventedPhone(random) : null,
          whereabouts: random.pick(PLACES),
          housingStatus: participant.housing,
          needs: participant.needs,
          goals: random.pick(GOALS),
        },
      });
      participant.assessed = true;
      participant.stage = 'active';
      tick();
      const scope = random.pick(SCOPES);
      await desk.ok('consents.create', {
        participantId: participant.id,
        consent: {
          patientName: participant.name,
          discloser: 'LEAD case management team',
          recipients: [
            { recipient: { kind: 'police' }, scope: 'status' },
            { recipient: { kind: 'states_attorney' }, scope: scope === 'clinical' ? 'progress' : scope },
            { recipient: { kind: 'provider', name: random.pick(PROVIDERS.substance_use_treatment) }, scope },
          ],
          purpose: 'Care coordination at the weekly LEAD meeting',
          rightToRevokeAcknowledged: true,
          expiry: random.chance(0.8)
            ? { kind: 'date', on: addDays(today, 365) }
            : { kind: 'event', event: 'Leaving the LEAD program', occurredOn: null },
          signedOn: today,
          witness: 'LEAD staff',
          irrevocableUntil: participant.arrestDiversion && random.chance(0.4) ? addDays(today, 90) : null,
          revocation: null,
        },
      });
    };

    const contact = async (participant: ParticipantState) => {
      const staff: ContactStaff = random.weighted([
        ['case_manager', 4],
        ['peer', 4],
        ['both', 2],
      ] as const);
      desk.actAs(staff === 'peer' ? participant.pair.peerId : participant.pair.caseManagerId);
      const at = tick();
      const note = random.chance(0.92) ? inventedContactNote(random) : null;
      await desk.ok('contacts.log', {
        participantId: participant.id,
        contact: {
          kind: random.weighted(CONTACT_KINDS.map((kind) => [kind, kind === 'street_outreach' ? 5 : kind === 'phone' ? 3 : 1] as const)),
          occurredAt: minutesAgo(at, random.int(5, 180)),
          durationMinutes: random.pick([10, 15, 20, 30, 45, 60, 90]),
          staff,
          place: random.chance(0.7) ? random.pick(PLACES) : null,
          note,
        },
      });
      counts.contacts += 1;
      if (note) counts.contactNotes += 1;
    };

    /** Follows the oldest open referral one step, or makes a new one when none can move yet. */
    const workOnNeeds = async (participant: ParticipantState) => {
      desk.actAs(random.chance(0.5) ? participant.pair.peerId : participant.pair.caseManagerId);
      const at = tick();
      const service = participant.openServices[0];
      const step = service && random.chance(0.7) ? nextReferralStep(random, service, at.getTime(), today) : null;
      if (service && step) {
        await desk.ok('services.update', { serviceReferralId: service.id, change: step });
        service.status = step.to;
        if (step.appointmentAt) service.appointmentAt = step.appointmentAt;
        if (step.to !== 'closed') return;
        participant.openServices.shift();
        if (step.outcome === 'got_help' && random.chance(0.5))
          await desk.ok('needs.update', { participantId: participant.id, update: { need: service.need, status: 'met', note: null } });
        return;
      }
      const need = random.pick(participant.needs);
      const details = newReferralDetails(random, today);
      const draft = random.chance(0.05);
      const record = await desk.ok('services.refer', {
        participantId: participant.id,
        referral: { need, provider: random.pick(PROVIDERS[need]), referredOn: today, ...details, draft },
      });
      const status = draft ? 'draft' : details.appointmentAt ? 'scheduled' : 'sent';
      participant.openServices.push({ id: record.serviceReferrals[0]!.id, need, status, appointmentAt: details.appointmentAt });
    };

    const observe = async (participant: ParticipantState) => {
      desk.actAs(participant.pair.caseManagerId);
      let observation: OutcomeObservation;
      const kind = random.weighted([
        ['housing', 4],
        ['treatment', 2],
        ['income', 2],
        ['employment', 1],
      ] as const);
      if (kind === 'housing') {
        const step = Math.min(HOUSING_PATH.length - 1, HOUSING_PATH.indexOf(participant.housing) + (random.chance(0.75) ? 1 : -1));
        participant.housing = HOUSING_PATH[Math.max(0, step)]!;
        observation = { kind, value: participant.housing, observedOn: today, note: null };
      } else if (kind === 'treatment') {
        observation = {
          kind,
          value: random.weighted([
            ['moud', 4],
            ['outpatient', 2],
            ['detox', 1],
            ['residential', 1],
            ['left_treatment', 1],
          ] as const),
          observedOn: today,
          note: null,
        };
      } else if (kind === 'income') {
        observation = { kind, value: random.pick(['snap', 'ssi_ssdi', 'earned', 'tanf'] as const), observedOn: today, note: null };
      } else {
        observation = { kind, value: random.pick(['day_labor', 'part_time', 'full_time'] as const), observedOn: today, note: null };
      }
      tick();
      await desk.ok('outcomes.record', { participantId: participant.id, observation });
    };

    const justiceEvent = async (participant: ParticipantState) => {
      desk.actAs(participant.pair.caseManagerId);
      const kind = random.weighted([
        ['police_contact', 5],
        ['arrest', 1],
        ['warrant', 0.3],
      ] as const);
      tick();
      await desk.ok('justiceEvents.record', {
        participantId: participant.id,
        event: { kind, occurredOn: addDays(today, -random.int(0, 3)), description: 'Heard from the participant at a check-in' },
      });
      if (kind === 'arrest') {
        await desk.ok('justiceEvents.record', {
          participantId: participant.id,
          event: { kind: 'jail_booking', occurredOn: today, description: 'Booked and released' },
        });
        await desk.ok('justiceEvents.record', {
          participantId: participant.id,
          event: { kind: 'court_date', occurredOn: addDays(today, random.int(10, 45)), description: 'District Court, morning docket' },
        });
      }
    };

    const move = async (participant: ParticipantState, to: Stage, reason: string | null) => {
      desk.actAs(participant.pair.caseManagerId);
      tick();
      await desk.ok('participants.move', { participantId: participant.id, to, reason });
      participant.stage = to;
      if (to === 'exited') {
        participant.pair.load -= 1;
        participants.splice(participants.indexOf(participant), 1);
        exited.push(participant);
      }
    };

    const pairsOnDay = (day: number) => Math.round(size.pairsAtStart + ((size.pairsAtEnd - size.pairsAtStart) * day) / totalDays);
    const referralsOnDay = (day: number) =>
      (size.referralsPerWeekAtStart + ((size.referralsPerWeekAtEnd - size.referralsPerWeekAtStart) * day) / totalDays) / 7;

    let referralsOwed = 0;
    for (let day = 0; day < totalDays; day += 1) {
      today = addDays(startDate, day);
      minute = 0;
      while (pairs.length < pairsOnDay(day)) await addPair();
      // Referrals arrive at the planned rate, the fractions carried over, so every seed gets the
      // program's size; what becomes of each referral is left to chance.
      referralsOwed += referralsOnDay(day);
      for (; referralsOwed >= 1; referralsOwed -= 1) await refer(day);

      for (const participant of [...participants]) {
        if (!participant.assessed) {
          if (day >= participant.intakeOnDay) await assess(participant);
          continue;
        }
        if (participant.stage === 'inactive') {
          if (random.chance(size.comesBack)) await move(participant, 'active', null);
          else if (random.chance(size.exits)) await move(participant, 'exited', random.pick(EXIT_REASONS));
          continue;
        }
        if (random.chance(size.exits)) {
          await move(participant, 'exited', random.pick(EXIT_REASONS));
          continue;
        }
        if (random.chance(size.goesInactive / participant.engagement)) {
          await move(participant, 'inactive', random.pick(INACTIVE_REASONS));
          continue;
        }
        if (random.chance((size.contactsPerWeek * participant.engagement) / 7)) await contact(participant);
        if (random.chance(1 / 21)) await workOnNeeds(participant);
        if (random.chance(1 / 45)) await observe(participant);
        if (random.chance(1 / 90)) await justiceEvent(participant);
      }
      if (day % 30 === 0) options.onProgress?.(day / totalDays);
    }
    // The directory the team refers people to, its capacities confirmed as of the program's last day.
    desk.actAs(supervisorId!);
    await loadSyntheticDirectory((entry) => desk.ok('directory.save', entry), today);
    options.onProgress?.(1);
    return {
      recoveryKey: issued.recoveryKey,
      counts: {
        pairs: pairs.length,
        staff: pairs.length * 2 + 2,
        participants: participants.length + exited.length,
        onCaseload: participants.length,
        ...counts,
      },
      usernames,
    };
  } finally {
    // Closed on failure too, so the half-built folder can be removed (Windows keeps open files).
    desk.close();
  }
}
