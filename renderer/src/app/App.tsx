import type React from 'react';
import { AppHeader } from './AppHeader';
import { NoticeBanner } from './NoticeBanner';
import { ProfileProvider } from './ProfileSession';
import { RouteView } from './RouteView';
import { StatusMessage } from '../ui/StatusMessage';
import { StorageAlert } from './StorageAlert';
import { useHashRoute } from './useHashRoute';

// The hash is the router's, so the skip link moves focus itself instead of navigating to #main.
function skipToMain(event: React.MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

/** The frame every screen shares: skip link, banner, start-up notices, main landmark. */
export function App() {
  const route = useHashRoute();
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to content
      </a>
      <ProfileProvider
        loading={(state) => (
          <main id="main" className="app-main" tabIndex={-1}>
            <h1>CE Player</h1>
            <StatusMessage state={state} what="your profile" />
          </main>
        )}
      >
        <AppHeader />
        <StorageAlert />
        <NoticeBanner />
        <main id="main" className="app-main" tabIndex={-1}>
          <RouteView route={route} />
        </main>
      </ProfileProvider>
    </>
  );
}
