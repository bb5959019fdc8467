import type { Clock } from '../../platform/clock.js';

/**
 * Counts failed logins per username and refuses further attempts once `maxFailures`
 * have failed within `windowMs`, so a password cannot be guessed online even from
 * many addresses (the per-address limit is @fastify/rate-limit on the route).
 * In memory: per process, reset on restart — enough for one Husly process per database.
 */
export interface LoginThrottle {
  isBlocked(username: string): boolean;
  recordFailure(username: string): void;
  recordSuccess(username: string): void;
}

export function createLoginThrottle(clock: Clock, maxFailures = 5, windowMs = 15 * 60_000): LoginThrottle {
  const failures = new Map<string, number[]>();
  const recent = (username: string): number[] => {
    const cutoff = clock.now().getTime() - windowMs;
    const list = (failures.get(username.toLowerCase()) ?? []).filter((t) => t > cutoff);
    if (list.length === 0) failures.delete(username.toLowerCase());
    else failures.set(username.toLowerCase(), list);
    return list;
  };
  return {
    isBlocked: (username) => recent(username).length >= maxFailures,
    recordFailure(username) {
      const list = recent(username);
      list.push(clock.now().getTime());
      failures.set(username.toLowerCase(), list);
      // Bound memory against floods of random usernames.
      if (failures.size > 10_000) failures.delete(failures.keys().next().value as string);
    },
    recordSuccess: (username) => void failures.delete(username.toLowerCase()),
  };
}
