export type DataErrorReason = 'unreachable' | 'not-found' | 'version-not-found' | 'invalid' | 'integrity';

/** Why data could not be used. `reason` picks the reader's message; `detail` is for the console. */
export class DataError extends Error {
  constructor(
    readonly reason: DataErrorReason,
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
    this.name = 'DataError';
  }
}
