/**
 * A prerender worker thread (see prerender.ts): renders the page bodies of each batch it is sent
 * and posts them back. The files notes show and where drawn diagrams are come once, as workerData.
 */
import { parentPort, workerData } from "node:worker_threads";
import { diagramStore } from "@/lib/content/markdown/mermaid";
import { renderPageHtml } from "./page-html";
import type { PageJob, PageReply, PageWorkerData } from "./prerender";

const { assets, generatedDir } = workerData as PageWorkerData;
const diagrams = diagramStore(generatedDir);

parentPort?.on("message", (jobs: PageJob[]) => {
  void (async () => {
    const reply: PageReply = [];
    for (const job of jobs) {
      const chapter = job.chapter
        ? (job.note.chapters.find((c) => c.slug === job.chapter) ?? null)
        : null;
      reply.push({
        index: job.index,
        page: await renderPageHtml(job.note, chapter, assets, diagrams),
      });
    }
    parentPort?.postMessage(reply);
  })();
});
