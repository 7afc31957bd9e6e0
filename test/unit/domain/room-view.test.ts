import { describe, expect, it } from 'vitest';
import { NEEDS } from '../../../shared/domain/assessment';
import { consentSchema, consentStatus, revocationProblem, type ConsentInput } from '../../../shared/domain/consent';
import type { StoredConsent } from '../../../shared/domain/disclosure';
import { NEED_STATUSES } from '../../../shared/domain/needs';
import type { Recipient } from '../../../shared/domain/recipients';
import { agenciesPresent, roomItemView, roomLevel, type RoomFacts } from '../../../shared/domain/room-view';
import { SHARE_LEVELS, type ShareLevel } from '../../../shared/domain/share-levels';
import { consentInput, TODAY } from './fixtures';

const ALPHA = 7;
const BRAVO = 8;
const POLICE: Recipient = { kind: 'police' };
const SAO: Recipient = { kind: 'states_attorney' };
const PD: Recipient = { kind: 'public_defender' };
const CLINIC: Recipient = { kind: 'provider', name: 'Sample Recovery Clinic' };

/**
 * A consent as the consents service saves it: the form passes consentSchema on the day it was
 * signed, and the stored row keeps the fields disclosure reads, with its id and whose it is.
 */
function saved(id: number, overrides: Partial<ConsentInput> = {}, participantId = ALPHA): StoredConsent {
  const input = consentInput(overrides);
  const consent = consentSchema(input.signedOn).parse(input);
  return {
    id,
    participantId,
    recipients: consent.recipients,
    signedOn: consent.signedOn,
    expiry: consent.expiry,
    revocation: consent.revocation,
  };
}

/** The usual multi-party release: police status, the State's Attorney progress, the clinic clinical. */
const grants = (police: ShareLevel = 'status', sao: ShareLevel = 'progress', clinic: ShareLevel = 'clinical') => ({
  recipients: [
    { recipient: POLICE, scope: police },
    { recipient: SAO, scope: sao },
    { recipient: CLINIC, scope: clinic },
  ],
});

const level = (
  consents: StoredConsent[],
  agencies: Recipient[],
  classification: ShareLevel = 'clinical',
  today = TODAY,
  participantId: number | null = ALPHA,
) => roomLevel({ consents, participantId, agencies, classification, today });

const shown = (level: ShareLevel, consentIds: number[]) => ({ shown: true, level, consentIds });

describe('roomLevel: the consents of the participant', () => {
  it('hides the item from any agency when there is no consent, naming the agency for the presenter', () => {
    expect(level([], [POLICE])).toEqual({
      shown: false,
      reason: 'No consent of this participant names Baltimore Police Department.',
    });
  });

  it('hides the item the day after the expiry date', () => {
    const consent = saved(1, { ...grants(), signedOn: '2025-01-10', expiry: { kind: 'date', on: '2025-06-14' } });
    expect(consentStatus(consent, TODAY)).toBe('expired');
    expect(level([consent], [POLICE])).toEqual({
      shown: false,
      reason: 'Every consent naming Baltimore Police Department is expired, revoked, or not yet signed.',
    });
  });

  it('still shows it on the expiry date itself (an expiry date reads "valid through")', () => {
    const consent = saved(1, { ...grants(), signedOn: '2025-01-10', expiry: { kind: 'date', on: TODAY } });
    expect(consentStatus(consent, TODAY)).toBe('active');
    expect(level([consent], [POLICE])).toEqual(shown('status', [1]));
    expect(level([consent], [POLICE], 'clinical', '2025-06-16')).toMatchObject({ shown: false });
  });

  it('hides it once the consent is revoked', () => {
    const consent = saved(1, {
      ...grants(),
      revocation: { revokedOn: '2025-06-01', recordedBy: 'Case Manager Sample' },
      signedOn: '2025-06-01',
    });
    expect(level([consent], [SAO])).toEqual({
      shown: false,
      reason: "Every consent naming State's Attorney's Office is expired, revoked, or not yet signed.",
    });
  });

  it('keeps showing it when a revocation was asked for inside the irrevocable period (42 CFR 2.35)', () => {
    const input = { ...grants(), signedOn: '2025-03-01', irrevocableUntil: '2025-09-01' };
    // The service refuses the revocation, so the consent is saved as it was: no revocation.
    const problem = revocationProblem(consentSchema('2025-03-01').parse(consentInput(input)), TODAY, TODAY);
    expect(problem).toMatch(/irrevocable until 2025-09-01/);
    expect(
      consentSchema(TODAY).safeParse(consentInput({ ...input, revocation: { revokedOn: TODAY, recordedBy: 'Case Manager Sample' } }))
        .success,
    ).toBe(false);
    const consent = saved(4, input);
    expect(consent.revocation).toBeNull();
    expect(level([consent], [POLICE, SAO])).toEqual(shown('status', [4]));
  });

  it('shows police the status only, however high the classification', () => {
    const consent = saved(1, grants('status'));
    for (const classification of SHARE_LEVELS) expect(level([consent], [POLICE], classification)).toEqual(shown('status', [1]));
  });

  it("shows the State's Attorney progress, not clinical detail", () => {
    const consent = saved(2, grants());
    expect(level([consent], [SAO], 'clinical')).toEqual(shown('progress', [2]));
    expect(level([consent], [SAO], 'progress')).toEqual(shown('progress', [2]));
    expect(level([consent], [SAO], 'status')).toEqual(shown('status', [2]));
  });

  it('matches a named provider whatever its spacing and case, and not a different provider', () => {
    const consent = saved(3, grants());
    for (const name of ['Sample Recovery Clinic', '  sample   RECOVERY clinic ', 'SAMPLE RECOVERY CLINIC']) {
      expect(level([consent], [{ kind: 'provider', name }])).toEqual(shown('clinical', [3]));
    }
    expect(level([consent], [{ kind: 'provider', name: 'Sample Recovery Clinic East' }])).toEqual({
      shown: false,
      reason: 'No consent of this participant names Sample Recovery Clinic East.',
    });
  });

  it('lets the highest level any consent allows win for each agency, naming the lowest consent id at the level shown', () => {
    const narrowOld = saved(5, grants('status', 'status'));
    const broadNew = saved(9, { ...grants('progress', 'clinical'), signedOn: '2025-06-10' });
    const broadToo = saved(7, { ...grants('progress', 'clinical'), signedOn: '2025-06-05' });
    const consents = [broadNew, narrowOld, broadToo];
    expect(level(consents, [SAO])).toEqual(shown('clinical', [7]));
    expect(level(consents, [POLICE])).toEqual(shown('progress', [7]));
    // Shown at status, every consent allows it: the lowest id, 5, is the one named.
    expect(level(consents, [POLICE, SAO], 'status')).toEqual(shown('status', [5]));
    expect(level([...consents].reverse(), [POLICE, SAO], 'status')).toEqual(shown('status', [5]));
  });

  it("ignores another participant's consent passed in by mistake", () => {
    const bravos = saved(6, grants('clinical', 'clinical', 'clinical'), BRAVO);
    expect(level([bravos], [POLICE])).toEqual({
      shown: false,
      reason: 'No consent of this participant names Baltimore Police Department.',
    });
    const alphas = saved(2, grants());
    expect(level([bravos, alphas], [POLICE])).toEqual(shown('status', [2]));
  });

  it('hides a referral item from any agency, and shows it to the team alone', () => {
    expect(level([saved(1, grants())], [POLICE], 'progress', TODAY, null)).toEqual({
      shown: false,
      reason: 'A referral has no consent, so it is not shown to Baltimore Police Department.',
    });
    expect(level([], [], 'progress', TODAY, null)).toEqual(shown('progress', []));
  });
});

