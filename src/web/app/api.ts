import type { Language } from '../../contracts/common';
import type { ErrorCode, FieldError } from '../../contracts/errors';

/** Codes the server sends, plus the one the client makes up when the server cannot be reached. */
export type ApiErrorCode = ErrorCode | 'network_error';

/** An error answer from the API (`{ error: { code, message, ... } }`) or a failed request. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly fieldErrors: readonly FieldError[];
  readonly requestId: string | undefined;
  /** The whole error answer, for endpoints that send more than the error (e.g. an import's report). */
  readonly body: unknown;

  constructor(
    status: number,
    code: ApiErrorCode,
    message: string,
    fieldErrors: readonly FieldError[] = [],
    requestId?: string,
    body?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fieldErrors = fieldErrors;
    this.requestId = requestId;
    this.body = body;
  }
}

type ApiConfig = {
  language: Language;
  csrfToken: string | null;
  /** Called when a request answers 401 `unauthenticated`, i.e. the session has ended. */
  onUnauthenticated: () => void;
};

const config: ApiConfig = { language: 'nb', csrfToken: null, onUnauthenticated: () => {} };

/** Set by the i18n and session providers when the language or the session changes. */
export function configureApi(changes: Partial<ApiConfig>): void {
  Object.assign(config, changes);
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function request<T>(method: Method, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': config.language,
  };
  // A FormData body (file upload) gets its multipart Content-Type with boundary from the browser.
  const isForm = body instanceof FormData;
  if (body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  // Every state-changing request carries the token; login has none yet and relies on Origin.
  if (method !== 'GET' && config.csrfToken) headers['X-CSRF-Token'] = config.csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'network_error', '');
  }

  if (response.ok) {
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }
  const error = await readError(response);
  if (error.code === 'unauthenticated') config.onUnauthenticated();
  throw error;
}

async function readError(response: Response): Promise<ApiError> {
  try {
    const parsed = (await response.json()) as { error?: Partial<ApiError> & { fieldErrors?: FieldError[] } };
    const e = parsed.error;
    if (e && typeof e.code === 'string') {
      return new ApiError(response.status, e.code, e.message ?? '', e.fieldErrors ?? [], e.requestId, parsed);
    }
  } catch {
    // Not JSON (e.g. a proxy's HTML error page); fall through to a generic error.
  }
  return new ApiError(response.status, response.status === 401 ? 'unauthenticated' : 'internal_error', '');
}

/** A text answer (e.g. a server-rendered letter as HTML); errors as for the JSON requests. */
async function requestText(path: string, signal?: AbortSignal): Promise<string> {
  let response: Response;
  try {
    response = await fetch(path, {
      headers: { Accept: 'text/html, text/plain', 'Accept-Language': config.language },
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'network_error', '');
  }
  if (response.ok) return response.text();
  const error = await readError(response);
  if (error.code === 'unauthenticated') config.onUnauthenticated();
  throw error;
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => request<T>('GET', path, undefined, signal),
  post: <T>(path: string, body: unknown) => request<T>('POST', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: (path: string) => request<void>('DELETE', path),
  getText: (path: string, signal?: AbortSignal) => requestText(path, signal),
  /** multipart/form-data, e.g. a document upload. */
  postForm: <T>(path: string, form: FormData) => request<T>('POST', path, form),
};

/** Builds `?a=1&b=2` from the defined, non-empty values; '' when there are none. */
export function toQuery(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
