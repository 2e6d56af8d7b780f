// The REST calls the action makes, and nothing else: issue comments (the sticky pull request comment) and
// issues (the scheduled check). Octokit comes from @actions/github, which honours GITHUB_API_URL (GHES), with
// the retry and throttling plugins: a 5xx or a rate limit must not lose the comment or the issue of a run.
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type Octokit = ReturnType<typeof getOctokit>;

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface IssueComment {
  id: number;
  body: string;
  /** Login of the author, null when GitHub does not say. */
  author: string | null;
}

export interface IssueSummary {
  number: number;
  title: string;
  body: string;
}

/** Status of a failed REST call (403 for read-only tokens), or undefined when it never got an answer. */
export function httpStatusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** How long the action waits on GitHub: retries of 5xx answers, and the longest rate-limit wait it accepts. */
export interface ApiPatience {
  /** Retries of a failed call (5xx, network), waiting 1, 4, 9... times `retryBaseMs`. */
  retries: number;
  retryBaseMs: number;
  /** A rate limit that asks to wait longer than this is not waited for: the call fails, the job goes on. */
  maxRateLimitWaitSeconds: number;
  /** Rate-limit retries of one call. */
  rateLimitRetries: number;
}

export const API_PATIENCE: ApiPatience = {
  retries: 3,
  retryBaseMs: 1000,
  // A job that sleeps an hour for a comment costs more than the comment; a minute is a fair wait.
  maxRateLimitWaitSeconds: 60,
  rateLimitRetries: 2
};

/** Options for @octokit/plugin-retry and @octokit/plugin-throttling. */
function resilience(patience: ApiPatience) {
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      options: { method?: string; url?: string },
      _octokit: unknown,
      retryCount: number
    ) => {
      const call = `${options.method ?? 'GET'} ${options.url ?? ''}`;
      if (retryCount < patience.rateLimitRetries && retryAfter <= patience.maxRateLimitWaitSeconds) {
        core.info(`GitHub ${kind} on ${call}: retrying in ${retryAfter} s`);
        return true;
      }
      core.warning(`GitHub ${kind} on ${call}: not retried (asked to wait ${retryAfter} s)`);
      return false;
    };
  return {
    retry: { retries: patience.retries, retryAfterBaseValue: patience.retryBaseMs },
    throttle: {
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
      retryAfterBaseValue: patience.retryBaseMs
    }
  };
}

export class GitHubApi {
  constructor(
    private readonly octokit: Octokit,
    private readonly repo: RepoRef
  ) {}

  /** baseUrl defaults to GITHUB_API_URL (then api.github.com), read by @actions/github. */
  static fromToken(token: string, repo: RepoRef, baseUrl?: string, patience = API_PATIENCE): GitHubApi {
    const options = { ...(baseUrl ? { baseUrl } : {}), ...resilience(patience) };
    return new GitHubApi(getOctokit(token, options, retry, throttling), repo);
  }

  /** Every comment of an issue or pull request, following pagination (100 a page). */
  async listComments(issueNumber: number): Promise<IssueComment[]> {
    const comments = await this.octokit.paginate(this.octokit.rest.issues.listComments, {
      ...this.repo,
      issue_number: issueNumber,
      per_page: 100
    });
    return comments.map((comment) => ({
      id: comment.id,
      body: comment.body ?? '',
      author: comment.user?.login ?? null
    }));
  }

  async createComment(issueNumber: number, body: string): Promise<number> {
    const { data } = await this.octokit.rest.issues.createComment({
      ...this.repo,
      issue_number: issueNumber,
      body
    });
    return data.id;
  }

  async updateComment(commentId: number, body: string): Promise<void> {
    await this.octokit.rest.issues.updateComment({ ...this.repo, comment_id: commentId, body });
  }

  /** Open issues carrying `label` (pull requests, which the same endpoint returns, are left out). */
  async listOpenIssues(label: string): Promise<IssueSummary[]> {
    const issues = await this.octokit.paginate(this.octokit.rest.issues.listForRepo, {
      ...this.repo,
      state: 'open',
      labels: label,
      per_page: 100
    });
    return issues
      .filter((issue) => !issue.pull_request)
      .map((issue) => ({ number: issue.number, title: issue.title, body: issue.body ?? '' }));
  }

  async createIssue(title: string, body: string, labels: string[]): Promise<number> {
    const { data } = await this.octokit.rest.issues.create({ ...this.repo, title, body, labels });
    return data.number;
  }

  async updateIssue(issueNumber: number, fields: { title?: string; body?: string }): Promise<void> {
    await this.octokit.rest.issues.update({ ...this.repo, issue_number: issueNumber, ...fields });
  }

  async closeIssue(issueNumber: number): Promise<void> {
    await this.octokit.rest.issues.update({
      ...this.repo,
      issue_number: issueNumber,
      state: 'closed',
      state_reason: 'completed'
    });
  }
}
