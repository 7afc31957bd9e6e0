import {
  ETHNICITIES,
  ETHNICITY_LABELS,
  HOUSING_STATUSES,
  HOUSING_STATUS_LABELS,
  NEEDS,
  NEED_LABELS,
  RACES,
  RACE_LABELS,
  SEXES,
  SEX_LABELS,
  type AssessmentInput,
  type HousingStatus,
  type Need,
} from '../../../../shared/domain/assessment';
import type { ParticipantRecord } from '../../../../shared/ipc/participant-record-contract';
import type { FormInput } from '../../lead';
import { isOneOf } from '../../state/draft-autosave';

type Sex = (typeof SEXES)[number];
type Race = (typeof RACES)[number];
type Ethnicity = (typeof ETHNICITIES)[number];

/** The assessment form as typed: texts, and the choices made ('' for none yet), exactly what a draft keeps. */
export interface AssessmentValues {
  legalName: string;
  preferredName: string;
  /** One alias per line. */
  aliases: string;
  dateOfBirth: string;
  sex: Sex | '';
  genderIdentity: string;
  races: Race[];
  ethnicity: Ethnicity | '';
  preferredLanguage: string;
  phone: string;
  whereabouts: string;
  housingStatus: HousingStatus | '';
  needs: Need[];
  goals: string;
}

export const EMPTY_ASSESSMENT: AssessmentValues = {
  legalName: '',
  preferredName: '',
  aliases: '',
  dateOfBirth: '',
  sex: '',
  genderIdentity: '',
  races: [],
  ethnicity: '',
  preferredLanguage: '',
  phone: '',
  whereabouts: '',
  housingStatus: '',
  needs: [],
  goals: '',
};

const options = <K extends string>(keys: readonly K[], labels: Record<K, string>) => keys.map((value) => ({ value, label: labels[value] }));
export const SEX_OPTIONS = options(SEXES, SEX_LABELS);
export const RACE_OPTIONS = options(RACES, RACE_LABELS);
export const ETHNICITY_OPTIONS = options(ETHNICITIES, ETHNICITY_LABELS);
export const HOUSING_OPTIONS = [{ value: '' as const, label: 'Choose…' }, ...options(HOUSING_STATUSES, HOUSING_STATUS_LABELS)];
export const NEED_OPTIONS = options(NEEDS, NEED_LABELS);

/** A new assessment starts from what intake already knows: the name, aliases and date of birth. */
export function prefilledAssessment(record: ParticipantRecord): AssessmentValues {
  return {
    ...EMPTY_ASSESSMENT,
    legalName: record.name,
    preferredName: record.preferredName ?? '',
    aliases: record.aliases.join('\n'),
    dateOfBirth: record.dateOfBirth ?? '',
  };
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const texts = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
const choice = <K extends string>(choices: readonly K[], value: unknown): K | '' => (isOneOf(choices, value) ? value : '');
const choices = <K extends string>(known: readonly K[], value: unknown): K[] =>
  Array.isArray(value) ? value.filter((item): item is K => isOneOf(known, item)) : [];

/** Reads a saved assessment or a draft back into the form; anything unexpected becomes empty. */
export function assessmentValues(data: Record<string, unknown>): AssessmentValues {
  return {
    legalName: text(data.legalName),
    preferredName: text(data.preferredName),
    aliases: Array.isArray(data.aliases) ? texts(data.aliases).join('\n') : text(data.aliases),
    dateOfBirth: text(data.dateOfBirth),
    sex: choice(SEXES, data.sex),
    genderIdentity: text(data.genderIdentity),
    races: choices(RACES, data.races),
    ethnicity: choice(ETHNICITIES, data.ethnicity),
    preferredLanguage: text(data.preferredLanguage),
    phone: text(data.phone),
    whereabouts: text(data.whereabouts),
    housingStatus: choice(HOUSING_STATUSES, data.housingStatus),
    needs: choices(NEEDS, data.needs),
    goals: text(data.goals),
  };
}

const optional = (value: string) => (value.trim() === '' ? null : value);
const chosen = <K extends string>(value: K | '') => (value === '' ? undefined : value);

/**
 * What the form sends. Nothing is checked here: the main process checks every field with the
 * shared schema and names each problem, so the rules live in one place.
 */
export function assessmentInput(values: AssessmentValues): FormInput<AssessmentInput> {
  return {
    legalName: values.legalName,
    preferredName: optional(values.preferredName),
    aliases: values.aliases
      .split('\n')
      .map((alias) => alias.trim())
      .filter(Boolean),
    dateOfBirth: values.dateOfBirth,
    sex: chosen(values.sex),
    genderIdentity: optional(values.genderIdentity),
    races: values.races,
    ethnicity: chosen(values.ethnicity),
    preferredLanguage: values.preferredLanguage,
    phone: optional(values.phone),
    whereabouts: optional(values.whereabouts),
    housingStatus: chosen(values.housingStatus),
    needs: values.needs,
    goals: values.goals,
  };
}
