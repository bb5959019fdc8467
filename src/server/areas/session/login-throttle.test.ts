import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../platform/clock.js';
import { createLoginThrottle } from './login-throttle.js';

describe('createLoginThrottle', () => {
  it('blocks after the fifth failure within the window, case-insensitively, and lifts after it', () => {
    const clock = fixedClock('2026-01-01T00:00:00Z');
    const throttle = createLoginThrottle(clock, 5, 60_000);
    for (let i = 0; i < 4; i++) throttle.recordFailure('Kari');
    expect(throttle.isBlocked('kari')).toBe(false);
    throttle.recordFailure('KARI');
    expect(throttle.isBlocked('kari')).toBe(true);
    expect(throttle.isBlocked('ola')).toBe(false);
    clock.advance(60_001);
    expect(throttle.isBlocked('kari')).toBe(false);
  });

  it('forgets failures after a successful login', () => {
    const throttle = createLoginThrottle(fixedClock('2026-01-01T00:00:00Z'), 2, 60_000);
    throttle.recordFailure('kari');
    throttle.recordSuccess('kari');
    throttle.recordFailure('kari');
    expect(throttle.isBlocked('kari')).toBe(false);
  });
});
