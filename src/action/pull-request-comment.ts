// The sticky pull request comment: exactly one per workflow and job, found again by a hidden marker and
// edited in place, so a pull request never collects a pile of stale reports. The marker comes from
// src/report/comment.ts (commentMarker), which also renders the body.
import type { GitHubApi } from './github-api.js';
import type { CommentMode } from './settings.js';

export type CommentResult = 'created' | 'updated' | 'skipped';

export interface CommentRequest {
  pullRequest: number;
  marker: string;
  /** Comment text for this run, given the body of the comment it replaces (null when there is none). */
  render: (previousBody: string | null) => string;
  mode: CommentMode;
  /** Whether the gate fails: with mode on-failure a passing run only updates a comment that exists. */
  failed: boolean;
}

export async function publishComment(api: GitHubApi, request: CommentRequest): Promise<CommentResult> {
  if (request.mode === 'off') return 'skipped';
  const comments = await api.listComments(request.pullRequest);
  const ours = comments.filter((comment) => comment.body.includes(request.marker));
  // Anyone can paste the marker into a comment; the one a bot wrote (the token's identity) is ours.
  const existing = ours.find((comment) => comment.author?.endsWith('[bot]')) ?? ours[0];
  const withMarker = (body: string): string =>
    body.includes(request.marker) ? body : `${request.marker}\n${body}`;
  if (existing) {
    await api.updateComment(existing.id, withMarker(request.render(existing.body)));
    return 'updated';
  }
  if (request.mode === 'always' || request.failed) {
    await api.createComment(request.pullRequest, withMarker(request.render(null)));
    return 'created';
  }
  return 'skipped';
}
