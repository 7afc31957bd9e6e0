import type { AssessmentInput } from '../../shared/domain/assessment';
import { openPlainDesk } from './decade-dataset';
import type { BenchDesk } from './bench-desk';

/** Ids the operations work on, chosen from the dataset before any desk opens. */
export interface Subjects {
  busiestPairId: number;
  /** Active participants with completed assessments and the longest histories. */
  participantIds: number[];
}

export function chooseSubjects(plainDir: string): Subjects {
  const db = openPlainDesk(plainDir);
  try {
    const busiestPairId = db
      .prepare(`SELECT pair_id FROM participants WHERE stage <> 'exited' GROUP BY pair_id ORDER BY count(*) DESC LIMIT 1`)
      .pluck()
      .get() as number;
    const participantIds = db
      .prepare(
        `SELECT x.id FROM participants x JOIN assessments a ON a.referral_id = x.referral_id
         WHERE x.stage = 'active' ORDER BY (SELECT count(*) FROM contacts c WHERE c.participant_id = x.id) DESC LIMIT 40`,
      )
      .pluck()
      .all() as number[];
    return { busiestPairId, participantIds };
  } finally {
    db.close();
  }
}

export interface Operation {
  name: string;
  /** Measured runs on each desk: 200 for the quick ones, so that a p95 is not decided by two or three stray pauses. */
  iterations: number;
  /** One of the lists' operations: measured also under BENCH_ONLY=lists. */
  lists?: true;
  /** Prepares per-desk state (unmeasured) and returns the measured step. */
  prepare(desk: BenchDesk, subjects: Subjects): Promise<(i: number) => Promise<unknown>>;
}

const nth = <T>(list: T[], i: number) => list[((i % list.length) + list.length) % list.length]!;
const NAME_QUERIES = ['ash', 'birch', 'quill', 'juniper', 'sable thistle', 'fern', 'moss', 'avery ash', 'kai', 'lark'];
const NOTE_QUERIES = ['shelter', 'buprenorphine', 'naloxone', 'benefits application', 'court date', 'socks', 'housing', 'family'];

export const OPERATIONS: Operation[] = [
  {
    name: 'unlock (key derivation + open + migration check)',
    iterations: 15,
    prepare: async (desk) => () => desk.signIn(),
  },
  {
    name: "load one pair's board",
    iterations: 200,
    prepare:
      async (desk, { busiestPairId }) =>
      () =>
        desk.ok('board.pair', { pairId: busiestPairId }),
  },
  {
    name: "load the supervisor's team board",
    iterations: 60,
    prepare: async (desk) => () => desk.ok('board.team', {}),
  },
  {
    name: 'open a participant record (its newest timeline lines)',
    lists: true,
    iterations: 200,
    prepare:
      async (desk, { participantIds }) =>
      (i) =>
        desk.ok('participants.get', { id: nth(participantIds, i) }),
  },
  {
    name: 'search names',
    lists: true,
    iterations: 200,
    prepare: async (desk) => (i) => desk.ok('people.search', { query: nth(NAME_QUERIES, i) }),
  },
  {
    name: 'search names, each keystroke (participants page)',
    lists: true,
    iterations: 200,
    prepare: async (desk) => {
      const keystrokes = NAME_QUERIES.flatMap((name) =>
        [...name].map((_, i) => name.slice(0, i + 1)).filter((query) => !query.endsWith(' ')),
      );
      return (i) => desk.ok('people.search', { query: nth(keystrokes, i), scope: 'participants' });
    },
  },
  {
    name: 'list participants (first page, on a caseload)',
    lists: true,
    iterations: 200,
    prepare: async (desk) => () => desk.ok('participants.list', { show: 'caseload' }),
  },
  {
    name: 'list referrals (first page, with counts)',
    lists: true,
    iterations: 200,
    prepare: async (desk) => () => desk.ok('referrals.list', {}),
  },
  {
    name: 'search contact notes (FTS)',
    lists: true,
    iterations: 200,
    prepare: async (desk) => (i) => desk.ok('contacts.search', { query: nth(NOTE_QUERIES, i) }),
  },
  {
    name: 'save a referral',
    iterations: 200,
    prepare: async (desk) => {
      let made = 0;
      return () => {
        made += 1;
        return desk.ok('referrals.create', {
          person: { name: `Bench Newcomb${made}`, dateOfBirth: '1988-04-02' },
          referral: {
            pathway: 'arrest_diversion',
            occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
            officer: { name: 'Officer Benchmark', badge: 'S-0000', unit: 'Central District' },
            location: { description: 'Library steps', insideReferralArea: true },
            offenses: ['cds_possession'],
            approval: null,
          },
        });
      };
    },
  },
  {
    name: 'save an assessment',
    iterations: 200,
    prepare: async (desk, { participantIds }) => {
      const assessments = new Map<number, AssessmentInput>();
      for (const id of participantIds)
        assessments.set(id, (await desk.ok('participants.get', { id })).assessment as unknown as AssessmentInput);
      return (i) => {
        const id = nth(participantIds, i);
        const assessment = assessments.get(id)!;
        return desk.ok('assessments.save', {
          participantId: id,
          assessment: { ...assessment, goals: `${assessment.goals.replace(/ \(revised \d+\)$/, '')} (revised ${Math.abs(i)})` },
        });
      };
    },
  },
  {
    name: 'log a contact',
    iterations: 200,
    prepare:
      async (desk, { participantIds }) =>
      (i) =>
        desk.ok('contacts.log', {
          participantId: nth(participantIds, i),
          contact: {
            kind: 'street_outreach',
            occurredAt: new Date().toISOString(),
            durationMinutes: 20,
            staff: 'both',
            place: 'Library steps',
            note: 'Benchmark check-in near the library; talked about the shelter list.',
          },
        }),
  },
  {
    name: 'move a card',
    iterations: 200,
    prepare: async (desk, { participantIds }) => {
      const inactive = new Set<number>();
      return (i) => {
        const id = nth(participantIds, i);
        const back = inactive.has(id);
        if (back) inactive.delete(id);
        else inactive.add(id);
        return desk.ok('participants.move', {
          participantId: id,
          to: back ? 'active' : 'inactive',
          reason: back ? null : 'Not seen in a month (benchmark)',
        });
      };
    },
  },
];
