import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Language } from '../../contracts/common';
import type { Session } from '../../contracts/session';
import { api, ApiError, configureApi } from './api';
import { useI18n } from './i18n/I18nProvider';

export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'authenticated'; session: Session };

type SessionContextValue = {
  state: SessionState;
  /** Logs in; throws ApiError (invalid_credentials, rate_limited, validation_failed, ...). */
  login: (username: string, password: string) => Promise<Session>;
  logout: () => Promise<void>;
  /** Switches the UI language at once and, when logged in, saves it on the user. */
  changeLanguage: (language: Language) => Promise<void>;
};

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const { setLanguage } = useI18n();
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const signedIn = useCallback(
    (session: Session) => {
      configureApi({ csrfToken: session.csrfToken });
      setLanguage(session.language);
      setState({ status: 'authenticated', session });
    },
    [setLanguage],
  );

  const signedOut = useCallback(() => {
    configureApi({ csrfToken: null });
    setState({ status: 'anonymous' });
  }, []);

  useEffect(() => {
    configureApi({ onUnauthenticated: signedOut });
    const controller = new AbortController();
    api
      .get<Session>('/api/session', controller.signal)
      .then(signedIn, (error: unknown) => {
        if (!controller.signal.aborted) signedOut();
        if (error instanceof ApiError && error.status !== 401) console.warn('Could not read the session', error);
      });
    return () => controller.abort();
  }, [signedIn, signedOut]);

  const value = useMemo<SessionContextValue>(
    () => ({
      state,
      login: async (username, password) => {
        const session = await api.post<Session>('/api/session', { username, password });
        signedIn(session);
        return session;
      },
      logout: async () => {
        try {
          await api.delete('/api/session');
        } finally {
          signedOut();
        }
      },
      changeLanguage: async (language) => {
        setLanguage(language);
        if (state.status !== 'authenticated') return;
        const session = await api.put<Session>('/api/session/language', { language });
        configureApi({ csrfToken: session.csrfToken });
        setState({ status: 'authenticated', session });
      },
    }),
    [state, signedIn, signedOut, setLanguage],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** The session of the logged-in user; only for components rendered inside the app shell. */
export function useCurrentSession(): Session {
  const { state } = useSession();
  if (state.status !== 'authenticated') throw new Error('useCurrentSession needs a logged-in user');
  return state.session;
}
