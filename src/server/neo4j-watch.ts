// Whether Neo4j answers, as the HTTP layer needs to know it: checked every second (every
// half second while it is down) with the driver's connectivity check, which needs no
// Cypher and does not retry. The driver itself retries a failed read for up to 15 s;
// knowing the database is gone lets the server fail requests at once instead, with
// SERVICE_UNAVAILABLE, and take them again as soon as a check passes.
//
// Only a failed check counts as "down". A slow one (all pooled connections busy under
// load) leaves the state as it was: slowness is the request deadline's business.
import { EventEmitter } from 'node:events';
import type { Graph } from '../graph/driver';
import { logger } from '../logger';

export interface Neo4jWatchOptions {
  /** Time between checks while Neo4j answers. */
  upIntervalMs?: number;
  /** Time between checks while it does not. */
  downIntervalMs?: number;
  /** A check that takes longer than this says nothing. */
  checkTimeoutMs?: number;
}

export type Neo4jState = 'up' | 'down';

export class Neo4jWatch extends EventEmitter<{ change: [Neo4jState] }> {
  private state: Neo4jState = 'up';
  private timer: NodeJS.Timeout | undefined;
  private stopped = true;
  private readonly upIntervalMs: number;
  private readonly downIntervalMs: number;
  private readonly checkTimeoutMs: number;

  constructor(
    private readonly graph: Graph,
    options: Neo4jWatchOptions = {},
  ) {
    super();
    this.upIntervalMs = options.upIntervalMs ?? 1_000;
    this.downIntervalMs = options.downIntervalMs ?? 500;
    this.checkTimeoutMs = options.checkTimeoutMs ?? 2_000;
  }

  get up(): boolean {
    return this.state === 'up';
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /**
   * One check now: true when Neo4j answered, false when it failed, undefined when it took
   * too long to tell. A definite answer updates the state.
   */
  async check(): Promise<boolean | undefined> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tooSlow = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), this.checkTimeoutMs);
    });
    const answer = this.graph.driver.verifyConnectivity({ database: this.graph.database }).then(
      () => true,
      (err: unknown) => {
        if (this.state === 'up') logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'Neo4j does not answer: GraphQL requests get SERVICE_UNAVAILABLE until it does');
        return false;
      },
    );
    const result = await Promise.race([answer, tooSlow]).finally(() => clearTimeout(timer));
    if (result !== undefined) this.set(result ? 'up' : 'down');
    return result;
  }

  private set(state: Neo4jState): void {
    if (state === this.state) return;
    this.state = state;
    if (state === 'up') logger.info('Neo4j answers again: GraphQL requests are served');
    this.emit('change', state);
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(
      () => {
        void this.check().finally(() => this.schedule());
      },
      this.up ? this.upIntervalMs : this.downIntervalMs,
    );
    this.timer.unref();
  }
}