describe('roomLevel: who is in the room', () => {
  const consents = [saved(1, grants()), saved(2, { recipients: [{ recipient: PD, scope: 'status' }] })];

  it('shows the team alone the classification, with no consent behind it', () => {
    for (const classification of SHARE_LEVELS) expect(level([], [], classification)).toEqual(shown(classification, []));
  });

  it('shows the room the lowest level every agency present allows', () => {
    expect(level(consents, [CLINIC])).toEqual(shown('clinical', [1]));
    expect(level(consents, [SAO, CLINIC])).toEqual(shown('progress', [1]));
    expect(level(consents, [POLICE, SAO, CLINIC])).toEqual(shown('status', [1]));
    expect(level(consents, [CLINIC, PD])).toEqual(shown('status', [1, 2]));
  });

  it('hides the item when any one agency present may see nothing, naming that agency', () => {
    expect(level(consents, [POLICE, { kind: 'bhsb' }, CLINIC])).toEqual({
      shown: false,
      reason: 'No consent of this participant names Behavioral Health System Baltimore (BHSB).',
    });
  });

  it('counts an agency named twice once', () => {
    expect(level(consents, [SAO, SAO, { kind: 'provider', name: 'sample recovery clinic' }, CLINIC])).toEqual(shown('progress', [1]));
  });
});

describe('roomLevel: the classification caps what is shown', () => {
  const consent = saved(1, grants('clinical', 'clinical', 'clinical'));

  it.each(SHARE_LEVELS)('at %s, even when every consent allows clinical detail', (classification) => {
    expect(level([consent], [POLICE, SAO, CLINIC], classification)).toEqual(shown(classification, [1]));
  });

  it('a classification below what an agency allows is not raised, and one above is lowered', () => {
    const statusPolice = saved(3, grants('status', 'clinical', 'clinical'));
    expect(level([statusPolice], [POLICE, CLINIC], 'progress')).toEqual(shown('status', [3]));
    expect(level([statusPolice], [CLINIC], 'status')).toEqual(shown('status', [3]));
  });
});

