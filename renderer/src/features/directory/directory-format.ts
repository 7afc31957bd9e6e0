import { NEED_LABELS, NEEDS, type Need } from '../../../../shared/domain/assessment';
import {
  ATTRIBUTE_LABELS,
  ATTRIBUTES,
  CAPACITIES,
  CAPACITY_LABELS,
  DAY_LABELS,
  DAYS,
  type Capacity,
  type Day,
} from '../../../../shared/domain/directory';
import type { Option } from '../../ui/Field';
import { dateLabel } from '../../ui/dates';

export const NEED_OPTIONS: Option<Need | ''>[] = [
  { value: '', label: 'Any need' },
  ...NEEDS.map((need) => ({ value: need, label: NEED_LABELS[need] })),
];
export const CAPACITY_FILTER: Option<Capacity | ''>[] = [
  { value: '', label: 'Any capacity' },
  ...CAPACITIES.map((capacity) => ({ value: capacity, label: CAPACITY_LABELS[capacity] })),
];
export const CAPACITY_OPTIONS: Option<Capacity>[] = CAPACITIES.map((capacity) => ({ value: capacity, label: CAPACITY_LABELS[capacity] }));
export const CAPACITY_CHOICES: Option<Capacity | ''>[] = [
  { value: '', label: 'Not known' },
  ...CAPACITIES.map((capacity) => ({ value: capacity, label: CAPACITY_LABELS[capacity] })),
];
export const ATTRIBUTE_OPTIONS = ATTRIBUTES.map((attribute) => ({ value: attribute, label: ATTRIBUTE_LABELS[attribute] }));
export const NEED_CHOICES = NEEDS.map((need) => ({ value: need, label: NEED_LABELS[need] }));
export const DAY_OPTIONS: Option<Day>[] = DAYS.map((day) => ({ value: day, label: DAY_LABELS[day] }));

export function capacityLabel(capacity: Capacity | null): string {
  return capacity ? CAPACITY_LABELS[capacity] : 'Capacity not known';
}

/** The 90-day flag (shared/domain/directory.ts), said in words. */
export function confirmationFlag(confirmedOn: string | null): string {
  return confirmedOn ? `Not confirmed since ${dateLabel(confirmedOn)}` : 'Capacity never confirmed';
}

export function daysLabel(days: readonly Day[]): string {
  return days.map((day) => DAY_LABELS[day]).join(', ');
}
