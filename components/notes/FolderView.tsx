import { getContent } from "@/lib/content";
import type { Folder } from "@/lib/content/types";
import { folderCrumbs } from "@/lib/portal/folders";
import { Breadcrumbs } from "../Breadcrumbs";
import { T } from "../T";
import { FolderContents } from "./FolderContents";
import { PageHeader } from "../ui/PageHeader";

/** The generated page of a folder without an index note: where it sits and what it holds. */
export function FolderView({ folder }: { folder: Folder }) {
  const model = getContent();
  const crumbs = folderCrumbs(model, folder);
  return (
    <div className="page-column page-narrow">
      <Breadcrumbs
        crumbs={crumbs.map((c, i) => ({
          href: i === crumbs.length - 1 ? null : c.href,
          label: c.label,
        }))}
      />
      <p
        data-ui-lang=""
        className="text-xs font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400"
      >
        <T k="folder.label" />
      </p>
      <PageHeader
        title={folder.path === "" ? <T k="nav.notes" /> : folder.title}
        titleClassName="cjk-text leading-tight"
      />
      {folder.entries.length ? (
        <FolderContents folder={folder} heading={false} />
      ) : (
        <p data-ui-lang="" className="mt-6 text-slate-600 dark:text-slate-400">
          <T k="folder.empty" />
        </p>
      )}
    </div>
  );
}
