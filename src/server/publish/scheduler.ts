/**
 * The automatic publish of PUBLISH_SCHEDULE, run by the server process. Each run is one
 * publish with trigger 'schedule'. A run that finds another publish running is skipped; a run
 * that fails or cannot start is logged, and the schedule goes on either way.
 */

import { nextPublishTime, type PublishSchedule } from '../../domain/publish-schedule.ts';
import type { ServerPublishOutcome } from './server-publish-client.ts';

export interface ScheduleLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export interface PublishScheduleOptions {
  schedule: PublishSchedule;
  /** Zone of the daily times: the deployment's. */
  timeZone: string;
  run: () => Promise<ServerPublishOutcome>;
  log: ScheduleLog;
  now?: () => Date;
}

export interface RunningSchedule {
  /** Time of the next run, or null once stopped. */
  next(): Date | null;
  stop(): void;
}

/** Longest single timer; longer waits are cut into steps so that a clock change is noticed. */
const MAX_TIMER_MS = 60 * 60_000;

export function startPublishSchedule(options: PublishScheduleOptions): RunningSchedule {
  const now = options.now ?? (() => new Date());
  const anchor = now();
  let nextAt: Date | null = null;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const plan = () => {
    if (stopped) {
      return;
    }
    nextAt = nextPublishTime(options.schedule, now(), options.timeZone, anchor);
    options.log.info({ next: nextAt.toISOString() }, 'next scheduled publish');
    wait();
  };

  const wait = () => {
    const remaining = nextAt!.getTime() - now().getTime();
    timer = setTimeout(remaining > MAX_TIMER_MS ? wait : run, Math.max(0, Math.min(remaining, MAX_TIMER_MS)));
    timer.unref();
  };

  const run = async () => {
    const started = now();
    options.log.info({ scheduledFor: nextAt?.toISOString() }, 'scheduled publish started');
    try {
      const outcome = await options.run();
      const ms = now().getTime() - started.getTime();
      if (outcome.kind === 'succeeded') {
        options.log.info({ siteId: outcome.siteId, complaints: outcome.complaints, ms }, 'scheduled publish succeeded');
      } else if (outcome.kind === 'busy') {
        options.log.warn({ ms }, 'scheduled publish skipped: another publish is running');
      } else {
        options.log.error({ ms, cause: outcome.message }, 'scheduled publish failed');
      }
    } catch (error) {
      options.log.error({ err: error }, 'scheduled publish could not run');
    }
    plan();
  };

  plan();
  return {
    next: () => (stopped ? null : nextAt),
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
