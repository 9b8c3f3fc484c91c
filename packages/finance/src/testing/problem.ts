import { HttpResponse } from 'msw';

/** An RFC 9457 problem details response. @internal */
export function problemResponse(
  status: number,
  title: string,
  detail?: string,
  headers: Record<string, string> = {},
): Response {
  return HttpResponse.json(
    { type: 'about:blank', title, status, ...(detail === undefined ? {} : { detail }) },
    { status, headers: { 'content-type': 'application/problem+json', ...headers } },
  );
}

/** A base URL without its trailing slash. @internal */
export function trimBase(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '');
}
