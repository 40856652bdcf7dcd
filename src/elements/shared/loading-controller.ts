import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DataError } from '../../data/errors.js';

/** Where one load stands; `fallback` is what stands in when it failed (the global baseline, say). */
export type LoadState<T, F = never> =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'ready'; value: T }
  | { state: 'error'; error: DataError; fallback?: F | undefined };

export interface LoadOptions<F> {
  /** Asked once the load has failed, before the error is shown, for what stands in for it; its own failure is ignored. */
  fallback?: (error: DataError) => Promise<F | undefined>;
}

/**
 * Loading for an element: the request, "the newest request wins", its state
 * and its error, in one place. An answer that arrives after a newer request
 * has started is dropped, so a slow first answer never replaces the place the
 * reader chose last. A value given at once (inline data whose check has
 * arrived) is shown in the same update, with no loading state between.
 */
export class LoadingController<T, F = never> implements ReactiveController {
  /** Where the newest load stands. */
  current: LoadState<T, F>;
  private ticket = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** What the console warning says failed to load. */
    private readonly what: string,
    initial: LoadState<T, F> = { state: 'idle' },
  ) {
    this.current = initial;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The value when ready, else undefined. */
  get value(): T | undefined {
    return this.current.state === 'ready' ? this.current.value : undefined;
  }

  /** Start a load; any load still on its way is overruled. Resolves once this one has settled (or been overruled). */
  async load(task: () => T | Promise<T>, options: LoadOptions<F> = {}): Promise<void> {
    const ticket = ++this.ticket;
    let result: T | Promise<T>;
    try {
      result = task();
    } catch (error) {
      return this.fail(ticket, error, options);
    }
    if (!(result instanceof Promise)) return this.settle(ticket, { state: 'ready', value: result });
    this.settle(ticket, { state: 'loading' });
    try {
      const value = await result;
      this.settle(ticket, { state: 'ready', value });
    } catch (error) {
      await this.fail(ticket, error, options);
    }
  }

  /** Forget any load on its way and show nothing. */
  reset(): void {
    this.ticket++;
    this.set({ state: 'idle' });
  }

  private async fail(ticket: number, error: unknown, { fallback }: LoadOptions<F>): Promise<void> {
    const failure = error instanceof DataError ? error : new DataError('invalid', String(error));
    if (ticket !== this.ticket) return;
    console.warn(`kyr: ${this.what}: ${failure.message}`);
    const standIn = fallback ? await fallback(failure).catch(() => undefined) : undefined;
    this.settle(ticket, { state: 'error', error: failure, ...(standIn !== undefined && { fallback: standIn }) });
  }

  private settle(ticket: number, next: LoadState<T, F>): void {
    if (ticket === this.ticket) this.set(next);
  }

  private set(next: LoadState<T, F>): void {
    this.current = next;
    this.host.requestUpdate();
  }
}
