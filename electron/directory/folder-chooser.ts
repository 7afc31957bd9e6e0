/**
 * Where an export goes: the person chooses a folder. In Electron a folder dialog
 * (electron-folder-chooser.ts); in the end-to-end tests a temporary folder. Null: they cancelled.
 */
export interface FolderChooser {
  choose(title: string): Promise<string | null>;
}
