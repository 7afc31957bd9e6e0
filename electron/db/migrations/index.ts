import type Database from 'better-sqlite3-multiple-ciphers';
import { migration0001 } from './0001-staff-settings-audit';
import { migration0002 } from './0002-intake';
import { migration0003 } from './0003-caseload';
import { migration0004 } from './0004-contact-timeline-index';
import { migration0005 } from './0005-stage-history-backfill';
import { migration0006 } from './0006-pair-covers';
import { migration0007 } from './0007-meetings';
import { migration0008 } from './0008-provider-directory';
import { migration0009 } from './0009-service-referral-lifecycle';
import { migration0010 } from './0010-staff-work-phone';
import { migration0011 } from './0011-service-referral-directory-link';

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

/** In order; a migration's version is its position, checked by the migrations test. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006];

/**
 * A migration after the split into two databases (desk-databases.ts): it names the database it
 * changes and is given the schema that database is open as (`main` or the attached `records`),
 * which its SQL must name, since an unqualified CREATE would land in `main`.
 */
export interface SplitMigration {
  version: number;
  name: string;
  target: 'desk' | 'records';
  up(db: Database.Database, schema: 'main' | 'records'): void;
}

/**
 * In order. Files are numbered on from the last of MIGRATIONS across both databases; each
 * database's `user_version` counts the migrations it has had (electron/db/migrate.ts).
 */
export const SPLIT_MIGRATIONS: readonly SplitMigration[] = [migration0007, migration0008, migration0009, migration0010, migration0011];

/** The tables of the desk database: everything else belongs to the records. */
export const DESK_TABLES: readonly string[] = ['settings', 'staff', 'audit_log'];