describe('agenciesPresent', () => {
  it('lists each agency once, leaves out the team and those who left', () => {
    expect(
      agenciesPresent([
        { recipient: null, leftAt: null },
        { recipient: POLICE, leftAt: null },
        { recipient: CLINIC, leftAt: null },
        { recipient: { kind: 'provider', name: 'SAMPLE  recovery clinic' }, leftAt: null },
        { recipient: POLICE, leftAt: null },
        { recipient: SAO, leftAt: '2025-06-15T10:30:00-04:00' },
        { recipient: null, leftAt: '2025-06-15T10:30:00-04:00' },
      ]),
    ).toEqual([POLICE, CLINIC]);
  });

  it('keeps an agency one of whose attendees left while another stays', () => {
    expect(
      agenciesPresent([
        { recipient: SAO, leftAt: '2025-06-15T10:30:00-04:00' },
        { recipient: SAO, leftAt: null },
      ]),
    ).toEqual([SAO]);
  });

  it('is empty for a team-only room', () => {
    expect(agenciesPresent([{ recipient: null, leftAt: null }])).toEqual([]);
  });
});

describe('roomItemView', () => {
  const facts: RoomFacts = {
    name: 'Test Person Alpha',
    stage: 'active',
    inRecentContact: true,
    sharedSummary: '  Started a job search with the peer this week.  ',
    wins: ['Employment: Part-time work'],
    needs: [
      { need: 'housing', status: 'in_progress' },
      { need: 'substance_use_treatment', status: 'open' },
      { need: 'id_documents', status: 'met' },
    ],
  };
  const STATUS_KEYS = ['level', 'name', 'stage', 'engagement'];

  it('shows status as the name, the stage label and the engagement word only', () => {
    expect(roomItemView(facts, 'status')).toEqual({
      level: 'status',
      name: 'Test Person Alpha',
      stage: 'Active',
      engagement: 'In regular contact',
    });
    expect(roomItemView({ ...facts, inRecentContact: false, stage: 'inactive' }, 'status')).toEqual({
      level: 'status',
      name: 'Test Person Alpha',
      stage: 'Inactive',
      engagement: 'Not in recent contact',
    });
  });

  it('adds the shared summary and the wins at progress, and no needs', () => {
    expect(roomItemView(facts, 'progress')).toEqual({
      level: 'progress',
      name: 'Test Person Alpha',
      stage: 'Active',
      engagement: 'In regular contact',
      summary: 'Started a job search with the peer this week.',
      wins: ['Employment: Part-time work'],
    });
  });

  it('adds the needs being worked on at clinical, never the substance-use category', () => {
    const view = roomItemView(facts, 'clinical');
    expect(view).toEqual({
      level: 'clinical',
      name: 'Test Person Alpha',
      stage: 'Active',
      engagement: 'In regular contact',
      summary: 'Started a job search with the peer this week.',
      wins: ['Employment: Part-time work'],
      needs: ['Housing: in progress', 'ID documents: met'],
    });
    expect(JSON.stringify(view)).not.toMatch(/substance/i);
  });

  it('never shows the substance-use need, whatever its status, at any level', () => {
    for (const status of NEED_STATUSES) {
      for (const shareLevel of SHARE_LEVELS) {
        const view = roomItemView({ ...facts, needs: [{ need: 'substance_use_treatment', status }] }, shareLevel);
        expect(view.needs).toBeUndefined();
        expect(JSON.stringify(view)).not.toMatch(/substance/i);
      }
    }
    const every = roomItemView({ ...facts, needs: NEEDS.map((need) => ({ need, status: 'open' as const })) }, 'clinical');
    expect(every.needs).toHaveLength(NEEDS.length - 1);
  });

  it('leaves out a blank summary, no wins and no needs rather than sending them empty', () => {
    const bare = { ...facts, sharedSummary: ' \n\t ', wins: [], needs: [] };
    for (const shareLevel of SHARE_LEVELS) expect(Object.keys(roomItemView(bare, shareLevel)).sort()).toEqual([...STATUS_KEYS].sort());
  });

  it('sends no key beyond those its level allows, even when handed more than RoomFacts', () => {
    const allowed: Record<ShareLevel, string[]> = {
      status: STATUS_KEYS,
      progress: [...STATUS_KEYS, 'summary', 'wins'],
      clinical: [...STATUS_KEYS, 'summary', 'wins', 'needs'],
    };
    // What a careless caller might have in hand: none of it may reach the room.
    const tooMuch = {
      ...facts,
      teamNote: 'Team note: only for the team',
      contactNotes: ['Met at the usual spot (synthetic)'],
      whereToFind: 'Sample Park bench',
      treatment: ['Treatment: MOUD'],
      justiceEvents: ['Arrest description (synthetic)'],
      participantId: ALPHA,
    } as RoomFacts;
    for (const shareLevel of SHARE_LEVELS) {
      const json = JSON.parse(JSON.stringify(roomItemView(tooMuch, shareLevel))) as Record<string, unknown>;
      expect(Object.keys(json).sort()).toEqual([...allowed[shareLevel]].sort());
      expect(JSON.stringify(json)).not.toMatch(/Team note|usual spot|Sample Park|MOUD|Arrest/);
    }
  });

  it('copies the wins it was given, so a later change to the facts does not reach the view', () => {
    const wins = ['Housing: Rented'];
    const view = roomItemView({ ...facts, wins }, 'progress');
    wins.push('Treatment: MOUD');
    expect(view.wins).toEqual(['Housing: Rented']);
  });
});
