import { Button, SkipLink } from '@digdir/designsystemet-react';
import { useState, type ReactNode } from 'react';
import type { Session } from '../../contracts/session';
import { useT } from '../app/i18n/I18nProvider';
import { navigate } from '../app/router';
import { paths, type Route } from '../app/routes';
import { useSession } from '../app/SessionProvider';
import { AppLink } from './AppLink';
import { LanguageSwitch } from './LanguageSwitch';
import { PrimaryNav } from './PrimaryNav';

type Props = {
  /** null on the login page: no user, no navigation. */
  session: Session | null;
  route?: Route;
  pathname?: string;
  children: ReactNode;
};

/** Skip link, header (wordmark, municipality, user, language, log out), navigation, main, footer. */
export function AppShell({ session, route, pathname, children }: Props) {
  const t = useT();
  return (
    <div className="app">
      <SkipLink href="#main">{t.app.skipLink}</SkipLink>
      <header className="app-header">
        <div className="app-header__bar">
          <div className="app-brand">
            <AppLink unstyled href={paths.start} className="app-brand__wordmark" aria-label={t.app.homeLink}>
              {t.app.name}
            </AppLink>
            {session && <span className="app-brand__municipality">{session.municipality.name}</span>}
          </div>
          <div className="app-header__tools">
            {session && <UserSummary session={session} />}
            <LanguageSwitch />
            {session && <LogoutButton />}
          </div>
        </div>
        {session && route && pathname !== undefined && (
          <PrimaryNav role={session.role} route={route} pathname={pathname} />
        )}
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        {children}
      </main>
      <footer className="app-footer">
        <p className="app-footer__tagline">
          {t.app.name} – {t.app.tagline}
        </p>
        <a className="ds-link" href={paths.apiDocs}>
          {t.app.apiDocs}
        </a>
      </footer>
    </div>
  );
}

function UserSummary({ session }: { session: Session }) {
  const t = useT();
  return (
    <p className="app-user">
      <span className="ds-sr-only">{t.app.signedInAs} </span>
      <span className="app-user__name">{session.displayName}</span>
      <span className="app-user__role">{t.roles[session.role]}</span>
    </p>
  );
}

function LogoutButton() {
  const t = useT();
  const { logout } = useSession();
  const [busy, setBusy] = useState(false);

  function handleLogout() {
    if (busy) return;
    setBusy(true);
    logout()
      .catch(() => undefined) // The session is dropped here anyway; the cookie expires on its own.
      .finally(() => navigate(paths.login));
  }

  return (
    <Button type="button" variant="secondary" data-size="sm" onClick={handleLogout} aria-disabled={busy || undefined}>
      {t.app.logOut}
    </Button>
  );
}
