import { followUpDue } from '../../shared/domain/service-referral-status';
import type { ServiceReferralView } from '../../shared/ipc/participant-record-contract';
import type { Db } from '../db/open-database';
import { placeOf } from './directory';
import { placesOf } from '../db/tables/directory';
import { serviceReferralEventsOf, serviceReferralsOf, type ServiceReferralEventRow } from '../db/tables/needs';

/** A participant's referrals with their history, and whether each asks "how did it go" at the desk's now. */
export function serviceReferralViews(db: Db, referralId: number, now: string): ServiceReferralView[] {
  const rows = serviceReferralsOf(db, referralId);
  const events = new Map<number, ServiceReferralEventRow[]>();
  for (const event of serviceReferralEventsOf(
    db,
    rows.map((row) => row.id),
  )) {
    events.set(event.serviceReferralId, [...(events.get(event.serviceReferralId) ?? []), event]);
  }
  const places = new Map(
    placesOf(
      db,
      rows.flatMap((row) => (row.service_at_location_id === null ? [] : [row.service_at_location_id])),
    ).map((place) => [
      place.serviceAtLocationId,
      { service: place.serviceName, organization: place.organizationName, where: placeOf(place) },
    ]),
  );
  return rows.map((row) => ({
    id: row.id,
    need: row.need,
    provider: row.provider,
    referredOn: row.referred_on,
    place: (row.service_at_location_id !== null && places.get(row.service_at_location_id)) || null,
    status: row.status,
    outcome: row.outcome,
    handoff: row.handoff,
    appointmentAt: row.appointment_at,
    askFor: row.ask_for,
    bring: row.bring,
    directions: row.directions,
    note: row.note,
    migrated: row.migrated_from !== null,
    statusChangedAt: row.status_changed_at,
    followUpDue: followUpDue({ status: row.status, appointmentAt: row.appointment_at, statusChangedAt: row.status_changed_at }, now),
    updatedAt: row.updated_at,
    events: (events.get(row.id) ?? []).map(({ serviceReferralId: _, ...event }) => event),
  }));
}
