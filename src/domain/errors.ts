/** Errors that carry a message for the person at the screen, in Indonesian. */

/** Input that fails validation; `fieldErrors` maps a form field to its message. */
export class ValidationError extends Error {
  readonly fieldErrors: Record<string, string>;

  constructor(fieldErrors: Record<string, string>) {
    super(Object.values(fieldErrors).join(' '));
    this.name = 'ValidationError';
    this.fieldErrors = fieldErrors;
  }
}

/** A save based on an older version of the record than the one stored. */
export class StaleVersionError extends Error {
  readonly expectedVersion: number;
  readonly currentVersion: number;

  constructor(expectedVersion: number, currentVersion: number) {
    super(
      'Aduan ini sudah diubah oleh petugas lain sejak formulir dibuka. Perubahan Anda belum disimpan; ' +
        'periksa keadaan terbaru di bawah, lalu ulangi bila masih diperlukan.',
    );
    this.name = 'StaleVersionError';
    this.expectedVersion = expectedVersion;
    this.currentVersion = currentVersion;
  }
}

/** A status change that the lifecycle does not allow from the current status. */
export class TransitionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TransitionError';
  }
}

export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}
