/**
 * `unreachable`: the network failed. `unavailable`: the site answered, but a file the
 * data needs is not there (a catalog or script file missing, a server error): a setup
 * problem to report in the console, not the reader's connection.
 */
export type DataErrorReason = 'unreachable' | 'unavailable' | 'not-found' | 'version-not-found' | 'invalid' | 'integrity';

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
