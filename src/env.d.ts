/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The signed-in staff member, resolved from the session cookie by the middleware. */
    user: import('./server/auth/session.ts').SessionUser | null;
  }
}
