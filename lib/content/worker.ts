/**
 * A pipeline worker thread (see parallel.ts): builds the notes of each batch it is sent, writes
 * their cache files and posts the entries back. The taxonomy comes once, as workerData.
 */
import { writeFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { processFile } from "./process";
import type { WorkerData, WorkerJob, WorkerReply } from "./parallel";

const { taxonomy } = workerData as WorkerData;

parentPort?.on("message", (jobs: WorkerJob[]) => {
  const reply: WorkerReply = jobs.map((job) => {
    const entry = processFile(job, taxonomy);
    if (job.cacheFile) writeFileSync(job.cacheFile, JSON.stringify(entry));
    return { index: job.index, entry };
  });
  parentPort?.postMessage(reply);
});
