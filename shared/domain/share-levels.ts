import { z } from 'zod';

/**
 * How much of a participant's information a recipient may see, from least to most. The order
 * matters: a consent at one level covers every level below it.
 */
export const SHARE_LEVELS = ['status', 'progress', 'clinical'] as const;
export const ShareLevel = z.enum(SHARE_LEVELS, {
  error: 'Choose what information may be shared: status, progress, or clinical detail.',
});
export type ShareLevel = z.infer<typeof ShareLevel>;

export const SHARE_LEVEL_LABELS: Record<ShareLevel, string> = {
  status: 'Enrollment and engagement status only',
  progress: 'Progress and next steps',
  clinical: 'Clinical and substance-use detail',
};

/** True when a consent at `scope` covers information at `level`. */
export function covers(scope: ShareLevel, level: ShareLevel): boolean {
  return SHARE_LEVELS.indexOf(scope) >= SHARE_LEVELS.indexOf(level);
}
