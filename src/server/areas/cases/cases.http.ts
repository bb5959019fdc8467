import { errorResponseSchema } from '../../../contracts/errors.js';
import type { ServiceContext } from '../../platform/context.js';
import type { requireActor } from '../../platform/http.js';

/** What every route file of the cases area shares: OpenAPI tags, error responses, the context factory. */
export const caseErrors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
  413: errorResponseSchema,
  422: errorResponseSchema,
};
export const tags = ['cases'];

export type ContextOf = (req: Parameters<typeof requireActor>[0]) => ServiceContext;
