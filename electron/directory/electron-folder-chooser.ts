import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { FolderChooser } from './folder-chooser';

/** The system's folder dialog, over the main window when there is one. */
export function createElectronFolderChooser(parent: () => BrowserWindow | null): FolderChooser {
  return {
    async choose(title) {
      const options: OpenDialogOptions = { title, buttonLabel: 'Export here', properties: ['openDirectory', 'createDirectory'] };
      const window = parent();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
