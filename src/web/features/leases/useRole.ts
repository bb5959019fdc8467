import type { Role } from '../../../domain/access/roles';
import { useSession } from '../../app/SessionProvider';

/** The logged-in user's role (pages inside the shell are only shown when logged in). */
export function useRole(): Role | null {
  const { state } = useSession();
  return state.status === 'authenticated' ? state.session.role : null;
}
