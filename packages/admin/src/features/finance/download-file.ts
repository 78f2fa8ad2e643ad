import type { SessionStore } from '../../lib/session';

/** A REST answer that was not the file: the API's `{ error: { code, message } }`, or NETWORK when none came. */
export class DownloadError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'DownloadError';
  }
}

async function toDownloadError(response: Response): Promise<DownloadError> {
  const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  return new DownloadError(body?.error?.code ?? (response.status === 404 ? 'NOT_FOUND' : 'INTERNAL_SERVER_ERROR'), body?.error?.message ?? response.statusText);
}

/** `attachment; filename="mokejimai-2026-01-01-2026-01-31.csv"` → the name. */
function filenameOf(disposition: string | null): string | null {
  return /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? null;
}

/**
 * GETs a file with the bearer token (a plain link cannot carry it). An access token that
 * expired in between is renewed once and the request repeated, as the GraphQL link does.
 */
export async function fetchFile(session: SessionStore, url: string): Promise<{ blob: Blob; filename: string | null }> {
  const attempt = async () => {
    const token = await session.freshToken();
    try {
      return await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {}, credentials: 'same-origin' });
    } catch {
      throw new DownloadError('NETWORK', 'No answer');
    }
  };
  let response = await attempt();
  if (response.status === 401 && (await session.renew())) response = await attempt();
  if (!response.ok) throw await toDownloadError(response);
  try {
    return { blob: await response.blob(), filename: filenameOf(response.headers.get('Content-Disposition')) };
  } catch {
    // The connection broke mid-file (a streamed CSV is cut short that way): no partial file is saved.
    throw new DownloadError('NETWORK', 'Incomplete download');
  }
}

/** Saves a blob under a name through a temporary link; the object URL is released once the browser has it. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
