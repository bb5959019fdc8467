import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from '@fastify/type-provider-zod';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Language } from '../../contracts/common.js';
import type { ErrorCode, ErrorResponse, FieldError } from '../../contracts/errors.js';
import type { Config } from '../config.js';
import type { Clock } from './clock.js';
import type { Actor } from './context.js';
import type { Db, Engine } from './db.js';
import { AppError, HTTP_STATUS } from './errors.js';
import { isMessageKey, message, pickLanguage, type MessageKey } from './i18n.js';

export type HuslyApp = FastifyInstance<Server, IncomingMessage, ServerResponse, FastifyBaseLogger, ZodTypeProvider>;

/** What areas need to register their routes. Only main.ts builds this. */
export interface AppDeps {
  db: Db;
  engine: Engine;
  clock: Clock;
  config: Config;
  version: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the session hook when a valid session cookie came with the request. */
    actor: Actor | undefined;
    /** The response language for this request. */
    language: Language;
  }
}

const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};

/**
 * Creates the Fastify instance with everything that has no domain knowledge:
 * request ids, logging without personal data, security headers, cookies, the zod
 * type provider, OpenAPI and the one error shape.
 */
export async function createHttp(
  config: Config,
  options: {
    logStream?: NodeJS.WritableStream;
    /** Extra img-src sources, read per response (the configured map tile origins; space-separated, '' for none). */
    imgSources?: () => string;
  } = {},
): Promise<HuslyApp> {
  const app = Fastify({
    trustProxy: config.trustProxy,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: 1024 * 1024,
    logger: {
      level: config.logLevel,
      ...(options.logStream ? { stream: options.logStream } : {}),
      // Never log query strings, bodies or headers: searches carry names and numbers.
      serializers: {
        req: (req: { method: string; url: string; id: string }) => ({
          method: req.method,
          path: req.url.split('?')[0],
          id: req.id,
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        err: (err: Error & { code?: string }) => ({
          type: err.name,
          code: err.code,
          // Driver messages may quote row values (e.g. "Key (username)=(kari)"); keep only the first line.
          message: (String(err.message).split('\n')[0] ?? '').replace(/\(.*?\)=\(.*?\)/g, '(…)=(…)'),
          stack: (err.stack ?? '').split('\n').slice(1, 8).join('\n'),
        }),
      },
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('actor', undefined);
  app.decorateRequest('language', 'nb');

  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
    req.language = pickLanguage(req.headers['accept-language']);
  });

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: options.imgSources ? { ...CSP, imgSrc: [...CSP.imgSrc, (): string => options.imgSources?.() ?? ''] } : CSP,
    },
    // HSTS only means something over TLS; the proxy in front decides.
    strictTransportSecurity: config.trustProxy ? { maxAge: 31536000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'same-origin' },
  });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Husly API',
        version: '1',
        description:
          'Husly – boligsosialt arbeid. Log in with POST /api/session; send the session cookie, ' +
          'an Origin header matching the server, and X-CSRF-Token (from GET /api/session) on ' +
          'state-changing requests. Errors: {error: {code, message, requestId, fieldErrors}}.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } },
      },
    },
    transform: jsonSchemaTransform,
  });

  app.setErrorHandler((error, req, reply) => sendError(req, reply, error));
  return app;
}

export const SESSION_COOKIE = 'husly_session';

function fieldCodeOf(issue: { keyword?: string; message?: string; params?: Record<string, unknown> }): string {
  const p = issue.params ?? {};
  switch (issue.keyword) {
    case 'invalid_type':
      return /received undefined|received null/.test(issue.message ?? '') ? 'required' : 'invalid_type';
    case 'too_small':
      if (p.origin === 'string') return p.minimum === 1 ? 'required' : 'too_short';
      return 'too_small';
    case 'too_big':
      return p.origin === 'string' ? 'too_long' : 'too_big';
    case 'invalid_format':
    case 'invalid_string':
      return 'invalid_format';
    case 'invalid_value':
    case 'invalid_enum_value':
      return 'invalid_value';
    case 'unrecognized_keys':
      return 'unknown_field';
    default:
      return 'invalid_value';
  }
}

function errorBody(code: ErrorCode, language: Language, requestId: string, key: MessageKey, fieldErrors?: FieldError[]): ErrorResponse {
  return {
    error: {
      code,
      message: message(language, key),
      requestId,
      ...(fieldErrors && fieldErrors.length > 0 ? { fieldErrors } : {}),
    },
  };
}

/** Maps any error to the one error shape and status. Unexpected errors are logged and hidden. */
export function sendError(req: FastifyRequest, reply: FastifyReply, error: unknown): FastifyReply {
  const lang = req.language ?? 'nb';
  if (error instanceof AppError) {
    const fieldErrors = error.fieldErrors?.map((f) => ({ path: f.path, code: f.code, message: message(lang, f.messageKey) }));
    return reply.status(HTTP_STATUS[error.code]).send(errorBody(error.code, lang, req.id, error.messageKey, fieldErrors));
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fieldErrors = error.validation.map((issue) => {
      const code = fieldCodeOf(issue as never);
      const key = `field.${code}`;
      const path = issue.instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.');
      return { path, code, message: message(lang, isMessageKey(key) ? key : 'field.invalid_value') };
    });
    return reply.status(400).send(errorBody('validation_failed', lang, req.id, 'error.validation_failed', fieldErrors));
  }
  const e = error as { statusCode?: number; code?: string };
  if (e.statusCode === 429) {
    return reply.status(429).send(errorBody('rate_limited', lang, req.id, 'error.rate_limited'));
  }
  if (e.statusCode === 413 || e.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return reply.status(413).send(errorBody('payload_too_large', lang, req.id, 'error.payload_too_large'));
  }
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
    // Malformed JSON, wrong content type and the like.
    return reply.status(400).send(errorBody('validation_failed', lang, req.id, 'error.validation_failed'));
  }
  req.log.error({ err: error }, 'unhandled error');
  return reply.status(500).send(errorBody('internal_error', lang, req.id, 'error.internal_error'));
}

/** The actor of an authenticated request, or 401. */
export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw new AppError('unauthenticated', 'error.unauthenticated');
  return req.actor;
}

/** Standard error responses for OpenAPI, so every route documents the error shape. */
export { errorResponseSchema } from '../../contracts/errors.js';
