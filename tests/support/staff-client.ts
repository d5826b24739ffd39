/**
 * A signed-in staff member speaking plain HTTP to a portal, for tests that fill many forms or
 * read many staff pages without a browser. Requests carry the portal's own Origin, as a browser
 * sends with a form.
 */

import { expect } from 'vitest';

export class StaffClient {
  readonly baseUrl: string;
  private readonly cookie: string;

  private constructor(baseUrl: string, cookie: string) {
    this.baseUrl = baseUrl;
    this.cookie = cookie;
  }

  /** Sign in through the sign-in form; fails the test when the portal does not redirect. */
  static async signIn(baseUrl: string, account: { username: string; password: string }): Promise<StaffClient> {
    const response = await fetch(new URL('/staf/masuk/', baseUrl), {
      method: 'POST',
      headers: { Origin: baseUrl, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: account.username, password: account.password, kembali: '/staf/' }),
      redirect: 'manual',
    });
    expect(response.status, `sign-in of ${account.username}`).toBe(303);
    const cookie = response.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
    return new StaffClient(baseUrl, cookie);
  }

  get(path: string): Promise<Response> {
    return fetch(new URL(path, this.baseUrl), { headers: { Cookie: this.cookie }, redirect: 'manual' });
  }

  post(path: string, form: Record<string, string>): Promise<Response> {
    return fetch(new URL(path, this.baseUrl), {
      method: 'POST',
      headers: { Cookie: this.cookie, Origin: this.baseUrl, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ form_token: crypto.randomUUID(), ...form }),
      redirect: 'manual',
    });
  }
}
