import { request, type APIRequestContext } from 'playwright-core';

// Setting the scene through the API, as another person would in their own browser: a login of
// its own (cookie and CSRF token), plain JSON in and out, and a loud failure on any refusal.

export interface ApiClient {
  personId: string;
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
  dispose(): Promise<void>;
}

async function json<T>(
  call: Promise<Awaited<ReturnType<APIRequestContext['get']>>>,
  what: string,
): Promise<T> {
  const response = await call;
  if (!response.ok()) throw new Error(`${what}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Logs in with e-mail and password and returns a client acting as that account. */
export async function logInApi(url: string, email: string, password: string): Promise<ApiClient> {
  const api = await request.newContext({ baseURL: url });
  const session = await json<{ csrfToken: string; user: { personId: string } }>(
    api.post('/api/auth/login', { data: { email, password } }),
    'log in',
  );
  const headers = { 'x-csrf-token': session.csrfToken };
  return {
    personId: session.user.personId,
    get: (path) => json(api.get(path), `GET ${path}`),
    post: (path, body) => json(api.post(path, { data: body, headers }), `POST ${path}`),
    dispose: () => api.dispose(),
  };
}

export interface ApiShift {
  id: string;
  startsAt: string;
  capacity: number | null;
  confirmed: number;
  mySignup: { status: string } | null;
}

export interface ApiActivity {
  id: string;
  title: string;
  startsAt: string;
  isPublished: boolean;
  cancelledAt: string | null;
  shifts: ApiShift[];
}

/** A whole hour `days` from now, so a journey never depends on today's date or weekday. */
export function hoursFromNow(days: number, hour: number): string {
  const at = new Date(Date.now() + days * 86_400_000);
  at.setUTCHours(hour, 0, 0, 0);
  return at.toISOString();
}

/** The id of one of the association's activity types, by its stable key. */
export async function activityTypeId(api: ApiClient, key: string): Promise<string> {
  const types = await api.get<{ items: { id: string; key: string | null }[] }>(
    '/api/activity-types',
  );
  const type = types.items.find((item) => item.key === key);
  if (!type) throw new Error(`no activity type ${key}`);
  return type.id;
}
