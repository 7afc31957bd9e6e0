import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The layering rule itself, checked against imports each layer must not make. */
describe('layering lint rule', () => {
  const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

  async function violations(filePath: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath });
    return result!.messages.filter((m) => /no-restricted-(imports|globals)/.test(m.ruleId ?? '')).map((m) => m.message);
  }

  it.each([
    ['shared/domain/x.ts', "import { readFileSync } from 'node:fs';"],
    ['shared/domain/x.ts', "import { app } from 'electron';"],
    ['shared/domain/x.ts', "import { Desk } from '../../electron/desk';"],
    ['shared/domain/x.ts', "import { useState } from 'react';"],
    ['shared/domain/x.ts', 'export const w = window.innerWidth;'],
    ['renderer/src/x.ts', "import { Desk } from '../../electron/desk';"],
    ['renderer/src/x.ts', "import Database from 'better-sqlite3-multiple-ciphers';"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/src/x.ts', "localStorage.setItem('draft', 'x');"],
    // A feature uses another only through its index; ui/ and state/ import no feature and not the app.
    ['renderer/src/features/contacts/x.ts', "import { messageFor } from '../participants/participant-format';"],
    ['renderer/src/features/home/x.tsx', "import { CaseloadBoard } from '../board/CaseloadBoard';"],
    ['renderer/src/features/home/x.tsx', "import { CaseloadBoard } from '../../features/board/CaseloadBoard';"],
    ['renderer/src/features/board/x.ts', "import { Desk } from '../../../../electron/desk';"],
    ['renderer/src/ui/x.ts', "import { useSession } from '../features/session';"],
    ['renderer/src/state/x.ts', "import { PAGES } from '../app/pages';"],
    ['electron/services/x.ts', "import { app } from 'electron';"],
    ['electron/services/x.ts', "import { App } from '../../renderer/src/app';"],
  ])('refuses in %s: %s', async (filePath, code) => {
    expect(await violations(filePath, code)).not.toEqual([]);
  });

  it.each([
    ['shared/domain/x.ts', "import { z } from 'zod';"],
    ['renderer/src/x.ts', "import { contract } from '../../shared/ipc/contract';"],
    ['renderer/src/features/home/x.tsx', "import { CaseloadBoard } from '../board';"],
    ['renderer/src/features/contacts/x.ts', "import { useRecordWrite } from '../../ui/use-record-write';"],
    ['renderer/src/features/contacts/x.ts', "import { contactInput } from './contact-values';"],
    ['renderer/src/features/contacts/x.ts', "import { contract } from '../../../../shared/ipc/contract';"],
    ['electron/services/x.ts', "import { readFileSync } from 'node:fs';"],
    ['electron/main.ts', "import { app } from 'electron';"],
  ])('allows in %s: %s', async (filePath, code) => {
    expect(await violations(filePath, code)).toEqual([]);
  });
});
