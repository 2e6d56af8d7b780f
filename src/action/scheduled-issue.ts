// The issue a scheduled check keeps: one open issue per workflow, found by a hidden marker. It is opened or
// refreshed while the check fails (marker and text from src/report/issue.ts) and closed, with a comment saying so, once the check passes again.
import type { GitHubApi } from './github-api.js';

export const ISSUE_LABEL = 'tls-gate';

export type IssueResult = 'opened' | 'updated' | 'closed' | 'none';

export interface IssueRequest {
  marker: string;
  title: string;
  /** Issue text with the current findings; the marker is added when missing. */
  body: string;
  failed: boolean;
  /** Comment left on the issue when it is closed. */
  closingComment: string;
}

export async function syncScheduledIssue(api: GitHubApi, request: IssueRequest): Promise<IssueResult> {
  const open = await api.listOpenIssues(ISSUE_LABEL);
  const existing = open.find((issue) => issue.body.includes(request.marker));
  if (request.failed) {
    const body = request.body.includes(request.marker) ? request.body : `${request.marker}\n${request.body}`;
    if (existing) {
      await api.updateIssue(existing.number, { title: request.title, body });
      return 'updated';
    }
    await api.createIssue(request.title, body, [ISSUE_LABEL]);
    return 'opened';
  }
  if (!existing) return 'none';
  await api.createComment(existing.number, request.closingComment);
  await api.closeIssue(existing.number);
  return 'closed';
}
