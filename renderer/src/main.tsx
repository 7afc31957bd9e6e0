import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadStatus } from './features/session/session-actions';
import { loadAppMode } from './features/training/app-mode-store';
import { listenForSessionEnd } from './lead';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/tables.css';
import './styles/recovery-key.css';
import './styles/training.css';

listenForSessionEnd();
// Asked before the status, so its answer lands before any session can start (or end and drop it).
void loadAppMode();
void loadStatus();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
