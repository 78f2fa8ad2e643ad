import type { Request, Response } from 'express';

export interface CookieOptions {
  path: string;
  /** Seconds; 0 removes the cookie. */
  maxAgeSeconds: number;
  secure: boolean;
}

/** The cookies of one HTTP request and its response, for the few operations that need them (sign-in). */
export interface HttpExchange {
  cookie(name: string): string | undefined;
  /** Always HttpOnly and SameSite=Strict: these cookies are credentials no script or other site may use. */
  setCookie(name: string, value: string, options: CookieOptions): void;
  clearCookie(name: string, options: Omit<CookieOptions, 'maxAgeSeconds'>): void;
}

/** `a=1; b=2` → value of `name`; the first one wins, as browsers send the most specific path first. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index < 0 || part.slice(0, index).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(index + 1).trim());
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export function httpExchange(req: Request, res: Response): HttpExchange {
  return {
    cookie: (name) => readCookie(req.headers.cookie, name),
    setCookie(name, value, { path, maxAgeSeconds, secure }) {
      res.cookie(name, value, { httpOnly: true, sameSite: 'strict', secure, path, maxAge: maxAgeSeconds * 1000 });
    },
    clearCookie(name, { path, secure }) {
      res.clearCookie(name, { httpOnly: true, sameSite: 'strict', secure, path });
    },
  };
}
