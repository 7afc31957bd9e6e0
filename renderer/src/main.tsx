import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isAudiencePath } from '../../shared/audience-route';
import { App } from './app/App';
import { AudienceRoute } from './features/meetings/AudienceRoute';
import { loadStatus } from './features/session/session-actions';
import { loadAppMode } from './features/training/app-mode-store';
import { listenForSessionEnd } from './lead';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/tables.css';
import './styles/recovery-key.css';
import './styles/training.css';

// The meeting room's screen asks for the room's view and nothing else: its window may call no
// other channel (electron/ipc/window-scope.ts), so it skips the status and mode the app asks for.
const audience = isAudiencePath(window.location.pathname);
if (!audience) {
  listenForSessionEnd();
  // Asked before the status, so its answer lands before any session can start (or end and drop it).
  void loadAppMode();
  void loadStatus();
}

createRoot(document.getElementById('root')!).render(<StrictMode>{audience ? <AudienceRoute /> : <App />}</StrictMode>);
