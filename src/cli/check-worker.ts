import { parentPort, workerData } from 'node:worker_threads';
import type { Profile } from '../domain';
import { DEFAULT_PROFILE, MeetingCalendar, loadProfile } from '../domain';
import type { WorkerInit, WorkerMessage, WorkerTask } from './check-pool';
import { checkFile } from './check-file';
import type { RenderOptions } from './check-file';
import { nodeIo } from './io';

/**
 * A worker thread of `check` (bundled as lib/cli/check-worker.cjs): checks the files it is sent
 * and answers each with the rendered report, strictly in the order they came, so the pool knows
 * which document a crash was on. The profile comes as text and is loaded here again: the main
 * thread has already validated it, so this cannot fail in a way the user has not seen. The
 * calendar comes as the meetings the main thread parsed (see WorkerInit.meetings).
 */
const init = workerData as WorkerInit;
const loaded = init.profile === undefined ? undefined : loadProfile(init.profile.text, init.profile.name, init.lang);
if (loaded?.ok === false) throw new Error(loaded.error); // never silently another municipality's rules
const profile: Profile = loaded?.ok === true ? loaded.profile : DEFAULT_PROFILE;
const context = { today: init.today, ...(init.meetings ? { calendar: new MeetingCalendar(init.meetings) } : {}) };
const options: RenderOptions = { format: init.format, lang: init.lang, header: init.header, profile, context };
const io = nodeIo();

const ready: WorkerMessage = { ready: true };
parentPort?.postMessage(ready);

let queue: Promise<void> = Promise.resolve();
parentPort?.on('message', (task: WorkerTask) => {
  queue = queue.then(async () => {
    const answer: WorkerMessage = { id: task.id, result: await checkFile(io, task.file, options) };
    parentPort?.postMessage(answer);
  });
});
