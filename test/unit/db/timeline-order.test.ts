import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addTimelineEvent, timelineLines } from '../../../electron/db/tables/timeline';
import type { Db } from '../../../electron/db/open-database';
import { databaseAtVersion, seedParticipant } from '../../support/migration-db';
import { MIGRATIONS } from '../../../electron/db/migrations';
import { makeDataDir, removeDataDir } from '../../support/data-dir';

describe('the timeline’s order', () => {
  let dir: string;
  let db: Db;

  beforeEach(() => {
    dir = makeDataDir('timeline-order');
    db = databaseAtVersion(dir, MIGRATIONS.length);
    seedParticipant(db);
  });
  afterEach(() => {
    db.close();
    removeDataDir(dir);
  });

  it('puts the newest first among lines written at the same instant, past the ninth and the ninety-ninth', () => {
    const at = '2026-03-01T15:00:00.000Z';
    const ids = Array.from({ length: 120 }, (_, n) =>
      addTimelineEvent(db, { personId: 1, at, kind: 'note', summary: `line ${n + 1}`, actorId: null }),
    );
    const lines = timelineLines(db, { personId: 1, participantId: null }, { group: 'all', offset: 0, limit: 200 });
    expect(lines.map((line) => line.id)).toEqual([...ids].reverse());
  });
});
