import fastifyStatic from '@fastify/static';
import { sql } from 'drizzle-orm';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../platform/errors.js';
import { sendError, type AppDeps, type HuslyApp } from '../../platform/http.js';
import { renderApiDocs, API_DOCS_CSS } from './api-docs.js';

const healthSchema = z.object({
  status: z.literal('ok'),
  engine: z.enum(['pglite', 'postgres']),
  version: z.string(),
});

/** Health, OpenAPI, the API docs page and the built web app (with SPA fallback). */
export async function registerSystemRoutes(app: HuslyApp, deps: AppDeps): Promise<void> {
  app.get(
    '/api/health',
    { schema: { tags: ['system'], summary: 'Liveness and database check', response: { 200: healthSchema } } },
    async () => {
      await deps.db.execute(sql`select 1`);
      return { status: 'ok' as const, engine: deps.engine, version: deps.version };
    },
  );

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/api/docs', { schema: { hide: true } }, async (_req, reply) =>
    reply.type('text/html; charset=utf-8').send(renderApiDocs(app.swagger() as never)),
  );
  app.get('/api/docs.css', { schema: { hide: true } }, async (_req, reply) => reply.type('text/css; charset=utf-8').send(API_DOCS_CSS));

  const webDir = deps.config.webDir;
  const hasWeb = existsSync(path.join(webDir, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: false,
      setHeaders(res, filePath) {
        res.setHeader('cache-control', filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }

  app.setNotFoundHandler((req, reply) => {
    const wantsPage = req.method === 'GET' && !req.url.startsWith('/api/') && !path.extname(req.url.split('?')[0] ?? '');
    if (!wantsPage) return sendError(req, reply, new AppError('not_found', 'error.not_found'));
    if (!hasWeb) {
      return reply
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('Husly: nettappen er ikke bygget. Kjør «npm run build:web». / The web app is not built: run "npm run build:web".');
    }
    // Client-side routes: the app decides what to show, including its own "not found" page.
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
