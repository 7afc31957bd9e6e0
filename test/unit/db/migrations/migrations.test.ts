import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../../electron/db/migrations';

describe('migration list', () => {
  it('numbers each migration by its position, with a name', () => {
    MIGRATIONS.forEach((migration, index) => {
      expect(migration.version).toBe(index + 1);
      expect(migration.name.length).toBeGreaterThan(0);
    });
  });
});
