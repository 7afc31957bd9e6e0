import type { SessionView } from '../../../shared/ipc/session-contract';
import { CoverDialog } from '../features/covers/CoverDialog';
import { SessionControls } from '../features/session/SessionControls';
import { Button } from '../ui/Button';
import { Heading } from '../ui/Heading';
import { Frame } from './Frame';
import { PAGES, pageAllowed, type PageId } from './pages';
import { go, useRoute } from './route-store';

/** The signed-in app: header, navigation and the current page. */
export function Shell({ view }: { view: SessionView }) {
  const { page, recordId } = useRoute();
  const Page = PAGES[page].component;
  const navPages = (Object.keys(PAGES) as PageId[]).filter((id) => PAGES[id].inNav && pageAllowed(id, view));

  return (
    <Frame
      programName={view.programName}
      controls={
        <SessionControls view={view}>
          <Button variant="link" aria-current={page === 'password' ? 'page' : undefined} onClick={() => go('password')}>
            Change password
          </Button>
        </SessionControls>
      }
    >
      <div className="shell">
        <nav className="sidebar" aria-label="Main">
          <ul>
            {navPages.map((id) => (
              <li key={id}>
                <button type="button" className="nav-item" aria-current={page === id ? 'page' : undefined} onClick={() => go(id)}>
                  {PAGES[id].label}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main-content" tabIndex={-1} className="page" key={`${page}:${recordId ?? ''}`}>
          {pageAllowed(page, view) ? <Page view={view} recordId={recordId} /> : <NotAllowed />}
        </main>
      </div>
      <CoverDialog />
    </Frame>
  );
}

function NotAllowed() {
  return (
    <>
      <Heading>Not available</Heading>
      <p>This page is not part of your role. Choose another page from the menu.</p>
    </>
  );
}
