// The sticky pull request comment: exactly one per workflow and job, found again by a hidden marker and
// edited in place, so a pull request never collects a pile of stale reports.
import type { GitHubApi } from './github-api.js';
import type { CommentMode } from './settings.js';

/** Hidden marker naming the workflow and job; encoded so no name can close the HTML comment early. */
export function commentMarker(workflow: string, job: string): string {
  return `<!-- tls-gate:comment workflow=${encodeURIComponent(workflow)} job=${encodeURIComponent(job)} -->`;
}

export type CommentResult = 'created' | 'updated' | 'skipped';

export interface CommentRequest {
  pullRequest: number;
  marker: string;
  /** Comment text; must already contain the marker. */
  body: string;
  mode: CommentMode;
  /** Whether the gate fails: with mode on-failure a passing run only updates a comment that exists. */
  failed: boolean;
}

export async function publishComment(api: GitHubApi, request: CommentRequest): Promise<CommentResult> {
  if (request.mode === 'off') return 'skipped';
  const body = request.body.includes(request.marker) ? request.body : `${request.marker}\n${request.body}`;
  const comments = await api.listComments(request.pullRequest);
  const ours = comments.filter((comment) => comment.body.includes(request.marker));
  // Anyone can paste the marker into a comment; the one a bot wrote (the token's identity) is ours.
  const existing = ours.find((comment) => comment.author?.endsWith('[bot]')) ?? ours[0];
  if (existing) {
    await api.updateComment(existing.id, body);
    return 'updated';
  }
  if (request.mode === 'always' || request.failed) {
    await api.createComment(request.pullRequest, body);
    return 'created';
  }
  return 'skipped';
}
