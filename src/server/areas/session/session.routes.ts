import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { errorResponseSchema } from '../../../contracts/errors.js';
import { languageBodySchema, loginBodySchema, sessionSchema } from '../../../contracts/session.js';
import { serviceContext } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { requireActor, SESSION_COOKIE, type AppDeps, type HuslyApp } from '../../platform/http.js';
import { createLoginThrottle } from './login-throttle.js';
import * as service from './session.service.js';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function requestOrigin(req: FastifyRequest): string | undefined {
  const origin = req.headers.origin;
  if (typeof origin === 'string' && origin !== 'null') return origin;
  const referer = req.headers.referer;
  if (typeof referer === 'string') {
    try {
      return new URL(referer).origin;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Session cookie → actor, and CSRF protection:
 * - an unsafe request whose Origin (or Referer) names another site is refused;
 * - login must carry a matching Origin or Referer (no session yet, so no token);
 * - every other unsafe request of a logged-in user must carry X-CSRF-Token.
 */
export function registerSessionHooks(app: HuslyApp, deps: AppDeps): void {
  app.addHook('preHandler', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      req.actor = await service.resolveSession(deps, token);
      if (req.actor && !req.headers['accept-language']) req.language = req.actor.language;
    }
    if (!UNSAFE.has(req.method)) return;
    const expected = deps.config.publicOrigin ?? `${req.protocol}://${req.host}`;
    const origin = requestOrigin(req);
    if (origin !== undefined && origin !== expected) throw new AppError('csrf_failed', 'error.csrf_failed');
    const isLogin = req.method === 'POST' && req.url.split('?')[0] === '/api/session';
    if (isLogin) {
      if (origin === undefined) throw new AppError('csrf_failed', 'error.csrf_failed');
      return;
    }
    if (req.actor && req.headers['x-csrf-token'] !== req.actor.csrfToken) {
      throw new AppError('csrf_failed', 'error.csrf_failed');
    }
  });
}

function setSessionCookie(req: FastifyRequest, reply: FastifyReply, token: string, expiresAt: Date): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: req.protocol === 'https',
    expires: expiresAt,
  });
}

export function registerSessionRoutes(app: HuslyApp, deps: AppDeps): void {
  const throttle = createLoginThrottle(deps.clock);
  const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 429: errorResponseSchema };

  app.post(
    '/api/session',
    {
      schema: {
        tags: ['session'],
        summary: 'Log in with username and password; sets the session cookie',
        body: loginBodySchema,
        response: { 200: sessionSchema, ...errors },
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const { token, actor, expiresAt } = await service.login(
        { db: deps.db, clock: deps.clock, throttle, sessionHours: deps.config.sessionHours },
        req.body,
        req.id,
      );
      setSessionCookie(req, reply, token, expiresAt);
      req.log.info({ event: 'login' }, 'login');
      return service.presentSession(actor);
    },
  );

  app.get(
    '/api/session',
    { schema: { tags: ['session'], summary: 'The logged-in user', response: { 200: sessionSchema, 401: errorResponseSchema } } },
    async (req) => service.presentSession(requireActor(req)),
  );

  app.delete(
    '/api/session',
    { schema: { tags: ['session'], summary: 'Log out', response: { 204: z.null(), ...errors } } },
    async (req, reply) => {
      const actor = requireActor(req);
      await service.logout(serviceContext(deps.db, actor, deps.clock, req.id));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/api/session/language',
    {
      schema: {
        tags: ['session'],
        summary: "Save the user's language (bokmål, nynorsk or English)",
        body: languageBodySchema,
        response: { 200: sessionSchema, ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const updated = await service.setLanguage(serviceContext(deps.db, actor, deps.clock, req.id), req.body.language);
      return service.presentSession(updated);
    },
  );
}
